/**
 * Hostile files: HTML releases whose title, body, meta tags and file name carry script, event
 * handlers, javascript: links, CSS and entity tricks, and a PDF whose text and metadata carry the
 * same. Ingested, then searched, listed, shown, served by the API and downloaded: the payload
 * appears only as escaped text, and an original HTML file is only ever an attachment.
 */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import { applyIndexSettings } from '../../src/archive/index-settings.js';
import type { Release } from '../../src/archive/release.js';
import { ensureSearchKey } from '../../src/archive/search-key.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createApp } from '../../src/web/app.js';
import { createSearchService } from '../../src/web/search-service.js';
import { runIngest } from '../../ingest/run/ingest-run.js';
import { ArchiveState } from '../../ingest/store/archive-state.js';
import { renderReleasePdf } from '../support/samples/render-release.js';
import { startTestMeili, type TestMeili } from '../helpers/test-meili.js';
import { tempDir } from '../helpers/temp-dir.js';

const INDEX = 'feindlich';
const FORBIDDEN = [
  /<script>alert/i,
  /<img src=x onerror/i,
  /onclick="alert/i,
  /href="javascript:/i,
  /<style>body/i,
  /<svg onload/i,
];

const HOSTILE_HTML = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Sturmwarnung &lt;script&gt;alert(1)&lt;/script&gt; für das Erzgebirge</title>
<meta name="date" content="2025-03-04">
<meta property="og:title" content="Sturmwarnung &quot;&gt;&lt;img src=x onerror=alert(2)&gt; für das Erzgebirge">
<meta name="description" content="&lt;svg onload=alert(3)&gt;">
<style>body{background:url("javascript:alert(4)")}</style>
<script>alert(5)</script>
</head><body><main>
<h1>Sturmwarnung &lt;script&gt;alert(1)&lt;/script&gt; für das Erzgebirge<img src=x onerror=alert(6)></h1>
<p>Dresden, 4. März 2025</p>
<p onclick="alert(7)">Das Sächsische Staatsministerium des Innern warnt vor Orkanböen im Erzgebirge. &lt;img src=x onerror=alert(8)&gt; Bürgerinnen und Bürger sollen Wälder meiden.</p>
<p>Weitere Hinweise unter <a href="javascript:alert(9)">diesem Link</a> und <a href="JaVaScRiPt:alert(10)">jenem</a>.</p>
<p style="background:url(javascript:alert(11))">&#60;script&#62;alert(12)&#60;/script&#62; Die Polizei ist mit zusätzlichen Kräften im Einsatz.</p>
<script>document.write('<img src=x onerror=alert(13)>')</script>
</main></body></html>`;

describe('hostile files', { timeout: 180_000 }, () => {
  let meili: TestMeili;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let app: Express;
  let ids: string[];

  before(async () => {
    meili = await startTestMeili();
    dir = await tempDir();
    const inbox = path.join(dir.path, 'eingang');
    await mkdir(inbox, { recursive: true });
    await writeFile(path.join(inbox, '"><img src=x onerror=alert(14)>.html'), HOSTILE_HTML);
    const pdf = await renderReleasePdf({
      key: 'feindlich-pdf',
      sender: 'Sächsisches Staatsministerium der Finanzen',
      senderShort: 'SMF',
      date: '2025-05-06',
      title: 'Haushalt <script>alert("pdf")</script> beschlossen',
      subtitle: '"><img src=x onerror=alert(15)>',
      contact: { name: 'Mareike Sommer', phone: '+49 351 564 40000', email: 'presse@smf.sachsen.de' },
      body: [
        'Das Kabinett hat den Haushalt beschlossen. <a href="javascript:alert(16)">Mehr</a> <svg onload=alert(17)>',
        'Die Ausgaben steigen um drei Prozent. <style>body{display:none}</style>',
      ],
      formats: ['pdf'],
      topics: ['Finanzen'],
    });
    await writeFile(path.join(inbox, '<script>alert(18)<\\script>.pdf'), pdf);
    await applyIndexSettings(meili.admin, INDEX);
    const report = await runIngest({ client: meili.admin, index: INDEX }, await ArchiveState.load(dir.path, INDEX), {
      inputs: [inbox],
      cwd: dir.path,
      dataDir: dir.path,
      maxFileBytes: 50 * 1048576,
      concurrency: 2,
    });
    assert.equal(report.summary.failed, 0, JSON.stringify(report.files));
    ids = report.files.map((f) => f.id!);
    const searchKey = await ensureSearchKey(meili.admin, INDEX);
    app = createApp({
      config: loadConfig({ DATA_DIR: dir.path, MEILI_INDEX: INDEX }),
      search: createSearchService({ host: meili.url, apiKey: searchKey, index: INDEX }),
      log: createLogger('silent', 'test'),
    });
  });
  after(async () => {
    await meili.stop();
    await dir.remove();
  });

  const clean = (label: string, html: string): void => {
    for (const bad of FORBIDDEN) assert.doesNotMatch(html, bad, `${label}: ${bad}`);
  };

  test('the payload is stored as text: script and style contents are dropped, entity text kept as text', async () => {
    const docs = await Promise.all(ids.map((id) => meili.admin.index(INDEX).getDocument<Release>(id)));
    const html = docs.find((d) => d.sources[0]!.type === 'html')!;
    assert.match(html.title, /^Sturmwarnung <script>alert\(1\)<\/script> für das Erzgebirge$/);
    const text = JSON.stringify(html);
    assert.doesNotMatch(text, /alert\(5\)|alert\(13\)|background:url/, 'script and style elements are not text');
    const pdf = docs.find((d) => d.sources[0]!.type === 'pdf')!;
    assert.match(pdf.title, /<script>alert\("pdf"\)<\/script>/);
  });

  test('searched, listed, shown: only escaped', async () => {
    for (const url of [
      '/',
      '/suche',
      '/suche?q=Sturmwarnung',
      '/suche?q=script',
      '/suche?q=Haushalt',
      '/suche?q=onerror',
    ]) {
      const res = await request(app).get(url);
      assert.equal(res.status, 200, url);
      clean(url, res.text);
    }
    const list = await request(app).get('/suche?q=Sturmwarnung');
    assert.match(list.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/, 'the title is shown, escaped');
    for (const id of ids) {
      const page = await request(app).get(`/mitteilung/${id}`);
      assert.equal(page.status, 200);
      clean(id, page.text);
      assert.match(page.text, /&lt;script&gt;/);
    }
  });

  test('served by the API as JSON with markup characters escaped', async () => {
    for (const url of ['/api/suche?q=Sturmwarnung', `/api/mitteilungen/${ids[0]}`, `/api/mitteilungen/${ids[1]}`]) {
      const res = await request(app).get(url);
      assert.equal(res.status, 200, url);
      assert.match(String(res.headers['content-type']), /application\/json/);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.doesNotMatch(res.text, /<script|<img|<svg/i, `${url}: < is escaped in JSON`);
    }
  });

  test('downloaded only as attachments with a sanitised file name', async () => {
    for (const id of ids) {
      const res = await request(app).get(`/mitteilung/${id}/original`).buffer(true);
      assert.equal(res.status, 200);
      const disposition = String(res.headers['content-disposition']);
      assert.match(disposition, /^attachment;/);
      const ascii = /filename="([^"]*)"/.exec(disposition)?.[1];
      assert.ok(ascii, `an ASCII file name: ${disposition}`);
      assert.match(ascii, /^[\w.() -]+$/, `ASCII file name is sanitised: ${disposition}`);
      assert.doesNotMatch(disposition, /[\r\n]/);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      if (/html/.test(String(res.headers['content-type'])))
        assert.match(String(res.headers['content-security-policy']), /sandbox/);
    }
  });
});
