/**
 * Optional: main-text extraction on three real German public-sector pages (trafilatura's test
 * data, evaldata_subset.json: snippets the main text must / must not contain). The pages carry no
 * release date, so the date check is bypassed; the main text is sub-headline, body and footnotes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadDefaultVocabularies } from '../../../ingest/classify/vocabularies.js';
import { extractHtml } from '../../../ingest/extract/html/html-extractor.js';
import { parseRelease } from '../../../ingest/parse/release-parser.js';
import { corpusFolder } from './corpus-location.js';

const folder = corpusFolder('oeffentliche-seiten');

interface Expectation {
  file: string;
  with: string[];
  without: string[];
}

describe(
  'main text of real public-sector pages',
  { skip: folder ? false : 'corpus folder oeffentliche-seiten not found (set PRESSEARCHIV_CORPUS)' },
  () => {
    const dir = folder ?? '';
    const spec: Record<string, Expectation> = folder
      ? JSON.parse(readFileSync(join(dir, 'evaldata_subset.json'), 'utf8'))
      : {};

    for (const [url, expectation] of Object.entries(spec)) {
      test(expectation.file, () => {
        const doc = extractHtml(readFileSync(join(dir, expectation.file)));
        doc.hints.date ??= '2000-01-01'; // these pages have no date; only the main text is checked
        const { release } = parseRelease(doc, loadDefaultVocabularies());
        const text = [release.subtitle ?? '', ...release.body, ...(release.footnotes ?? [])].join('\n');
        for (const snippet of expectation.with) assert.ok(text.includes(snippet), `${url}: missing "${snippet}"`);
        for (const snippet of expectation.without) assert.ok(!text.includes(snippet), `${url}: contains "${snippet}"`);
      });
    }
  },
);
