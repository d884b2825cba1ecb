/**
 * `npm start` runs the admin process beside the web server (under BASE_PATH too): each child holds
 * only its own key, the admin key cannot manage keys or touch other indexes, accounts made with
 * `npm run user` (password from stdin) sign in, disabling one on the command line ends its open
 * session, and `npm run audit` prints the lines.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { readLock } from '../../src/archive/data-lock.js';
import { createMeiliClient, waitForSuccess } from '../../src/archive/meili-client.js';
import { freePort } from '../../src/archive/meili-process.js';
import { isAlive } from '../../src/archive/process-util.js';
import { AdminClient } from '../helpers/admin-client.js';
import { runArchive, type ArchiveProcess } from '../helpers/archive-process.js';
import { childEnvironment } from '../helpers/child-environment.js';
import { runEntry } from '../helpers/run-entry.js';
import { tempDir } from '../helpers/temp-dir.js';

const INDEX = 'pressemitteilungen';
const ADMIN = '/archiv/verwaltung';
const PASSWORD = 'ein-sehr-langes-passwort';
const refused = (error: Error & { cause?: { code?: string } }): boolean =>
  /invalid_api_key|forbidden|403/i.test(`${error.cause?.code} ${error.message}`);

describe('npm start with the admin process', { timeout: 180_000 }, () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let archive: ArchiveProcess;
  let adminPort: number;
  let env: Record<string, string>;

  before(async () => {
    dir = await tempDir();
    adminPort = await freePort();
    env = { DATA_DIR: dir.path, LOAD_SAMPLES: '0', BASE_PATH: '/archiv', ADMIN_PORT: String(adminPort) };
    const added = await runEntry('src/admin/cli/user-cli.ts', ['add', 'Anna'], env, { input: `${PASSWORD}\n` });
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /Konto „anna“ angelegt/);
    archive = await runArchive(env);
    await archive.ready(60_000, `http://127.0.0.1:${adminPort}${ADMIN}/anmelden`);
  });
  after(async () => {
    await archive?.stop();
    await dir?.remove();
  });

  test('each child holds only its own key; the admin key cannot manage keys or touch other indexes', async () => {
    const pid = archive.child.pid!;
    const masterKey = (await readFile(path.join(dir.path, 'meili-master-key'), 'utf8')).trim();
    const web = await childEnvironment(pid, '/server.ts');
    const admin = await childEnvironment(pid, '/admin-server.ts');
    assert.equal(web.MEILI_MASTER_KEY, undefined);
    assert.equal(web.MEILI_ADMIN_KEY, undefined);
    assert.ok(admin.MEILI_ADMIN_KEY && admin.MEILI_ADMIN_KEY !== masterKey);
    assert.equal(admin.MEILI_MASTER_KEY, undefined);
    assert.equal(admin.MEILI_SEARCH_KEY, undefined);
    for (const value of Object.values(web)) assert.ok(value !== masterKey && value !== admin.MEILI_ADMIN_KEY);
    for (const value of Object.values(admin)) assert.ok(value !== masterKey && value !== web.MEILI_SEARCH_KEY);

    const host = `http://127.0.0.1:${(await readLock(dir.path))!.port}`;
    const master = createMeiliClient({ host, apiKey: masterKey });
    const adminKey = createMeiliClient({ host, apiKey: admin.MEILI_ADMIN_KEY });
    const webKey = createMeiliClient({ host, apiKey: web.MEILI_SEARCH_KEY! });
    await assert.rejects(
      webKey.index(INDEX).addDocuments([{ id: 'x', title: 'y' }]),
      refused,
      'the web key cannot write',
    );

    // What its actions need: write, read and delete documents of the archive's indexes, follow the tasks.
    for (const uid of [INDEX, `${INDEX}_withdrawn`, `${INDEX}_words`]) {
      await waitForSuccess(adminKey.index(uid).addDocuments([{ id: 'probe', title: 'Probe' }]), 'add');
      assert.equal((await adminKey.index(uid).getDocument('probe')).title, 'Probe');
      await waitForSuccess(adminKey.index(uid).deleteDocument('probe'), 'delete');
    }
    assert.equal((await webKey.index(`${INDEX}_withdrawn`).search('')).hits.length, 0, 'the web key reads tombstones');
    assert.equal(
      (await webKey.index(`${INDEX}_words`).search('probe')).hits.length,
      0,
      'the web key reads the word list',
    );

    await waitForSuccess(master.createIndex('andere'), 'create');
    await assert.rejects(adminKey.getKeys(), refused, 'no keys listed');
    await assert.rejects(
      adminKey.createKey({ actions: ['*'], indexes: ['*'], expiresAt: null }),
      refused,
      'no keys created',
    );
    await assert.rejects(adminKey.createIndex('neu'), refused, 'no index created');
    await assert.rejects(adminKey.index('andere').search(''), refused, 'no search in another index');
    await assert.rejects(adminKey.index('andere').addDocuments([{ id: 'x' }]), refused, 'no write to another index');
    await assert.rejects(
      adminKey.index(INDEX).updateSettings({ searchableAttributes: ['id'] }),
      refused,
      'no settings',
    );
    await assert.rejects(adminKey.deleteIndex(INDEX), refused, 'the archive cannot be deleted');
    await assert.rejects(adminKey.swapIndexes([{ indexes: [INDEX, 'andere'], rename: false }]), refused, 'no swap');
  });

  test('the admin process refuses a key that may manage keys, one it cannot check, and one short of an index', async () => {
    const masterKey = (await readFile(path.join(dir.path, 'meili-master-key'), 'utf8')).trim();
    const host = `http://127.0.0.1:${(await readLock(dir.path))!.port}`;
    const childEnv = { DATA_DIR: dir.path, ADMIN_PORT: String(await freePort()), MEILI_HOST: host };
    const master = await runEntry('src/admin/admin-server.ts', [], { ...childEnv, MEILI_ADMIN_KEY: masterKey });
    assert.equal(master.code, 1);
    assert.match(master.stderr, /MEILI_ADMIN_KEY may manage keys/);
    const unreachable = `http://127.0.0.1:${await freePort()}`;
    const unchecked = await runEntry('src/admin/admin-server.ts', [], {
      ...childEnv,
      MEILI_HOST: unreachable,
      MEILI_ADMIN_KEY: 'irgendein-schluessel',
    });
    assert.equal(unchecked.code, 1);
    assert.match(unchecked.stderr, /could not be checked/);
    // A limited key from before the tombstone index: it covers the releases only.
    const { key: oldKey } = await createMeiliClient({ host, apiKey: masterKey }).createKey({
      actions: ['search', 'documents.*', 'indexes.get', 'tasks.get'],
      indexes: [INDEX],
      expiresAt: null,
    });
    const narrow = await runEntry('src/admin/admin-server.ts', [], {
      ...childEnv,
      MEILI_INDEX: INDEX,
      MEILI_ADMIN_KEY: oldKey,
    });
    assert.equal(narrow.code, 1);
    assert.match(narrow.stderr, new RegExp(`MEILI_ADMIN_KEY does not cover the archive's index ${INDEX}_withdrawn`));
  });

  test('an account from npm run user signs in under BASE_PATH; disabling it on the command line ends the session', async () => {
    const browser = new AdminClient(`http://127.0.0.1:${adminPort}`);
    assert.equal((await browser.get(`${ADMIN}/`)).status, 303);
    const signedIn = await browser.signIn(ADMIN, 'anna', PASSWORD);
    assert.equal(signedIn.status, 303, signedIn.text);
    const start = await browser.get(`${ADMIN}/`);
    assert.equal(start.status, 200);
    assert.match(start.text, /Das Archiv enthält 0 Mitteilungen\./);
    assert.match(start.text, /href="\/archiv\/verwaltung\/stil.css"/);

    const disabled = await runEntry('src/admin/cli/user-cli.ts', ['disable', 'anna'], env);
    assert.equal(disabled.code, 0, disabled.stderr);
    const after = await browser.get(`${ADMIN}/`);
    assert.equal(after.status, 303);
    assert.equal(after.location, `${ADMIN}/anmelden?hinweis=abgelaufen`);
    assert.equal((await new AdminClient(browser.origin).signIn(ADMIN, 'anna', PASSWORD)).status, 401);

    const audit = await runEntry('src/admin/cli/audit-cli.ts', [], env);
    assert.equal(audit.code, 0, audit.stderr);
    const lines = audit.stdout.trim().split('\n').slice(1);
    assert.deepEqual(
      lines.map((l) => l.split('\t').slice(2, 4).join(' ')),
      ['Konto angelegt anna', 'Angemeldet –', 'Konto gesperrt anna', 'Anmeldung fehlgeschlagen anna'],
    );
    const unknown = await runEntry('src/admin/cli/user-cli.ts', ['passwd', 'niemand'], env, { input: 'x\n' });
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /Es gibt kein Konto „niemand“/);
  });

  test('stopping npm start stops the admin process too', async () => {
    const admin = await childEnvironment(archive.child.pid!, '/admin-server.ts');
    const children = (await readFile(`/proc/${archive.child.pid}/task/${archive.child.pid}/children`, 'utf8'))
      .trim()
      .split(/\s+/)
      .map(Number);
    assert.ok(admin.MEILI_ADMIN_KEY);
    assert.equal(await archive.stop('SIGTERM'), 0);
    for (const pid of children) assert.equal(isAlive(pid), false, `child ${pid} stopped`);
  });
});
