/**
 * Seeded generator of realistic (invented) Saxon press releases for benchmarks: senders with the
 * names of their date, 16 topics, dates over 10+ years, bodies of 150–1,200 words. The same
 * options always give the same releases.
 */
import { fillTemplate, countWords, type TemplateValues } from './fill-template.js';
import { releaseValues } from './corpus-values.js';
import { policeReport } from './police-report.js';
import { pressOfficer } from './press-officer.js';
import { createRandom, type Random } from './prng.js';
import type { SampleFormat, SampleRelease } from './sample-release.js';
import { printedSender, type RessortId } from './sender-history.js';
import { ALL_TOPICS } from './vocabulary/all-topics.js';
import { CLAUSES, OPENERS } from './vocabulary/detail-clauses.js';
import { CLOSINGS, GENERIC_SENTENCES, QUOTE_FRAMES, SHARED_HEADLINES } from './vocabulary/common-phrases.js';
import type { TopicVocabulary } from './vocabulary/topic-vocabulary.js';

export interface CorpusOptions {
  /** Number of releases. */
  count: number;
  /** Seed of the pseudo-random sequence; default 1. */
  seed?: number;
  /** First and last possible date (ISO); default 2015-01-01 … 2026-10-31. */
  from?: string;
  to?: string;
  /** Share of single-format releases published as PDF (the rest as HTML); default 0.5. */
  pdfShare?: number;
  /** Share of releases published as PDF and HTML; default 0.05. */
  bothShare?: number;
}

const MIN_WORDS = 150;
const MAX_WORDS = 1200;
const POLICE: RessortId[] = ['pd-dresden', 'pd-leipzig', 'pd-chemnitz'];
const DAY = 86_400_000;

function slug(text: string, max: number): string {
  const ascii = text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-');
  return ascii.slice(0, max).replace(/^-+|-+$/g, '');
}

function randomWeekday(rnd: Random, fromMs: number, toMs: number): string {
  let ms = fromMs + rnd.int(0, Math.round((toMs - fromMs) / DAY)) * DAY;
  const day = new Date(ms).getUTCDay();
  if (day === 6 && rnd.chance(0.9) && ms - DAY >= fromMs) ms -= DAY;
  if (day === 0 && rnd.chance(0.9) && ms + DAY <= toMs) ms += DAY;
  return new Date(ms).toISOString().slice(0, 10);
}

function pickTopic(rnd: Random): TopicVocabulary {
  const total = ALL_TOPICS.reduce((sum, t) => sum + t.weight, 0);
  let r = rnd.next() * total;
  for (const t of ALL_TOPICS) {
    r -= t.weight;
    if (r < 0) return t;
  }
  return ALL_TOPICS[0] as TopicVocabulary;
}

function ressortFor(rnd: Random, topic: TopicVocabulary, date: string): RessortId {
  const rule = topic.ressorts.find((r) => r.until === undefined || date < r.until) ?? topic.ressorts[0];
  return rnd.pick(rule?.ids ?? ['sk']);
}

function detailSentence(rnd: Random, used: Set<number>): string | undefined {
  const index = rnd.int(0, CLAUSES.length - 1);
  const c = CLAUSES[index];
  if (!c || used.has(index)) return undefined;
  used.add(index);
  if (rnd.chance(0.4)) return `${c.subject.charAt(0).toUpperCase()}${c.subject.slice(1)} ${c.verb} ${c.rest}.`;
  return `${rnd.pick(OPENERS)} ${c.verb} ${c.subject} ${c.rest}.`;
}

function quoteSentence(rnd: Random, quote: string, values: TemplateValues, newSpeaker: boolean): string {
  const frame = rnd.pick(QUOTE_FRAMES).replace('{quote}', quote);
  return fillTemplate(newSpeaker ? frame.replace('{person}', '{PERSON}') : frame, values);
}

/** Body paragraphs: lead, quotation, details from a shuffled pool, closing; 150–1,200 words. */
function buildBody(rnd: Random, topic: TopicVocabulary, values: TemplateValues, marks: Set<string>): string[] {
  const target = MIN_WORDS + Math.floor((MAX_WORDS - 100 - MIN_WORDS) * rnd.next() ** 1.8);
  const paragraphCount = Math.min(9, Math.max(3, Math.round(target / 120)));
  const perParagraph = target / paragraphCount;
  let pool: string[] = [];
  const usedClauses = new Set<number>();
  const nextSentence = (): string => {
    const detail = rnd.chance(0.3) ? detailSentence(rnd, usedClauses) : undefined;
    if (detail) return detail;
    if (pool.length === 0) pool = rnd.shuffled([...topic.sentences, ...GENERIC_SENTENCES]);
    return pool.pop() as string;
  };
  const quotes = rnd.shuffled(topic.quotes);
  const lead = fillTemplate(rnd.pick(topic.leads), values, marks);
  const paragraphs: string[][] = [[lead], [quoteSentence(rnd, quotes[0] ?? '', values, false)]];
  let words = paragraphs.flat().reduce((sum, s) => sum + countWords(s), 0);
  for (let p = 0; p < paragraphCount; p++) {
    const secondQuote = p > 2 && quotes.length > 1 && rnd.chance(0.2);
    if (p >= paragraphs.length) paragraphs.push(secondQuote ? [quoteSentence(rnd, quotes[1] ?? '', values, true)] : []);
    const paragraph = paragraphs[p] as string[];
    let own = paragraph.reduce((sum, s) => sum + countWords(s), 0);
    while (own < perParagraph) {
      const sentence = fillTemplate(nextSentence(), values, marks);
      const w = countWords(sentence);
      if (words + w > MAX_WORDS - 20) break;
      paragraph.push(sentence);
      own += w;
      words += w;
    }
  }
  paragraphs.push([fillTemplate(rnd.pick(CLOSINGS), values)]);
  return paragraphs.map((sentences) => sentences.join(' ')).filter((p) => p.length > 0);
}

function formatsFor(rnd: Random, pdfShare: number, bothShare: number): SampleFormat[] {
  if (rnd.chance(bothShare)) return ['pdf', 'html'];
  return rnd.chance(pdfShare) ? ['pdf'] : ['html'];
}

function ministryRelease(
  rnd: Random,
  date: string,
  topic: TopicVocabulary,
  ressort: RessortId,
): Omit<SampleRelease, 'key' | 'formats'> {
  const sender = printedSender(ressort, date) ?? printedSender('sk', date);
  if (!sender) throw new Error(`No sender for ${ressort} on ${date}`);
  const values = releaseValues(rnd, date, sender.domain);
  const marks = new Set<string>();
  const title = fillTemplate(rnd.pick(topic.titles), values);
  const subtitle = rnd.chance(0.7) ? fillTemplate(rnd.pick(topic.subtitles), values) : undefined;
  const body = buildBody(rnd, topic, values, marks);
  const release: Omit<SampleRelease, 'key' | 'formats'> = {
    sender: sender.name,
    senderShort: sender.short,
    date,
    title,
    contact: pressOfficer(ressort, sender, date, rnd.chance(0.5) ? 0 : 1),
    body,
    topics: [topic.topic],
  };
  if (subtitle) release.subtitle = subtitle;
  if (marks.size > 0 && rnd.chance(0.5)) release.hyphenation = [...marks];
  return release;
}

function policeRelease(
  rnd: Random,
  date: string,
  daily: boolean,
  ressort: RessortId,
): Omit<SampleRelease, 'key' | 'formats'> {
  const sender = printedSender(ressort, date);
  if (!sender) throw new Error(`No sender for ${ressort}`);
  const { title, body } = policeReport(rnd, sender.place, date, daily);
  return {
    sender: sender.name,
    senderShort: sender.short,
    date,
    place: sender.place,
    title,
    contact: pressOfficer(ressort, sender, date, 0),
    body,
    topics: ['Sicherheit und Polizei'],
  };
}

/**
 * The releases one at a time, in the order and with the content `generateCorpus` gives for the same
 * options: a corpus of any size is never held in memory at once.
 */
export function* generateReleases(options: CorpusOptions): Generator<SampleRelease, void, undefined> {
  const { count, seed = 1, from = '2015-01-01', to = '2026-10-31', pdfShare = 0.5, bothShare = 0.05 } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  const rnd = createRandom(seed);
  const fromMs = Date.parse(`${from}T00:00:00Z`);
  const toMs = Date.parse(`${to}T00:00:00Z`);
  if (!(fromMs <= toMs)) throw new RangeError(`Invalid date range ${from} … ${to}`);
  let made = 0;
  // The format is drawn after the release's content, as it always was: same seed, same releases.
  const finish = (r: Omit<SampleRelease, 'key' | 'formats'>): SampleRelease => {
    made += 1;
    const key = `${r.date}-${slug(r.senderShort, 12)}-${slug(r.title, 48)}-${String(made).padStart(6, '0')}`;
    return { ...r, key, formats: formatsFor(rnd, pdfShare, bothShare) };
  };
  while (made < count) {
    const date = randomWeekday(rnd, fromMs, toMs);
    const topic = pickTopic(rnd);
    if (topic.topic === 'Sicherheit und Polizei' && rnd.chance(0.4)) {
      const daily = rnd.chance(0.6);
      const directorate = rnd.pick(POLICE);
      yield finish(policeRelease(rnd, date, daily, directorate));
      // Two reports of one directorate with one headline on one day: the archive must keep both.
      if (daily && rnd.chance(0.3) && made < count) yield finish(policeRelease(rnd, date, true, directorate));
      continue;
    }
    // Rarely, two ministries publish under the same generic headline on the same day.
    if (rnd.chance(0.01) && made + 1 < count) {
      const title = rnd.pick(SHARED_HEADLINES);
      const other = rnd.pick(ALL_TOPICS.filter((t) => t !== topic));
      yield finish({ ...ministryRelease(rnd, date, topic, ressortFor(rnd, topic, date)), title });
      yield finish({ ...ministryRelease(rnd, date, other, ressortFor(rnd, other, date)), title });
      continue;
    }
    yield finish(ministryRelease(rnd, date, topic, ressortFor(rnd, topic, date)));
  }
}

export function generateCorpus(options: CorpusOptions): SampleRelease[] {
  return [...generateReleases(options)];
}
