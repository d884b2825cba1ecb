/**
 * Uploads through the archivists' surface, with a real Meilisearch and the real admin app (its own
 * limited key): a mixed batch — a good PDF, a good HTML page, one release as PDF and HTML, a corrupt
 * PDF, a Word document, a ZIP with a name that climbs out and a CP437 name, a file over
 * UPLOAD_MAX_MB — gives the right report per file (German reasons) and the right search results;
 * the journal keys uploads by content and keeps their names for display; a corrected version joins
 * its release by identity whatever its name, another release under a known name does not; the run
 * is listed on the page and by `npm run ingest -- --runs`; each upload is one audit line; a form
 * without files or without its token is refused and nothing is kept of it.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { addAccount } from '../../src/admin/accounts/account-commands.js';
import { createAdminApp } from '../../src/admin/admin-app.js';
import { openAdminStorage, type AdminStorage } from '../../src/admin/admin-storage.js';
import { readAudit } from '../../src/admin/audit/audit-log.js';
import { UploadJobs } from '../../src/admin/upload/upload-jobs.js';
import { ArchiveState } from '../../ingest/store/archive-state.js';
import { ensureAdminKey } from '../../src/archive/admin-key.js';
import { applyArchiveSettings, archiveIndexNames } from '../../src/archive/archive-indexes.js';
import { createMeiliClient } from '../../src/archive/meili-client.js';
import type { Release } from '../../src/archive/release.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { AdminClient, formError, reportRows } from '../helpers/admin-client.js';
import { fixturePath } from '../helpers/fixture-files.js';
import { runIngestCli } from '../helpers/ingest-cli.js';
import { meiliAndTempDir } from '../helpers/test-meili.js';
import {
  checkMixedReport,
  GOOD_HTML_FIXTURE,
  MIXED_BATCH_MAX_MB,
  MIXED_BATCH_WORDS,
  mixedBatch,
} from '../helpers/upload-batch.js';

const INDEX = 'hochladen';
const ADMIN = '/verwaltung';
const PASSWORD = 'richtig-langes-passwort';

describe('uploads in the browser', { timeout: 300_000 }, () => {
  const setup = meiliAndTempDir();
  let server: Server;
  let origin: string;
  let storage: AdminStorage;
  let jobs: UploadJobs;
  let env: Record<string, string>;
  const anna = async (): Promise<AdminClient> => {
    const c = new AdminClient(origin);
    assert.equal((await c.signIn(ADMIN, 'anna', PASSWORD)).status, 303);
    return c;
  };
  /** Uploads `files`, waits for the job and returns its page's report rows. */
  const upload = async (files: Array<{ name: string; data: Buffer | string }>) => {
    const c = await anna();
    const token = AdminClient.token((await c.get(`${ADMIN}/hochladen`)).text);
    const sent = await c.postFiles(`${ADMIN}/hochladen`, { _csrf: token }, files);
    assert.equal(sent.status, 303, sent.text.slice(0, 500));
    assert.match(sent.location!, /^\/verwaltung\/laeufe\/[0-9a-f]{16}$/);
    await jobs.idle();
    const page = await c.get(sent.location!);
    assert.equal(page.status, 200);
    assert.match(page.text, /Fertig\./);
    return { rows: reportRows(page.text), page: page.text };
  };
  const hits = async (q: string) =>
    (await setup.meili.admin.index(INDEX).search<Release>(q, { limit: 20 })).hits.map((hit) => hit.id);
  const fixture = (name: string) => readFile(fixturePath(name));

  before(async () => {
    const dir = setup.dir.path;
    env = { MEILI_HOST: setup.meili.url, MEILI_MASTER_KEY: setup.meili.masterKey, MEILI_INDEX: INDEX, DATA_DIR: dir };
    await applyArchiveSettings(setup.meili.admin, archiveIndexNames(INDEX));
    const config = loadConfig({
      DATA_DIR: dir,
      MEILI_INDEX: INDEX,
      LOG_LEVEL: 'silent',
      UPLOAD_MAX_MB: MIXED_BATCH_MAX_MB,
    });
    storage = await openAdminStorage(dir, Date.now);
    const meili = createMeiliClient({ host: setup.meili.url, apiKey: await ensureAdminKey(setup.meili.admin, INDEX) });
    const log = createLogger('silent', 'test');
    jobs = new UploadJobs(config, meili, storage.files.audit, log);
    server = createAdminApp({ config, meili, storage, jobs, log }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await addAccount({ files: storage.files, actor: 'cli:test' }, 'anna', PASSWORD);
  });
  after(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  test('a form without files, or without its token, is refused and nothing is kept', async () => {
    const c = await anna();
    const token = AdminClient.token((await c.get(`${ADMIN}/hochladen`)).text);
    const empty = await c.postFiles(`${ADMIN}/hochladen`, { _csrf: token }, []);
    assert.equal(empty.status, 400);
    assert.equal(formError(empty.text), 'Wählen Sie mindestens eine Datei aus.');
    const pdf = await fixture('good/smk-2025-03-14-ganztag-3-seiten.pdf');
    const forged = await c.postFiles(`${ADMIN}/hochladen`, { _csrf: 'falsch' }, [{ name: 'a.pdf', data: pdf }]);
    assert.equal(forged.status, 403);
    assert.deepEqual(await readdir(path.join(setup.dir.path, 'uploads')), [], 'no staged files, no job');
    assert.deepEqual(await hits(''), []);
  });

  test('a mixed batch: the right line per file, in German, and the right releases in the index', async () => {
    const { rows } = await upload(await mixedBatch());
    const { byFile, ids } = checkMixedReport(rows);
    assert.deepEqual((await hits('')).sort(), ids, 'the four releases and nothing else');
    for (const { q, file } of MIXED_BATCH_WORDS) assert.deepEqual(await hits(q), file ? [byFile.get(file)!.id] : [], q);

    const state = await ArchiveState.load(setup.dir.path, INDEX);
    const sources = state.byId.get(byFile.get('hightech.pdf')!.id)!.sources;
    assert.deepEqual(sources.map((s) => s.filename).sort(), ['hightech.html', 'hightech.pdf']);
    for (const source of sources) assert.equal(source.path, `upload:${source.sha256}/${source.filename}`);
    assert.deepEqual(
      await readdir(path.join(setup.dir.path, 'uploads')).then((n) => n.filter((x) => !x.endsWith('.json'))),
      [],
    );
  });

  test('a corrected version joins its release whatever its name; a known name does not make another release join', async () => {
    const html = (await fixture(GOOD_HTML_FIXTURE)).toString('utf8');
    const corrected = html.replace('</p>', ' Nachtrag der Redaktion.</p>');
    assert.notEqual(corrected, html);
    const { rows } = await upload([
      { name: 'anders-benannt.html', data: corrected },
      { name: 'Ganztag.pdf', data: await fixture('good/smk-2025-03-14-ganztag-3-seiten.pdf') },
      { name: 'Stadtbäume.html', data: await fixture('good/smk-2026-05-20-tabelle-links.html') },
    ]);
    const [changed, same, other] = rows;
    assert.equal(changed!.status, 'aktualisiert');
    assert.equal(same!.status, 'unverändert', 'the same bytes under their old name');
    assert.equal(other!.status, 'neu', 'another release under a name the archive knows is a release of its own');
    assert.deepEqual(await hits('Nachtrag Redaktion'), [changed!.id]);
    const entry = (await ArchiveState.load(setup.dir.path, INDEX)).byId.get(changed!.id)!;
    assert.deepEqual(
      entry.sources.map((source) => source.filename),
      ['anders-benannt.html'],
      'the corrected upload replaced the earlier one',
    );
    assert.equal((await hits('')).length, 5);
  });

  test('the runs are listed on the page and on the command line; each upload is one audit line', async () => {
    const c = await anna();
    const page = await c.get(`${ADMIN}/laeufe`);
    assert.equal(page.status, 200);
    assert.equal((page.text.match(/<td>Hochgeladen<\/td>/g) ?? []).length, 2);
    assert.match(page.text, /1 neu, 1 aktualisiert, 1 unverändert, 0 fehlgeschlagen/);
    const cli = await runIngestCli(['--runs'], env);
    assert.equal(cli.code, 0, cli.stderr);
    assert.match(cli.stdout, /upload {2}anna {2}1 new, 1 updated, 1 unchanged, 0 failed/);
    assert.match(cli.stdout, /upload {2}anna {2}5 new, 0 updated, 0 unchanged, 4 failed/);
    const audit = (await readAudit(storage.files.audit)).entries.filter((e) => e.action === 'files-uploaded');
    assert.equal(audit.length, 2);
    assert.match(audit[0]!.detail!, /^8 Datei\(en\): Ganztag\.pdf, Stadtbäume\.html/);
    assert.equal((await c.get(`${ADMIN}/laeufe/0123456789abcdef`)).status, 404);
  });
});
