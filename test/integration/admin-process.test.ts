/**
 * The archivists' work end to end through the real processes: one `npm start` (bundled Meilisearch,
 * public web server, admin process on ADMIN_PORT) with an account made by `npm run user` (and given
 * the right to delete). Over HTTP only, as a browser: every session route of the route table refuses
 * without a session; sign in with the form's CSRF token; upload issue 16's mixed batch
 * (test/helpers/upload-batch.ts: good PDF and HTML, one release as both, a corrupt PDF, a .docx, a
 * ZIP with a name that climbs out, a file over UPLOAD_MAX_MB) while another writer holds the
 * archive (the job page says so, with a link to reload, no automatic refresh) and reload the job
 * page until it is done (the report per file in German; the public server finds the good ones and
 * nothing else); correct date and sender (release page and API show them, also after
 * an upload of a changed version and `npm run ingest -- --rebuild` beside the running archive); withdraw (gone
 * from the public search; page, original and API 410; the original kept in DATA_DIR), restore (200), delete for legal reasons (404, the original gone from DATA_DIR); sign out. The
 * audit log holds one line per action. Kept to one server start and few files (CI time).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { readAudit } from '../../src/admin/audit/audit-log.js';
import { inputOf } from '../../src/admin/correction-form.js';
import { freePort } from '../../src/archive/meili-process.js';
import { originalPath } from '../../src/archive/originals.js';
import { acquireWriterLock } from '../../src/archive/writer-lock.js';
import type { Release } from '../../src/archive/release.js';
import type { IngestReport } from '../../ingest/run/ingest-report.js';
import { SEARCH_CACHE_CHECK_MS } from '../../src/web/app.js';
import { AdminClient, sessionRouteProblems } from '../helpers/admin-client.js';
import { runArchive, type ArchiveProcess } from '../helpers/archive-process.js';
import { fixturePath } from '../helpers/fixture-files.js';
import { runIngestCli } from '../helpers/ingest-cli.js';
import { runEntry } from '../helpers/run-entry.js';
import { tempDir } from '../helpers/temp-dir.js';
import {
  checkMixedReport,
  GOOD_HTML_FIXTURE,
  MIXED_BATCH_MAX_MB,
  MIXED_BATCH_WORDS,
  mixedBatch,
} from '../helpers/upload-batch.js';

const ADMIN = '/verwaltung';
const PASSWORD = 'ein-sehr-langes-passwort';
const REASON = 'Das Datum stand falsch im Kopf der Datei; Absender ist das Wissenschaftsministerium.';

describe('the archivists’ work through npm start and the admin process', { timeout: 300_000 }, () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let archive: ArchiveProcess;
  let stopping = false;
  let browser: AdminClient;
  let site: string;
  let html: Buffer;
  let id: string;
  const get = (url: string) => fetch(`${site}${url}`);
  /** The ids the public JSON API's search finds for `query` (URL parameters). */
  const found = async (query: string): Promise<string[]> => {
    const res = await get(`/api/suche?${query}`);
    assert.equal(res.status, 200, query);
    return ((await res.json()) as { hits: Array<{ id: string }> }).hits.map((hit) => hit.id);
  };
  /**
   * Asks until the public search finds `expected` for `query`: the web server's search cache sees a
   * change of the index within SEARCH_CACHE_CHECK_MS, not at once.
   */
  const foundSoon = async (query: string, expected: string[], message: string): Promise<void> => {
    const until = Date.now() + 10 * SEARCH_CACHE_CHECK_MS;
    for (;;) {
      const ids = await found(query);
      if (isDeepStrictEqual(ids, expected) || Date.now() > until) return assert.deepEqual(ids, expected, message);
      await delay(100);
    }
  };
  const api = async (): Promise<Release> => {
    const res = await get(`/api/mitteilungen/${id}`);
    assert.equal(res.status, 200);
    return (await res.json()) as Release;
  };
  /** Posts a form of the admin surface with the token of the page at `formPage`. */
  const submit = async (formPage: string, action: string, form: Record<string, string | string[]>) => {
    const page = await browser.get(`${ADMIN}${formPage}`);
    assert.equal(page.status, 200, page.text.slice(0, 300));
    return browser.post(`${ADMIN}${action}`, { _csrf: AdminClient.token(page.text), ...form });
  };

  before(async () => {
    dir = await tempDir();
    const adminPort = await freePort();
    const env = {
      DATA_DIR: dir.path,
      LOAD_SAMPLES: '0',
      ADMIN_PORT: String(adminPort),
      UPLOAD_MAX_MB: MIXED_BATCH_MAX_MB,
    };
    const user = (...args: string[]) => runEntry('src/admin/cli/user-cli.ts', args, env, { input: `${PASSWORD}\n` });
    for (const args of [
      ['add', 'anna'],
      ['grant-delete', 'anna'],
    ]) {
      const made = await user(...args);
      assert.equal(made.code, 0, made.stderr);
    }
    archive = await runArchive(env);
    // A child that ends on its own (a crash under load) leaves its output in the test log; the tests
    // after it would only say „fetch failed“. On „close“, not „exit“: its output is then read to the
    // end (a crash's stack trace comes last).
    const started = archive;
    started.child.once('close', (code, signal) => {
      if (!stopping)
        process.stderr.write(`npm start ended early (${code ?? signal}); its output:\n${started.output()}\n`);
    });
    await archive.ready(90_000);
    await archive.ready(60_000, `http://127.0.0.1:${adminPort}${ADMIN}/anmelden`);
    site = `http://127.0.0.1:${archive.port}`;
    browser = new AdminClient(`http://127.0.0.1:${adminPort}`);
    html = await readFile(fixturePath(GOOD_HTML_FIXTURE));
  });
  after(async () => {
    stopping = true;
    await archive?.stop();
    await dir?.remove();
  });

  test('sign-in over HTTP: every session route refuses without a session; a wrong password and a forged token are refused, the right one signs in', async () => {
    assert.deepEqual(await sessionRouteProblems(browser.origin, ADMIN), []);
    assert.equal((await browser.signIn(ADMIN, 'anna', 'falsches-passwort')).status, 401);
    assert.equal((await browser.post(`${ADMIN}/anmelden`, { _csrf: 'gefälscht', name: 'anna' })).status, 403);
    const signedIn = await browser.signIn(ADMIN, 'anna', PASSWORD);
    assert.equal(signedIn.status, 303, signedIn.text);
    assert.equal((await browser.get(`${ADMIN}/`)).status, 200);
  });

  test('a mixed batch waits for another writer, then the job page reports each file; the public server finds the good ones only', async () => {
    // Another writer holds the archive: the job waits, its page says for whom, with a link to reload.
    const held = await acquireWriterLock(dir.path, 'Kommandozeile (Test)');
    let location: string;
    try {
      location = await browser.startUpload(ADMIN, await mixedBatch());
      const waiting = await browser.jobPage(location, (text) => text.includes('(Kommandozeile (Test))'), 30_000);
      assert.match(waiting, /Gerade schreibt ein anderer Vorgang ins Archiv \(Kommandozeile \(Test\)\)/);
      assert.match(waiting, /<a href="[^"]+">Seite neu laden, um den Stand zu sehen<\/a>/);
      assert.doesNotMatch(waiting, /http-equiv|<script/i, 'no automatic refresh');
    } finally {
      await held.release();
    }
    const { page, rows } = await browser.jobReport(location);
    assert.match(page, /Fertig\. 5 neu, 0 aktualisiert, 0 unverändert, 4 fehlgeschlagen\./);
    const { byFile, ids } = checkMixedReport(rows);
    id = byFile.get('Stadtbäume.html')!.id;
    assert.deepEqual((await found('proSeite=50')).sort(), ids, 'the four releases and nothing else');
    for (const { q, file } of MIXED_BATCH_WORDS)
      assert.deepEqual(await found(`q=${encodeURIComponent(q)}`), file ? [byFile.get(file)!.id] : [], q);
    for (const one of ids) assert.equal((await get(`/mitteilung/${one}`)).status, 200);
    // One release from two files: both are its originals, in the public record and for download.
    const both = await get(`/api/mitteilungen/${byFile.get('hightech.pdf')!.id}`);
    const { sources } = (await both.json()) as Release;
    assert.deepEqual(
      sources.map((source) => [source.type, source.filename]),
      [
        ['pdf', 'hightech.pdf'],
        ['html', 'hightech.html'],
      ],
    );
    for (const source of sources) {
      const original = await get(`/mitteilung/${byFile.get('hightech.pdf')!.id}/original/${source.sha256}`);
      assert.equal(original.status, 200, source.filename);
      assert.equal(
        createHash('sha256')
          .update(Buffer.from(await original.arrayBuffer()))
          .digest('hex'),
        source.sha256,
      );
    }
  });

  test('a corrected date and sender show on the public release page and in the API, and survive an upload of a changed version and a --rebuild', async () => {
    const extracted = await api();
    assert.deepEqual([extracted.date, extracted.ministryShort], ['2025-09-12', 'SMUL']);
    const saved = await submit(`/korrigieren?id=${id}`, '/korrigieren', {
      id,
      ...inputOf(extracted),
      date: '01.10.2025',
      sender: 'SMWK',
      reason: REASON,
    });
    assert.equal(saved.status, 303, saved.text.slice(0, 500));
    const check = async (when: string) => {
      const record = await api();
      assert.deepEqual([record.id, record.date, record.ministryShort], [id, '2025-10-01', 'SMWK'], when);
      assert.deepEqual(record.corrections?.[0]?.fields, ['date', 'sender'], when);
      const page = await (await get(`/mitteilung/${id}`)).text();
      assert.match(page, /Metadaten korrigiert am \d+\. \p{L}+ \d{4}:<\/strong> Datum, Behörde\. Grund:/u, when);
      assert.match(page, /<time datetime="2025-10-01">1\. Oktober 2025<\/time>/, when);
      assert.ok(!page.includes('12. September 2025'), `${when}: the old date is not shown`);
      return record;
    };
    await check('after the correction');

    // A changed version of the release, uploaded under another name, joins it: a re-ingest of a changed file.
    const changed = Buffer.from(html.toString('utf8').replace('leicht gesunken', 'deutlich gesunken'));
    assert.ok(!changed.equals(html));
    const { rows } = await browser.upload(ADMIN, [{ name: 'wolf-neu.html', data: changed }]);
    assert.deepEqual(
      rows.map((row) => [row.file, row.status, row.id]),
      [['wolf-neu.html', 'aktualisiert', id]],
    );
    html = changed;
    const reingested = await check('after a re-ingest of the changed file');
    assert.ok(reingested.body.join(' ').includes('deutlich gesunken'), 'the new text is in');

    const rebuilt = await runIngestCli(['--json', '--rebuild'], { DATA_DIR: dir.path });
    assert.equal(rebuilt.code, 0, rebuilt.stderr);
    assert.equal((JSON.parse(rebuilt.stdout) as IngestReport).rebuild?.swapped, true, rebuilt.stdout.slice(0, 500));
    await check('after --rebuild');
  });

  test('withdrawn: gone from the public search, 410 on the page, the original and in the API, the original kept; restored: 200 again, still corrected', async () => {
    const original = originalPath(dir.path, createHash('sha256').update(html).digest('hex'));
    const withdrawn = await submit('/zurueckziehen', '/zurueckziehen', { id, reason: 'Falsche Telefonnummer' });
    assert.equal(withdrawn.status, 303, withdrawn.text.slice(0, 500));
    const gone = await get(`/mitteilung/${id}`);
    assert.equal(gone.status, 410);
    assert.match(await gone.text(), /Falsche Telefonnummer/);
    assert.equal((await get(`/mitteilung/${id}/original`)).status, 410);
    assert.equal((await get(`/api/mitteilungen/${id}`)).status, 410);
    await foundSoon('q=Wolfsrudel', [], 'gone from the public search');
    assert.ok((await stat(original)).isFile(), 'its original stays in DATA_DIR');
    const restored = await submit('/zurueckgezogen', '/wiederherstellen', { id });
    assert.equal(restored.status, 303, restored.text.slice(0, 500));
    assert.equal((await get(`/mitteilung/${id}`)).status, 200);
    await foundSoon('q=Wolfsrudel', [id], 'found again');
    assert.equal((await api()).date, '2025-10-01');
  });

  test('deleted for legal reasons: 404, and the original is gone from DATA_DIR', async () => {
    const original = originalPath(dir.path, createHash('sha256').update(html).digest('hex'));
    assert.ok((await stat(original)).isFile(), 'kept while the release is in the archive');
    const deleted = await submit('/loeschen', '/loeschen', { id, reason: 'Az. 3 O 123/26', confirmed: 'ja' });
    assert.equal(deleted.status, 303, deleted.text.slice(0, 500));
    assert.equal((await get(`/mitteilung/${id}`)).status, 404);
    assert.equal((await get(`/api/mitteilungen/${id}`)).status, 404);
    await assert.rejects(stat(original), { code: 'ENOENT' });
  });

  test('after signing out, the audit log holds one line per action, in order', async () => {
    const token = AdminClient.token((await browser.get(`${ADMIN}/`)).text);
    assert.equal((await browser.post(`${ADMIN}/abmelden`, { _csrf: token })).status, 303);
    assert.equal((await browser.get(`${ADMIN}/`)).status, 303, 'signed out');
    const { entries } = await readAudit(path.join(dir.path, 'admin', 'audit.jsonl'));
    assert.deepEqual(
      entries.map((entry) => entry.action),
      [
        'account-added',
        'delete-right-granted',
        'sign-in-failed',
        'sign-in',
        'files-uploaded',
        'release-corrected',
        'files-uploaded',
        'release-withdrawn',
        'release-restored',
        'release-deleted',
        'sign-out',
      ],
    );
  });
});
