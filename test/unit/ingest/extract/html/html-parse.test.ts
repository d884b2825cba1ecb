/**
 * The HTML parser's limits: an absurd page fails fast with `too-complex` or `too-large` and a
 * reason that names the limit; real pages parse exactly as cheerio's own `load` parses them.
 * Each test has its own timeout: a limit that stops working fails the test instead of hanging.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { load } from 'cheerio';
import { ExtractionError, type ExtractionErrorCode } from '../../../../../ingest/extract/extraction-error.js';
import { decodeHtml } from '../../../../../ingest/extract/html/html-decode.js';
import { extractHtml } from '../../../../../ingest/extract/html/html-extractor.js';
import { checkHtmlSize, HTML_LIMITS, parseHtml } from '../../../../../ingest/extract/html/html-parse.js';
import { REPO_ROOT } from '../../../../helpers/archive-process.js';

const HEAD = '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Titel</title></head><body>';
const page = (body: string): Buffer =>
  Buffer.from(`${HEAD}<h1>Titel</h1><p>Dresden, 2. Juni 2026</p>${body}</body></html>`);

function rejects(bytes: Buffer, code: ExtractionErrorCode, reason: RegExp): void {
  assert.throws(
    () => extractHtml(bytes),
    (error: unknown) => {
      assert.ok(error instanceof ExtractionError, String(error));
      assert.equal(error.code, code);
      assert.match(error.message, reason);
      return true;
    },
  );
}

describe('limits of the HTML parser', () => {
  test('a document nested 100,000 levels deep fails with the depth limit', { timeout: 20_000 }, () => {
    rejects(
      page(`${'<div>'.repeat(100_000)}Text${'</div>'.repeat(100_000)}`),
      'too-complex',
      /nested more than 256 levels deep/,
    );
  });

  test('nesting through <template> contents and unclosed formatting tags counts too', { timeout: 20_000 }, () => {
    rejects(page('<template>'.repeat(100_000)), 'too-complex', /nested more than 256 levels deep/);
    rejects(page('<b>x</p>'.repeat(100_000)), 'too-complex', /nested more than 256 levels deep/);
  });

  test('a page nested as deep as the limit allows is extracted', { timeout: 20_000 }, () => {
    const depth = HTML_LIMITS.depth - 4; // below <html>, <body> and the page's own <h1> level
    const doc = extractHtml(
      page(`${'<div>'.repeat(depth)}<p>Tief verschachtelter Absatz.</p>${'</div>'.repeat(depth)}`),
    );
    assert.ok(doc.blocks.some((b) => b.text === 'Tief verschachtelter Absatz.'));
  });

  test('more elements than the limit fail with the element limit', { timeout: 20_000 }, () => {
    rejects(page('<span>x</span>'.repeat(HTML_LIMITS.elements)), 'too-complex', /more than 50,000 elements/);
  });

  test('a tag with more attributes than the limit fails with the attribute limit', { timeout: 20_000 }, () => {
    const attributes = Array.from({ length: 100_000 }, (_, i) => `a${i}`).join(' ');
    rejects(page(`<div ${attributes}>x</div>`), 'too-complex', /tag <div> has more than 200 attributes/);
    rejects(page(`<i>x</i ${attributes}>`), 'too-complex', /tag <i> has more than 200 attributes/);
  });

  test('a file larger than the size limit is refused before it is decoded', { timeout: 20_000 }, () => {
    const big = page(`<p>${'Wort '.repeat(HTML_LIMITS.bytes / 5)}</p>`);
    rejects(big, 'too-large', /^HTML page of [\d,]+ bytes is larger than the limit of 10 MB for HTML pages$/);
    assert.doesNotThrow(() => checkHtmlSize(big.subarray(0, HTML_LIMITS.bytes)));
  });

  test('real pages parse exactly as cheerio parses them', { timeout: 60_000 }, () => {
    const folders = ['ingest/samples/files', 'test/fixtures/good', 'test/fixtures/bad'].map((f) =>
      path.join(REPO_ROOT, f),
    );
    let pages = 0;
    for (const folder of folders) {
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.html'))) {
        const { html } = decodeHtml(readFileSync(path.join(folder, name)));
        assert.equal(load(parseHtml(html)).html(), load(html).html(), name);
        pages += 1;
      }
    }
    assert.ok(pages >= 25, `${pages} pages compared`);
  });
});
