/**
 * The benchmark corpus: the seeded generator by default (runs on a fresh clone), or the Berlin
 * press-release corpus (JSON lines, gzip) given by path, turned into releases the renderers take.
 */
import { unsupportedCharacters } from '../test/support/samples/win-ansi.js';
import { generateReleases } from '../test/support/samples/corpus-generator.js';
import type { SampleRelease } from '../test/support/samples/sample-release.js';
import { streamBerlinCorpus, type CorpusRelease } from './lib/berlin-corpus.js';

/** Berlin bodies are one line: cut them into paragraphs of about four sentences. */
export function paragraphs(body: string): string[] {
  const sentences = body.match(/[^.!?]+[.!?]+["“”»«']?\s*|[^.!?]+$/g) ?? [body];
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += 4)
    out.push(
      sentences
        .slice(i, i + 4)
        .join('')
        .trim(),
    );
  return out.filter(Boolean);
}

/** Characters the built-in PDF fonts cannot show are replaced, so every release can be rendered. */
function winAnsi(text: string): string {
  let out = text;
  for (const char of unsupportedCharacters(text)) out = out.split(char).join(char === '\u2011' ? '-' : ' ');
  return out;
}

function fromBerlin(item: CorpusRelease, index: number): SampleRelease {
  const key = `berlin-${String(index).padStart(6, '0')}`;
  return {
    key,
    sender: 'Land Berlin',
    senderShort: 'Berlin',
    date: item.date,
    place: 'Berlin',
    title: winAnsi(item.title.trim()),
    contact: { name: 'Pressestelle', phone: '+49 30 9026 0', email: 'pressestelle@berlin.invalid' },
    body: paragraphs(winAnsi(item.body)),
    formats: ['html'],
    topics: [],
  };
}

export interface BenchCorpus {
  name: string;
  /** A fresh pass over the corpus (at most `limit` releases), one release at a time. */
  releases(limit?: number): AsyncIterable<SampleRelease>;
}

async function* counted<T>(items: AsyncIterable<T>, map: (item: T, index: number) => SampleRelease) {
  let index = 0;
  for await (const item of items) yield map(item, index++);
}

async function* firstOf(items: Iterable<SampleRelease>, limit: number): AsyncGenerator<SampleRelease> {
  let left = limit;
  for (const item of items) {
    if (left-- <= 0) return;
    yield item;
  }
}

/** The same releases as HTML only (the archive benchmarks ingest HTML pages). */
export async function* asHtml(releases: AsyncIterable<SampleRelease>): AsyncGenerator<SampleRelease> {
  for await (const r of releases) yield { ...r, formats: ['html'] };
}

/**
 * `size` releases, streamed: the generated ones (seed 1, the same as `generateCorpus` gives) or the
 * first `size` usable lines of a Berlin corpus file.
 */
export function loadCorpus(path: string | undefined, size: number): BenchCorpus {
  const upTo = (limit: number | undefined) => Math.min(size, limit ?? size);
  if (!path)
    return {
      name: `generated (${size} releases, seed 1)`,
      releases: (limit) => firstOf(generateReleases({ count: size, seed: 1 }), upTo(limit)),
    };
  return {
    name: `${path} (up to ${size} releases)`,
    releases: (limit) => counted(streamBerlinCorpus(path, upTo(limit)), fromBerlin),
  };
}
