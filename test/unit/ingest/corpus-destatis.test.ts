/**
 * Optional: the extractor on the real Destatis PDF of the shared corpus (consumer price index, long
 * series: 150 pages of tables). Runs when the corpus folder exists (see corpus-location.ts), else
 * skips. Issue 17: the reading version once had 1,019 `h2` made from short lines („Oktober“ 75
 * times) and one paragraph per table cell; headings may only come from the source's typography, and
 * the tables are tables.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runsText } from '../../../src/archive/body-structure.js';
import { extractRelease } from '../../../ingest/extract/extract-release.js';
import { corpusFolder } from './corpus-location.js';

const folder = corpusFolder('destatis');
const MONTHS = /^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)$/;

describe(
  'the real Destatis PDF',
  { skip: folder ? false : 'corpus folder destatis not found (set PRESSEARCHIV_CORPUS)' },
  () => {
    test('headings only from the cover’s typography, tables as tables', async () => {
      const file = 'verbraucherpreisindex-lange-reihen-pdf-5611103.pdf';
      const { release, type } = await extractRelease(readFileSync(join(folder ?? '', file)), file);
      assert.equal(type, 'pdf');
      const blocks = release.structuredBody ?? [];
      const headings = blocks.flatMap((b) => (b.type === 'heading' ? [b] : []));
      const tables = blocks.flatMap((b) => (b.type === 'table' ? [b] : []));
      // The cover's few large lines at most; never a month or a figure made a heading.
      assert.ok(headings.length <= 6, `${headings.length} headings`);
      for (const heading of headings) {
        const words = runsText(heading.text).trim();
        assert.doesNotMatch(words, /^[\d.,\s%-]*$/, 'a figure as a heading');
        assert.doesNotMatch(words, MONTHS, 'a month name as a heading');
      }
      // The index tables (one or more per page) are tables, some with column headers.
      assert.ok(tables.length >= 100, `${tables.length} tables`);
      assert.ok(
        tables.some((table) => table.rows[0]?.every((cell) => cell.header && cell.scope === 'col')),
        'no table with a header row',
      );
    });
  },
);
