/** Routes against a fake search service: input validation, errors, downloads, base path — no Meilisearch needed. */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { originalPath } from '../../../src/archive/originals.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import { createApp } from '../../../src/web/app.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { fakeRelease, fakeSearch, type FakeSearch } from '../../helpers/fake-search.js';

const PDF_SHA = 'ab'.repeat(32);
const HTML_SHA = 'cd'.repeat(32);
const MISSING_SHA = 'ef'.repeat(32);
const RELEASE = fakeRelease('smwk-2026-06-02-agenda', {
  sources: [
    { type: 'pdf', filename: 'Medieninformation „Agenda“.pdf', sha256: PDF_SHA, bytes: 8, pages: 1 },
    { type: 'html', filename: 'seite.html', sha256: HTML_SHA, bytes: 40 },
  ],
});
const NO_FILE = fakeRelease('smk-2026-01-01-ohne', {
  sources: [{ type: 'pdf', filename: 'x.pdf', sha256: MISSING_SHA, bytes: 1 }],
});

describe('web routes (fake search service)', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let search: FakeSearch;
  const app = (env: Record<string, string> = {}) =>
    createApp({
      config: loadConfig({ DATA_DIR: dir.path, ...env }),
      search,
      log: createLogger('silent', 'test'),
    });

  before(async () => {
    dir = await tempDir();
    for (const [sha, content] of [
      [PDF_SHA, '%PDF-1.4'],
      [HTML_SHA, '<html><script>alert(1)</script></html>'],
    ] as const) {
      await mkdir(path.dirname(originalPath(dir.path, sha)), { recursive: true });
      await writeFile(originalPath(dir.path, sha), content);
    }
  });
  after(() => dir.remove());

  test('invalid page numbers and parameters: German 400 page, no stack trace, no search', async () => {
    search = fakeSearch();
    for (const url of [
      '/suche?seite=0',
      '/suche?seite=abc',
      '/suche?sortierung=x',
      '/suche?ministerium[a]=x',
      '/suche?jahr=20x4',
      '/suche?seite=1&seite=2',
    ]) {
      const res = await request(app()).get(url);
      assert.equal(res.status, 400, url);
      assert.match(res.text, /<html lang="de">/);
      assert.doesNotMatch(res.text, /\bat \S+ \(/, 'no stack trace');
    }
    assert.deepEqual(search.methodCalls, [], 'the search service was not asked');
  });

  test('invalid dates: 400 with error summary, inline error, "Fehler: " title, form kept', async () => {
    search = fakeSearch();
    const res = await request(app()).get('/suche?q=Schule&von=2025&bis=2024');
    assert.equal(res.status, 400);
    assert.match(res.text, /<title>Fehler: „Schule“ – Pressearchiv<\/title>/);
    assert.match(res.text, /<h2 id="error-summary-title">Es gibt ein Problem<\/h2>/);
    assert.match(res.text, /<a href="#bis">„Bis“ muss gleich oder nach „Von“ liegen.<\/a>/);
    assert.match(res.text, /id="bis-error"/);
    assert.match(res.text, /aria-describedby="datum-hint bis-error"/);
    assert.match(res.text, /value="Schule"/);
  });

  test('a too long query is a form error at the search field', async () => {
    search = fakeSearch();
    const res = await request(app()).get(`/suche?q=${'a'.repeat(600)}`);
    assert.equal(res.status, 400);
    assert.match(res.text, /<a href="#q">Suchbegriff zu lang/);
    assert.match(res.text, /aria-describedby="q-hint q-error"/);
  });

  test('invalid percent-encoding never causes a 5xx', async () => {
    search = fakeSearch({ releases: [RELEASE] });
    const q = await request(app()).get('/suche?q=%E0%A4%A');
    assert.ok(q.status < 500, `query: ${q.status}`);
    const p = await request(app()).get('/mitteilung/%E0%A4%A');
    assert.equal(p.status, 400);
    const api = await request(app()).get('/api/mitteilungen/%ZZ');
    assert.ok(api.status === 400 || api.status === 404);
  });

  test('release ids are validated before any lookup; unknown ids are 404', async () => {
    search = fakeSearch({ releases: [RELEASE] });
    for (const id of ['UPPER', '..%2F..%2Fetc', 'a%20b', '-x']) {
      const res = await request(app()).get(`/mitteilung/${id}`);
      assert.equal(res.status, 404, id);
    }
    assert.equal(search.calls.length, 0);
    const unknown = await request(app()).get('/mitteilung/gibt-es-nicht');
    assert.equal(unknown.status, 404);
    assert.match(unknown.text, /Eine Mitteilung mit dieser Kennung gibt es im Archiv nicht/);
  });

  test('API errors are JSON in German', async () => {
    search = fakeSearch();
    const bad = await request(app()).get('/api/suche?seite=0');
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body, { error: '„seite“ muss eine ganze Zahl von 1 bis 100000 sein.' });
    const date = await request(app()).get('/api/suche?von=morgen');
    assert.equal(date.status, 400);
    assert.match(date.body.error, /„Von“ muss ein Datum sein/);
    const perPage = await request(app()).get('/api/suche?proSeite=500');
    assert.equal(perPage.status, 400);
    const missing = await request(app()).get('/api/mitteilungen/gibt-es-nicht');
    assert.equal(missing.status, 404);
    assert.equal(typeof missing.body.error, 'string');
  });

  test('Meilisearch down: 503 German page, JSON 503 for the API, /health 503', async () => {
    search = fakeSearch();
    search.down = true;
    const page = await request(app()).get('/suche?q=x');
    assert.equal(page.status, 503);
    assert.match(page.text, /Die Suche ist gerade nicht erreichbar/);
    assert.equal((await request(app()).get('/')).status, 503);
    assert.equal((await request(app()).get('/mitteilung/abc')).status, 503);
    const api = await request(app()).get('/api/suche?q=x');
    assert.equal(api.status, 503);
    assert.match(api.body.error, /nicht erreichbar/);
    assert.equal((await request(app()).get('/health')).status, 503);
  });

  test('preferred original: PDF as attachment with a safe name, right type and length', async () => {
    search = fakeSearch({ releases: [RELEASE] });
    const res = await request(app()).get(`/mitteilung/${RELEASE.id}/original`).buffer(true);
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(
      res.headers['content-disposition'],
      `attachment; filename="Medieninformation_Agenda_.pdf"; filename*=UTF-8''Medieninformation%20%E2%80%9EAgenda%E2%80%9C.pdf`,
    );
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['content-length'], '8');
    assert.equal(Buffer.from(res.body as Buffer).toString(), '%PDF-1.4');
  });

  test('a saved HTML page is only ever a download: attachment, nosniff, sandbox CSP', async () => {
    search = fakeSearch({ releases: [RELEASE] });
    const res = await request(app()).get(`/mitteilung/${RELEASE.id}/original/${HTML_SHA}`).buffer(true);
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type']!, /^text\/html/);
    assert.match(res.headers['content-disposition']!, /^attachment; filename="seite.html"/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.match(res.headers['content-security-policy']!, /sandbox/);
  });

  test('originals: only the release’s own sources; a missing file is 404', async () => {
    search = fakeSearch({ releases: [RELEASE, NO_FILE] });
    assert.equal((await request(app()).get(`/mitteilung/${RELEASE.id}/original/${MISSING_SHA}`)).status, 404);
    assert.equal((await request(app()).get(`/mitteilung/${RELEASE.id}/original/not-a-sha`)).status, 404);
    assert.equal((await request(app()).get(`/mitteilung/${NO_FILE.id}/original`)).status, 404);
    assert.equal(
      (await request(app()).get(`/mitteilung/${NO_FILE.id}/original/${PDF_SHA}`)).status,
      404,
      'other release’s file',
    );
    assert.equal((await request(app()).get(`/mitteilung/gibt-es-nicht/original`)).status, 404);
  });

  test('BASE_PATH: routes and every link live under the sub-path', async () => {
    search = fakeSearch({
      releases: [RELEASE],
      hits: [RELEASE],
      total: 1,
      facetDistribution: { ministryShort: { SMWK: 1 } },
    });
    const site = app({ BASE_PATH: '/archiv' });
    for (const url of [
      '/archiv/',
      '/archiv/suche?q=x',
      `/archiv/mitteilung/${RELEASE.id}`,
      '/archiv/suchhilfe',
      '/archiv/suche',
    ]) {
      const res = await request(site).get(url);
      assert.equal(res.status, 200, url);
      const links = [...res.text.matchAll(/(?:href|action)="([^"#]*)"/g)].map((m) => m[1]!);
      for (const link of links.filter((l) => l.startsWith('/')))
        assert.ok(link.startsWith('/archiv/'), `${url}: ${link}`);
    }
    assert.equal((await request(site).get('/suche')).status, 404);
    const api = await request(site).get('/archiv/api/suche?q=x');
    assert.equal(api.body.hits[0].url, `/archiv/mitteilung/${RELEASE.id}`);
  });

  test('API JSON escapes markup characters', async () => {
    const hostile = fakeRelease('hostile', { title: '<script>alert(1)</script>' });
    search = fakeSearch({ releases: [hostile] });
    const res = await request(app()).get('/api/mitteilungen/hostile');
    assert.equal(res.status, 200);
    assert.match(res.text, /\\u003cscript\\u003e/);
    assert.equal(res.body.title, '<script>alert(1)</script>');
    assert.equal(res.headers['access-control-allow-origin'], '*');
  });
});
