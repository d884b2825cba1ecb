/**
 * The structured body of the project's structure fixtures (test/fixtures/generator/structure-pages.ts):
 * an HTML release with headings, a table, a list, safe and hostile links; a PDF with link annotations.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BodyNode } from '../../../../src/archive/body-structure.js';
import { extractFixture } from '../../../helpers/fixture-files.js';

const links = (nodes: readonly BodyNode[]): string[] =>
  JSON.stringify(nodes)
    .match(/"href":"[^"]*"/g)
    ?.map((m) => m.slice(8, -1)) ?? [];

describe('structured body of the HTML fixture', () => {
  test('headings, table with caption and header scopes, list; body keeps the plain paragraphs', async () => {
    const { release } = await extractFixture('good/smk-2026-05-20-tabelle-links.html');
    const nodes = release.structuredBody ?? [];
    assert.deepEqual(
      nodes.map((n) => n.type),
      ['paragraph', 'paragraph', 'heading', 'paragraph', 'table', 'paragraph', 'heading', 'list', 'paragraph'],
    );
    const table = nodes.find((n) => n.type === 'table');
    assert.equal(table?.caption, 'Ganztagsangebote an Grundschulen 2026/27');
    assert.deepEqual(
      table?.rows[1]?.map((c) => [c.header, c.scope]),
      [
        [true, 'row'],
        [false, undefined],
        [false, undefined],
        [false, undefined],
      ],
    );
    assert.ok(release.body.includes('Meißen | 41 | 1.230.000 | 87 Prozent'), JSON.stringify(release.body));
    assert.ok(release.body.every((p) => typeof p === 'string'));
  });

  test('an image the source describes is text („Bild: “ alt text – caption without credit); decorative images and icons are not', async () => {
    const { release } = await extractFixture('good/smk-2026-05-20-tabelle-links.html');
    assert.deepEqual(release.structuredBody?.[1], {
      type: 'paragraph',
      text: [
        {
          text: 'Bild: Kinder einer Grundschule beim Gärtnern im Schulgarten – Ganztag in Meißen: Nachmittags arbeiten die Kinder im Schulgarten.',
        },
      ],
    });
    assert.ok(!JSON.stringify(release).includes('PDF-Symbol'));
    assert.ok(!JSON.stringify(release).includes('Foto: Maria Beispiel'), 'the photo credit is not read');
    assert.ok(release.summary.startsWith('Das Sächsische Staatsministerium für Kultus'));
  });

  test('the English quotation in a German paragraph is marked lang="en"; the title stays German', async () => {
    const { release } = await extractFixture('good/smk-2026-05-20-tabelle-links.html');
    assert.ok(!('titleLang' in release));
    const quoted = JSON.stringify(release.structuredBody).match(/\{"text":"Every child[^}]*\}/)?.[0];
    assert.equal(quoted, '{"text":"Every child gets the same chance to learn and to play after school.","lang":"en"}');
    assert.ok(!JSON.stringify(release.structuredBody).includes('"lang":"de"'));
  });

  test('the footnote mark is a run naming its note; the note is no paragraph of the body', async () => {
    const { release } = await extractFixture('good/smk-2026-05-20-tabelle-links.html');
    assert.deepEqual(release.footnotes, ['Quelle: Schulstatistik des Ministeriums, Stand Mai 2026.']);
    const first = release.structuredBody?.[0];
    assert.ok(first?.type === 'paragraph');
    assert.deepEqual(first.text[1], { text: '¹', note: 1 });
    assert.ok(!release.body.some((p) => p.includes('Schulstatistik')));
  });

  test('links: relative ones resolved against the canonical address, hostile ones dropped', async () => {
    const { release } = await extractFixture('good/smk-2026-05-20-tabelle-links.html');
    assert.deepEqual(links(release.structuredBody ?? []), [
      'https://www.example.org/formulare/ganztag-antrag.pdf',
      'https://www.example.org/ganztag',
      'mailto:ganztag@example.org',
    ]);
    const last = release.structuredBody?.at(-1);
    assert.ok(last?.type === 'paragraph' && last.text.length === 1, 'the traps are plain text');
  });
});

describe('structured body of the PDF fixture', () => {
  test('link annotations become links over their text; javascript: and data: are dropped', async () => {
    const { release } = await extractFixture('good/smk-2026-05-21-links.pdf');
    const nodes = release.structuredBody ?? [];
    assert.deepEqual(links(nodes), ['https://www.example.org/foerderportal', 'mailto:ganztag@example.org']);
    assert.deepEqual(nodes[1], {
      type: 'paragraph',
      text: [
        { text: 'Das Formular gibt es im ' },
        { text: 'Förderportal', href: 'https://www.example.org/foerderportal' },
        { text: '.' },
      ],
    });
  });
});
