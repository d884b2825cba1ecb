/**
 * The query sets of `npm run bench:quality`, seeded and built from the documents of the index, so
 * they favour no search design. Each set is either known-item (one target release, mean reciprocal
 * rank in the top 20) or judged by the words a hit contains (precision in the top N).
 */

export interface QualityDoc {
  id: string;
  title: string;
  body: string[];
  dateNum: number;
  year: number;
}

/** A query with either its target release or the words a relevant hit must contain (each a word start). */
export interface QualityCase {
  q: string;
  target?: string;
  mustContain?: string[];
}

export interface QualitySet {
  name: string;
  kind: 'known-item' | 'precision';
  /** Sort order the queries are run with. */
  sort?: 'neueste';
  cases: QualityCase[];
}

const LETTERS = /[^a-zäöüß]+/;

export function wordsOf(text: string): string[] {
  return text.toLowerCase().split(LETTERS).filter(Boolean);
}

/** Lower-case words of a release's title and body, for the precision judgements. */
export function docWords(doc: QualityDoc): Set<string> {
  return new Set(wordsOf(`${doc.title} ${doc.body.join(' ')}`));
}

/** True when each of `words` starts a word of the release (as a prefix match of Meilisearch would). */
export function containsAll(words: ReadonlySet<string>, wanted: readonly string[]): boolean {
  return wanted.every((w) => {
    if (words.has(w)) return true;
    for (const word of words) if (word.startsWith(w)) return true;
    return false;
  });
}

type Misspelling = 'dropped' | 'doubled' | 'swapped' | 'inserted';
export const MISSPELLINGS: readonly Misspelling[] = ['dropped', 'doubled', 'swapped', 'inserted'];

/** One misspelling of `word` away from its first letter (users rarely get that one wrong). */
export function misspell(word: string, kind: Misspelling, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  if (kind === 'dropped') return word.slice(0, i) + word.slice(i + 1);
  if (kind === 'doubled') return word.slice(0, i) + word[i] + word.slice(i);
  if (kind === 'swapped') return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  const letters = 'aeinrstlhu';
  return word.slice(0, i) + letters[Math.floor(random() * letters.length)] + word.slice(i);
}

/** „Straße“ → „Strasse“, „Müller“ → „Mueller“, as typed without a German keyboard. */
export function digraphs(text: string): string {
  const map: Record<string, string> = { ß: 'ss', ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };
  return text.replace(/[ßäöüÄÖÜ]/g, (c) => map[c]!);
}

const FILLERS = new Set(
  'aber alle also auch beim bereits damit dass diese dieser dieses durch eine einem einen einer eines gegen haben heute hatte immer jetzt kann keine mehr neue neuen nicht noch oder ohne sein seine sich sind sowie über unter vier viele vom von wird werden wieder wurde zwei zwischen'.split(
    ' ',
  ),
);

/** Words of a title worth searching for: five letters or more, not filler words. */
export function contentWords(title: string): string[] {
  return title.split(/[^A-Za-zÄÖÜäöüß]+/).filter((w) => w.length >= 5 && !FILLERS.has(w.toLowerCase()));
}

const QUESTIONS = [
  (a: string, b: string) => `Was tut der Senat gegen ${a} ${b}`,
  (a: string, b: string) => `Wann gibt es ${a} ${b}?`,
  (a: string, b: string) => `Wie geht es weiter mit ${a} und ${b}?`,
  (a: string, b: string) => `Gibt es neue ${a} ${b}`,
  (a: string, b: string) => `Was ist mit ${a} ${b} in Berlin`,
];

export interface SetOptions {
  /** Known-item sets take every `stride`-th release. */
  stride: number;
  perSet: number;
}

export function qualitySets(docs: QualityDoc[], random: () => number, options: SetOptions): QualitySet[] {
  const picked = docs.filter((_, i) => i % options.stride === 0);
  const vocabulary = new Map<string, number>();
  for (const doc of docs) for (const w of docWords(doc)) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
  const { perSet } = options;
  const sets: QualitySet[] = [];
  const knownItem = (name: string, build: (doc: QualityDoc) => string | undefined): void => {
    const cases: QualityCase[] = [];
    for (const doc of picked) {
      if (cases.length >= perSet) break;
      const q = build(doc);
      if (q !== undefined) cases.push({ q, target: doc.id });
    }
    sets.push({ name, kind: 'known-item', cases });
  };
  const longTitle = (doc: QualityDoc): string | undefined => {
    const title = doc.title.trim();
    return title.length >= 20 ? title : undefined;
  };
  knownItem('exact titles', longTitle);
  // Two words of the title, the longer one misspelt: short queries are where a typo decides.
  for (const kind of MISSPELLINGS)
    knownItem(`two title words, the longer with a letter ${kind}`, (doc) => {
      const words = contentWords(doc.title).sort((a, b) => b.length - a.length);
      const [longest, other] = words;
      if (!longest || !other || longest.length < 6) return undefined;
      return `${misspell(longest, kind, random)} ${other}`;
    });
  knownItem('titles with ss/ae/oe/ue for ß/ä/ö/ü', (doc) => {
    const title = longTitle(doc);
    return title && /[ßäöüÄÖÜ]/.test(title) ? digraphs(title) : undefined;
  });
  knownItem('question-like queries from two title words', (doc) => {
    const [a, b] = contentWords(doc.title);
    if (!a || !b) return undefined;
    return QUESTIONS[Math.floor(random() * QUESTIONS.length)]!(a, b);
  });
  knownItem('two title words and the year', (doc) => {
    const words = contentWords(doc.title);
    return words.length >= 2 ? `${words[0]} ${words[words.length - 1]} ${doc.year}` : undefined;
  });
  sets.push({ name: 'compounds absent as words („Zelltherapie“)', kind: 'known-item', cases: absentCompounds(docs) });

  // Single words: misspelt archive words and long compounds that are themselves words of the archive.
  // A hit is relevant when it contains the intended word (or a word beginning with it).
  const frequent = [...vocabulary].filter(([w, n]) => w.length >= 7 && n >= 5 && !FILLERS.has(w)).map(([w]) => w);
  const pick = (from: string[]): string => from[Math.floor(random() * from.length)]!;
  const misspeltWords: QualityCase[] = [];
  for (let i = 0; i < perSet && frequent.length > 0; i++) {
    const word = pick(frequent);
    misspeltWords.push({ q: misspell(word, MISSPELLINGS[i % 4]!, random), mustContain: [word] });
  }
  sets.push({
    name: 'single misspelt words („Polizie“), precision in top 10',
    kind: 'precision',
    cases: misspeltWords,
  });
  const compounds = frequent.filter((w) => w.length >= 12);
  sets.push({
    name: 'long compounds that are words of the archive, precision in top 10',
    kind: 'precision',
    cases: Array.from({ length: Math.min(perSet, compounds.length) }, () => {
      const word = pick(compounds);
      return { q: word, mustContain: [word] };
    }),
  });
  // Sorted lists: one or two title words, newest first; a hit is relevant when it contains them all.
  const titleWords = [...new Set(picked.flatMap((d) => contentWords(d.title)))];
  sets.push({
    name: 'newest first: hits containing every word, top 20',
    kind: 'precision',
    sort: 'neueste',
    cases: Array.from({ length: Math.min(perSet, titleWords.length) }, () => {
      const words = [...new Set(Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(titleWords)))];
      return { q: words.join(' '), mustContain: words.flatMap(wordsOf) };
    }),
  });
  return sets;
}

/** "Zell- und Gentherapie" → "Zelltherapie", when "therapie" is a word and "zelltherapie" is not. */
function absentCompounds(docs: QualityDoc[]): QualityCase[] {
  const vocabulary = new Set(docs.flatMap((d) => wordsOf(`${d.title} ${d.body.join(' ')}`)));
  const cases: QualityCase[] = [];
  const phrase = /\b([A-ZÄÖÜ][a-zäöüß]{2,})- und ([A-ZÄÖÜ][a-zäöüß]{5,})/g;
  for (const doc of docs.filter((_, i) => i % 7 === 0)) {
    if (cases.length >= 150) break;
    for (const match of doc.body.join(' ').matchAll(phrase)) {
      const second = match[2]!.toLowerCase();
      let head = '';
      for (let k = 2; k <= second.length - 4 && !head; k++) if (vocabulary.has(second.slice(k))) head = second.slice(k);
      const compound = match[1]! + head;
      if (!head || vocabulary.has(compound.toLowerCase())) continue;
      cases.push({ q: compound, target: doc.id });
      break;
    }
  }
  return cases;
}

/** What a plan found for a query: the ids of its first hits and its total. */
export interface Found {
  ids: string[];
  total: number;
}

/** A set's figure: MRR in the top 20 and how many found (known items), or precision in the top 10 (20 sorted). */
export function scoreSet(set: QualitySet, docsById: Map<string, Set<string>>, results: Found[]): string {
  if (set.kind === 'known-item') {
    let reciprocal = 0;
    let found = 0;
    set.cases.forEach((c, i) => {
      const rank = results[i]!.ids.indexOf(c.target!);
      if (rank >= 0) [reciprocal, found] = [reciprocal + 1 / (rank + 1), found + 1];
    });
    return `${(reciprocal / Math.max(1, set.cases.length)).toFixed(3)} (${found}/${set.cases.length})`;
  }
  const depth = set.sort ? 20 : 10;
  let relevant = 0;
  let shown = 0;
  set.cases.forEach((c, i) => {
    for (const id of results[i]!.ids.slice(0, depth)) {
      shown += 1;
      if (containsAll(docsById.get(id) ?? new Set(), c.mustContain!)) relevant += 1;
    }
  });
  return `${(relevant / Math.max(1, shown)).toFixed(3)} (${relevant}/${shown})`;
}
