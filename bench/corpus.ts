/**
 * The benchmark corpus: the seeded generator by default (runs on a fresh clone), or the Berlin
 * press-release corpus (JSON lines, gzip) given by path, turned into releases the renderers take.
 */
import { unsupportedCharacters } from '../test/support/samples/win-ansi.js';
import { generateCorpus } from '../test/support/samples/generate-corpus.js';
import type { SampleRelease } from '../test/support/samples/sample-release.js';
import { readBerlinCorpus, type CorpusRelease } from './lib/berlin-corpus.js';

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
  releases: SampleRelease[];
}

export async function loadCorpus(path: string | undefined, size: number): Promise<BenchCorpus> {
  if (!path)
    return { name: `generated (${size} releases, seed 1)`, releases: generateCorpus({ count: size, seed: 1 }) };
  const items = await readBerlinCorpus(path, size);
  return { name: `${path} (${items.length} releases)`, releases: items.map(fromBerlin) };
}
