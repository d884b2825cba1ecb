/**
 * The structured body through `npm run ingest`, a real Meilisearch and the web app: the HTML
 * fixture's table (caption, header cells with scope, in its scrolling region), its safe links and
 * none of its hostile ones; the PDF fixture's link annotations; an office-made PDF's footnotes; a tagged PDF's alternative text; the API with `body` and
 * `structuredBody`; a record written before the structured body existed still shows its text.
 */
import assert from 'node:assert/strict';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import type { Release } from '../../src/archive/release.js';
import { toSearchDocument } from '../../src/archive/search-document.js';
import { ensureSearchKey } from '../../src/archive/search-key.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createApp } from '../../src/web/app.js';
import { createSearchService } from '../../src/web/search-service.js';
import { fixturePath } from '../helpers/fixture-files.js';
import { FOOTNOTE_RELEASE, footnoteRelease } from '../support/office/office-footnotes.js';
import { TAGGED_RELEASE, taggedRelease } from '../support/office/office-tagged.js';
import { runIngestCli } from '../helpers/ingest-cli.js';
import { startTestMeili, type TestMeili } from '../helpers/test-meili.js';
import { tempDir } from '../helpers/temp-dir.js';

const INDEX = 'struktur';
const FILES = ['good/smk-2026-05-20-tabelle-links.html', 'good/smk-2026-05-21-links.pdf'];

describe('structured body: ingest → index → page and API', { timeout: 300_000 }, () => {
  let meili: TestMeili;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let app: Express;
  const ids = new Map<string, string>();

  before(async () => {
    meili = await startTestMeili();
    dir = await tempDir();
    await mkdir(path.join(dir.path, 'eingang'));
    for (const file of FILES) await copyFile(fixturePath(file), path.join(dir.path, 'eingang', path.basename(file)));
    await writeFile(path.join(dir.path, 'eingang', FOOTNOTE_RELEASE.name), await footnoteRelease());
    await writeFile(path.join(dir.path, 'eingang', TAGGED_RELEASE.name), await taggedRelease());
    const env = {
      MEILI_HOST: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      MEILI_INDEX: INDEX,
      DATA_DIR: path.join(dir.path, 'data'),
    };
    const run = await runIngestCli(['--json', 'eingang'], env, dir.path);
    assert.equal(run.code, 0, run.stderr);
    for (const line of (JSON.parse(run.stdout) as { files: Array<{ file: string; id: string }> }).files)
      ids.set(path.basename(line.file), line.id);
    app = createApp({
      config: loadConfig({ DATA_DIR: env.DATA_DIR, MEILI_INDEX: INDEX }),
      search: createSearchService({ host: meili.url, apiKey: await ensureSearchKey(meili.admin, INDEX), index: INDEX }),
      log: createLogger('silent', 'test'),
    });
  });
  after(async () => {
    await meili?.stop();
    await dir?.remove();
  });

  test('the HTML release: a real table in a labelled region, safe links with rel, no hostile target', async () => {
    const res = await request(app).get(`/mitteilung/${ids.get('smk-2026-05-20-tabelle-links.html')}`);
    assert.equal(res.status, 200);
    const html = res.text;
    assert.match(html, /<div class="table-scroll" role="region" tabindex="0" aria-labelledby="tabelle-1">/);
    assert.match(html, /<caption id="tabelle-1">Ganztagsangebote an Grundschulen 2026\/27<\/caption>/);
    assert.match(html, /<th scope="col">Landkreis<\/th>/);
    assert.match(html, /<tr><th scope="row">Meißen<\/th><td>41<\/td><td>1\.230\.000<\/td><td>87 Prozent<\/td><\/tr>/);
    assert.match(html, /<h2>Angebote nach Landkreis<\/h2>/);
    assert.match(
      html,
      /<a href="https:\/\/www\.example\.org\/formulare\/ganztag-antrag\.pdf" rel="noopener noreferrer nofollow">hier<\/a> <span class="link-address">\(www\.example\.org\/formulare\/ganztag-antrag\.pdf\)<\/span>/,
    );
    assert.match(
      html,
      /<a href="https:\/\/www\.example\.org\/ganztag" rel="noopener noreferrer nofollow">www\.example\.org\/ganztag<\/a>\./,
    );
    assert.match(html, /<li>Fragen an <a href="mailto:ganztag@example\.org" rel="noopener noreferrer nofollow">/);
    assert.match(html, /Falle 1, Falle 2/);
    for (const hostile of ['javascript', 'vbscript', 'data:text', 'evil.example', 'file:', '&#106;', 'alert('])
      assert.ok(!html.toLowerCase().includes(hostile), `the page holds ${hostile}`);
  });

  test('the HTML release: the footnote mark links to its note, named „Fußnote 1“, and the note back to it', async () => {
    const res = await request(app).get(`/mitteilung/${ids.get('smk-2026-05-20-tabelle-links.html')}`);
    const html = res.text;
    assert.match(
      html,
      /vorgelegt\.<a class="footnote-mark" href="#fussnote-1" id="fussnote-1-text"><span class="visually-hidden">Fußnote 1<\/span><span aria-hidden="true">¹<\/span><\/a> Das/,
    );
    assert.match(
      html,
      /<li id="fussnote-1">Quelle: Schulstatistik des Ministeriums, Stand Mai 2026\. <a class="footnote-back" href="#fussnote-1-text">zurück zum Text<span class="visually-hidden"> \(Fußnote 1\)<\/span><\/a><\/li>/,
    );
  });

  test('the office-made PDF: raised marks link to the notes at the page foot, and the notes back', async () => {
    const html = (await request(app).get(`/mitteilung/${ids.get(FOOTNOTE_RELEASE.name)}`)).text;
    assert.match(
      html,
      /im Freistaat\.<a class="footnote-mark" href="#fussnote-1" id="fussnote-1-text"><span class="visually-hidden">Fußnote 1<\/span><span aria-hidden="true">¹<\/span><\/a> Das sind/,
    );
    assert.match(html, /neuer Fläche\.<a class="footnote-mark" href="#fussnote-2" id="fussnote-2-text">/);
    assert.match(
      html,
      /<li id="fussnote-2">Ohne Förderschulen; Zahlen gerundet\. <a class="footnote-back" href="#fussnote-2-text">zurück zum Text/,
    );
    assert.match(html, /8\.000 m² neuer Fläche/);
  });

  test('the tagged PDF: its figure’s alternative text as „Bild: …“ text where the figure stands', async () => {
    const html = (await request(app).get(`/mitteilung/${ids.get(TAGGED_RELEASE.name)}`)).text;
    assert.match(html, new RegExp(`nicht\\.</p>\\s*<p>Bild: ${TAGGED_RELEASE.alt.replace(/\./g, '\\.')}</p>`));
  });

  test('the HTML release: the image as „Bild: …“ text, the English quotation with lang="en"', async () => {
    const html = (await request(app).get(`/mitteilung/${ids.get('smk-2026-05-20-tabelle-links.html')}`)).text;
    assert.match(html, /<p>Bild: Kinder einer Grundschule beim Gärtnern im Schulgarten – Ganztag in Meißen: /);
    assert.match(
      html,
      /Programm: „<span lang="en">Every child gets the same chance to learn and to play after school\.<\/span>“ Sie besucht/,
    );
    assert.match(html, /<h1>Ganztagsangebote: Zahlen zum Schuljahr 2026\/27<\/h1>/);
  });

  test('the PDF release: link annotations as links, javascript: and data: dropped', async () => {
    const res = await request(app).get(`/mitteilung/${ids.get('smk-2026-05-21-links.pdf')}`);
    assert.equal(res.status, 200);
    assert.match(
      res.text,
      /im <a href="https:\/\/www\.example\.org\/foerderportal" rel="noopener noreferrer nofollow">Förderportal<\/a> <span class="link-address">\(www\.example\.org\/foerderportal\)<\/span>\./,
    );
    assert.match(
      res.text,
      /<a href="mailto:ganztag@example\.org" rel="noopener noreferrer nofollow">ganztag@example\.org<\/a> gern/,
    );
    assert.ok(!/javascript|data:text/i.test(res.text));
  });

  test('the API: body as plain paragraphs, structuredBody beside it', async () => {
    const res = await request(app).get(`/api/mitteilungen/${ids.get('smk-2026-05-20-tabelle-links.html')}`);
    assert.equal(res.status, 200);
    const record = res.body as Release;
    assert.ok(record.body.every((p) => typeof p === 'string'));
    assert.ok(
      record.body.includes('Landkreis | Schulen mit Ganztagsangebot | Bewilligte Mittel in Euro | Anteil der Schulen'),
    );
    assert.deepEqual(
      record.structuredBody?.map((n) => n.type),
      ['paragraph', 'paragraph', 'heading', 'paragraph', 'table', 'paragraph', 'heading', 'list', 'paragraph'],
    );
  });

  test('a record without a structured body (ingested before) still shows its paragraphs, no made-up heading', async () => {
    const old: Release = {
      id: '2019-03-01-alter-eintrag',
      title: 'Ein Eintrag von früher',
      date: '2019-03-01',
      dateNum: 17_956,
      year: 2019,
      ministry: 'Sächsisches Staatsministerium für Kultus',
      ministryShort: 'SMK',
      topics: ['Bildung'],
      contact: {},
      summary: 'Der erste Absatz.',
      body: ['Der erste Absatz.', 'Hintergrund', '• ein Punkt', 'Der letzte Absatz.'],
      sources: [],
      sample: false,
      ingestedAt: '2019-03-01T10:00:00.000Z',
    };
    const task = await meili.admin
      .index(INDEX)
      .addDocuments([toSearchDocument(old)])
      .waitTask();
    assert.equal(task.status, 'succeeded');
    const res = await request(app).get(`/mitteilung/${old.id}`);
    assert.equal(res.status, 200);
    assert.match(
      res.text,
      /<p>Der erste Absatz\.<\/p>\s*<p>Hintergrund<\/p>\s*<ul><li>ein Punkt<\/li><\/ul>\s*<p>Der letzte Absatz\.<\/p>/,
    );
  });
});
