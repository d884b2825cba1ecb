/**
 * Passages in another language than German (an English quotation, a French title), so the page can
 * mark them with `lang` and screen readers switch voice. Detection by franc-min (trigrams) among a
 * few languages, and only where it is safe: the text is long enough, franc is clearly sure, and the
 * text has no German function words — German text is never marked as foreign, a missed foreign
 * passage only keeps today's German voice.
 */
import { francAll } from 'franc-min';
import type { BodyNode, TextRun } from '../../src/archive/body-structure.js';

/**
 * The languages looked for (ISO 639-3, as franc names them) with their BCP 47 tag and their most
 * common function words: franc's guess counts only when at least two of them occur (names and
 * loan words in a German title — „Fairtrade Town“, „Kick-Off“ — have none).
 */
const LANGUAGES: Record<string, { tag: string; words: string }> = {
  eng: {
    tag: 'en',
    words: 'the and of to is are was were we our you with for this that have has be not it on at by from',
  },
  fra: { tag: 'fr', words: 'le la les des et est une un du dans pour avec sur nous vous qui que pas ce sont au aux' },
  spa: { tag: 'es', words: 'el la los las y es una un del en para con por que se no su al como' },
  ita: { tag: 'it', words: 'il lo la gli le e è una un del della per con che non di sono nel al' },
  nld: { tag: 'nl', words: 'de het een en is van voor met dat niet op zijn wij ook aan naar' },
  pol: { tag: 'pl', words: 'i w na z się jest nie do że to od o za jak przez dla' },
  ces: { tag: 'cs', words: 'a v na se je že s z do to pro jako od by ve' },
};
const CANDIDATES = ['deu', ...Object.keys(LANGUAGES)];
const FUNCTION_WORDS = new Map(Object.entries(LANGUAGES).map(([code, { words }]) => [code, new Set(words.split(' '))]));

/** Fewer letters than this are too little to tell a language by. */
const MIN_LETTERS = 25;
/** German's score (franc's, the best is 1) must be below this. */
const GERMAN_BELOW = 0.75;

/** German function words that no other language looked for uses as one („des“, „es“ are left out). */
const GERMAN_WORDS = new Set(
  'der die das den dem und oder ist sind wird werden wurde nicht mit für auf von zu im ein eine einen einem einer sich auch bei nach aus über wie wir sie dass sowie durch'.split(
    ' ',
  ),
);

const distinctWords = (words: readonly string[], vocabulary: ReadonlySet<string>): number =>
  new Set(words.filter((word) => vocabulary.has(word))).size;

/** The BCP 47 tag of the text's language when it is surely not German, else undefined. */
export function foreignLanguage(text: string): string | undefined {
  if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return undefined;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (distinctWords(words, GERMAN_WORDS) > 0) return undefined;
  const scores = francAll(text, { only: CANDIDATES, minLength: MIN_LETTERS });
  const [best] = scores;
  const german = scores.find(([code]) => code === 'deu')?.[1] ?? 0;
  if (!best || best[0] === 'deu' || german >= GERMAN_BELOW) return undefined;
  const own = FUNCTION_WORDS.get(best[0]);
  if (!own || distinctWords(words, own) < 2) return undefined;
  return LANGUAGES[best[0]]?.tag;
}

/** A quotation inside a paragraph: „…“, "…", »…«, “…”. */
const QUOTATION = /„([^“”]+)[“”]|»([^«]+)«|“([^”]+)”|"([^"]+)"/gu;

/** Runs of one paragraph with its foreign quotations as runs of their own with `lang`. */
function markQuotations(runs: readonly TextRun[]): TextRun[] {
  return runs.flatMap((run): TextRun[] => {
    if (run.href || run.note || run.lang) return [run];
    const out: TextRun[] = [];
    let at = 0;
    for (const match of run.text.matchAll(QUOTATION)) {
      const quoted = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
      const lang = foreignLanguage(quoted);
      if (!lang) continue;
      const start = (match.index ?? 0) + match[0].indexOf(quoted);
      if (start > at) out.push({ ...run, text: run.text.slice(at, start) });
      out.push({ text: quoted, lang });
      at = start + quoted.length;
    }
    if (at === 0) return [run];
    if (at < run.text.length) out.push({ ...run, text: run.text.slice(at) });
    return out;
  });
}

const plain = (runs: readonly TextRun[]): string => runs.map((run) => run.text).join('');

/**
 * The body with `lang` on paragraphs and headings in another language, and on
 * foreign quotations inside German paragraphs.
 */
export function markLanguages(nodes: readonly BodyNode[]): BodyNode[] {
  return nodes.map((node): BodyNode => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const lang = foreignLanguage(plain(node.text));
      return lang ? { ...node, lang } : { ...node, text: markQuotations(node.text) };
    }
    return node;
  });
}
