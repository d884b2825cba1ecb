import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TextRun } from '../../../../../src/archive/body-structure.js';
import type { TextBlock } from '../../../../../ingest/extract/extracted-document.js';
import { attachLinks } from '../../../../../ingest/extract/pdf/pdf-links.js';

const href = 'https://www.destatis.de/bericht';
/** A link's text as under its rectangle; in `runs`, linked text is written [like this]. */
const cases: Array<{ name: string; text: string; links: string[]; runs: string }> = [
  {
    name: 'a link rectangle that ends inside a word links the whole word',
    text: 'oder den Statistischen Bericht "Verbraucherpreisindex für Deutschland".',
    links: ['Statistischen Bericht "V'],
    runs: 'oder den [Statistischen Bericht "Verbraucherpreisindex] für Deutschland".',
  },
  {
    name: 'a link rectangle that starts inside a word links the whole word',
    text: 'Die Pressemitteilung im Volltext.',
    links: ['mitteilung im'],
    runs: 'Die [Pressemitteilung im] Volltext.',
  },
  {
    name: 'the whole word is preferred to a part of a longer word before it',
    text: 'Zur Berichterstattung: der Bericht steht online.',
    links: ['Bericht'],
    runs: 'Zur Berichterstattung: der [Bericht] steht online.',
  },
  {
    name: 'a link that starts and ends at word boundaries is not widened',
    text: 'Die Zell- und Gentherapie (siehe hier).',
    links: ['Zell-', 'hier'],
    runs: 'Die [Zell-] und Gentherapie (siehe [hier]).',
  },
];

const written = (runs: readonly TextRun[] | undefined): string =>
  (runs ?? []).map((run) => (run.href === href ? `[${run.text}]` : run.text)).join('');

describe('attachLinks', () => {
  for (const { name, text, links, runs } of cases) {
    test(name, () => {
      const blocks: TextBlock[] = [{ kind: 'paragraph', text, lines: [text] }];
      attachLinks(
        blocks,
        links.map((linked) => ({ text: linked, href })),
      );
      assert.equal(written(blocks[0]?.runs), runs);
    });
  }
});
