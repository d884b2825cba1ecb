/**
 * The real admin app (createAdminApp) against a real Meilisearch, with its own key and an injected
 * clock: the route table's session routes refuse without a session, form posts need their CSRF
 * token, wrong passwords are slowed down by locks that expire, an account change ends its open
 * sessions, sessions end when idle or old, and every action leaves its line in the audit log.
 */
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { addAccount, changePassword, setDisabled, setMayDelete } from '../../src/admin/accounts/account-commands.js';
import { createAdminApp } from '../../src/admin/admin-app.js';
import { ADMIN_ROUTES } from '../../src/admin/admin-routes.js';
import { openAdminStorage, type AdminStorage } from '../../src/admin/admin-storage.js';
import { readAudit } from '../../src/admin/audit/audit-log.js';
import { IDLE_MS, MAX_AGE_MS } from '../../src/admin/session/session-store.js';
import { ADMIN_TEXT } from '../../src/admin/texts/admin-texts.js';
import { ensureAdminKey } from '../../src/archive/admin-key.js';
import { applyIndexSettings } from '../../src/archive/index-settings.js';
import { createMeiliClient } from '../../src/archive/meili-client.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { AdminClient, formError, sessionRouteProblems } from '../helpers/admin-client.js';
import { tempDir } from '../helpers/temp-dir.js';
import { startTestMeili, type TestMeili } from '../helpers/test-meili.js';

const INDEX = 'pressemitteilungen';
const ADMIN = '/verwaltung';
const PASSWORD = 'richtig-langes-passwort';

describe('admin sign-in, sessions and CSRF', { timeout: 120_000 }, () => {
  let meili: TestMeili;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let server: Server;
  let origin: string;
  let storage: AdminStorage;
  let time = Date.parse('2026-12-01T08:00:00Z');
  const advance = (ms: number): void => {
    time += ms;
  };
  const ctx = () => ({ files: storage.files, actor: 'cli:test', now: () => new Date(time) });
  const client = (): AdminClient => new AdminClient(origin);
  const auditActions = async (): Promise<string[]> =>
    (await readAudit(storage.files.audit)).entries.map((e) => `${e.action} ${e.actor ?? '-'} ${e.subject ?? '-'}`);

  before(async () => {
    meili = await startTestMeili();
    await applyIndexSettings(meili.admin, INDEX);
    dir = await tempDir('pressearchiv-admin-');
    const config = loadConfig({ DATA_DIR: dir.path, LOG_LEVEL: 'silent', ADMIN_TRUST_PROXY: 'loopback' });
    storage = await openAdminStorage(dir.path, () => time);
    const key = await ensureAdminKey(meili.admin, INDEX);
    const app = createAdminApp({
      config,
      meili: createMeiliClient({ host: meili.url, apiKey: key }),
      storage,
      log: createLogger('silent', 'test'),
      now: () => time,
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const name of ['anna', 'bert', 'carla', 'dora']) await addAccount(ctx(), name, PASSWORD);
    // Every page of the route table opens for anna, the one that needs the right to delete too.
    await setMayDelete(ctx(), 'anna', true);
  });
  after(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await meili?.stop();
    await dir?.remove();
  });

  test('every session route of the route table refuses without a session, and with a forged cookie', async () => {
    const sessionRoutes = ADMIN_ROUTES.filter((r) => r.access === 'session');
    assert.ok(sessionRoutes.length >= 3);
    for (const cookie of [undefined, 'pressearchiv_sitzung=erfunden.abc'])
      assert.deepEqual(await sessionRouteProblems(origin, ADMIN, cookie), []);
    for (const path of ['/gibt-es-nicht', '/protokoll/../protokoll']) {
      const res = await client().get(`${ADMIN}${path}`);
      assert.equal(res.status, 303, `${path}: unknown addresses say nothing without a session`);
    }
    for (const route of ADMIN_ROUTES.filter((r) => r.access === 'public' && r.method === 'get')) {
      assert.equal((await client().get(`${ADMIN}${route.path}`)).status, 200, `public ${route.path}`);
    }
    const signedIn = client();
    assert.equal((await signedIn.signIn(ADMIN, 'anna', PASSWORD)).status, 303);
    for (const route of sessionRoutes.filter((r) => r.method === 'get')) {
      // A route with an id, asked for one that does not exist: its 404 page, not the sign-in redirect.
      const expected = route.path.includes(':id') ? 404 : 200;
      const res = await signedIn.get(`${ADMIN}${route.path.replace(':id', '0123456789abcdef')}`);
      assert.equal(res.status, expected, `${route.path} with a session`);
    }
    assert.equal((await signedIn.get(`${ADMIN}/gibt-es-nicht`)).status, 404);
  });

  test('a notice name from Object.prototype is no notice (was a 500)', async () => {
    for (const hint of ['__defineGetter__', 'constructor', 'toString']) {
      const res = await client().get(`${ADMIN}/anmelden?hinweis=${hint}`);
      assert.equal(res.status, 200, hint);
      assert.doesNotMatch(res.text, /\[object |function /, hint);
    }
  });

  test('a form post without a valid CSRF token is refused', async () => {
    const browser = client();
    await browser.get(`${ADMIN}/anmelden`);
    const noToken = await browser.post(`${ADMIN}/anmelden`, { name: 'anna', password: PASSWORD });
    assert.equal(noToken.status, 403);
    assert.ok(!browser.cookies.has('pressearchiv_sitzung'), 'no session without the token');
    // A token of another browser's form does not fit this browser's cookie.
    const other = AdminClient.token((await client().get(`${ADMIN}/anmelden`)).text);
    const foreign = await browser.post(`${ADMIN}/anmelden`, { _csrf: other, name: 'anna', password: PASSWORD });
    assert.equal(foreign.status, 403);
    assert.ok(!browser.cookies.has('pressearchiv_sitzung'));

    assert.equal((await browser.signIn(ADMIN, 'anna', PASSWORD)).status, 303);
    const start = await browser.get(`${ADMIN}/`);
    const token = AdminClient.token(start.text);
    assert.equal((await browser.post(`${ADMIN}/abmelden`, {})).status, 403, 'sign-out without its token');
    assert.equal((await browser.post(`${ADMIN}/abmelden`, { _csrf: other })).status, 403, 'with a wrong token');
    // Every form post of the route table, with a session: without the token or with another's, refused.
    for (const route of ADMIN_ROUTES.filter((r) => r.method === 'post')) {
      const path = `${ADMIN}${route.path}`;
      for (const form of [{}, { _csrf: other }] as Array<Record<string, string>>) {
        const res =
          'body' in route
            ? await browser.postFiles(path, form, [{ name: 'a.html', data: '<html></html>' }])
            : await browser.post(path, { ...form, id: 'x', reason: 'x', confirmed: 'ja' });
        assert.equal(res.status, 403, `${route.path} ${JSON.stringify(form)}`);
      }
    }
    assert.equal((await browser.get(`${ADMIN}/`)).status, 200, 'the session is still open');
    const out = await browser.post(`${ADMIN}/abmelden`, { _csrf: token });
    assert.equal(out.status, 303);
    assert.equal(out.location, `${ADMIN}/anmelden?hinweis=abgemeldet`);
    assert.equal((await browser.get(`${ADMIN}/`)).status, 303, 'signed out');
  });

  test('cookies are HttpOnly, SameSite=Strict, on the admin path, and Secure behind a TLS proxy', async () => {
    const plain = await client().signIn(ADMIN, 'anna', PASSWORD);
    const session = plain.setCookies.find((c) => c.startsWith('pressearchiv_sitzung='))!;
    assert.match(session, /; Path=\/verwaltung; HttpOnly; SameSite=Strict$/);
    const tls = new AdminClient(origin, { 'X-Forwarded-Proto': 'https' });
    const viaProxy = await tls.signIn(ADMIN, 'anna', PASSWORD);
    assert.match(
      viaProxy.setCookies.find((c) => c.startsWith('pressearchiv_sitzung='))!,
      /; Secure$/,
    );
  });

  test('wrong passwords: the same message as for an unknown name, then a lock that expires', async () => {
    const browser = client();
    const unknown = await browser.signIn(ADMIN, 'niemand', PASSWORD);
    const wrong = await browser.signIn(ADMIN, 'bert', 'falsches-passwort');
    assert.equal(unknown.status, 401);
    assert.equal(wrong.status, 401);
    assert.equal(formError(wrong.text), ADMIN_TEXT.signIn.failed);
    assert.equal(formError(unknown.text), formError(wrong.text), 'nothing tells whether the account exists');
    for (let i = 2; i < 5; i++) assert.equal((await browser.signIn(ADMIN, 'bert', `falsch-${i}`)).status, 401);
    const fifth = await browser.signIn(ADMIN, 'bert', 'falsch-5');
    assert.equal(fifth.status, 429);
    assert.equal(formError(fifth.text), ADMIN_TEXT.signIn.locked(1));
    const right = await browser.signIn(ADMIN, 'bert', PASSWORD);
    assert.equal(right.status, 429, 'while locked, even the right password is not checked');
    const elsewhere = await new AdminClient(origin, { 'X-Forwarded-For': '203.0.113.7' }).signIn(
      ADMIN,
      'bert',
      PASSWORD,
    );
    assert.equal(elsewhere.status, 429, 'the name is locked from every address');
    advance(30_000);
    assert.equal((await browser.signIn(ADMIN, 'bert', PASSWORD)).status, 429, 'half a minute later still');
    advance(30_000);
    assert.equal((await browser.signIn(ADMIN, 'bert', PASSWORD)).status, 303, 'the lock expired after a minute');
    const lines = await auditActions();
    assert.ok(lines.includes('sign-in-failed - bert'));
    assert.ok(lines.includes('sign-in-locked - bert'));
    const unknownLine = (await readAudit(storage.files.audit)).entries.find(
      (e) => e.action === 'sign-in-failed' && !e.subject,
    );
    assert.equal(unknownLine?.detail, ADMIN_TEXT.unknownName, 'an unknown name is not written down');
    assert.doesNotMatch(JSON.stringify(lines), /niemand|falsch/);
  });

  test('attempts sent at the same moment do not all pass the lock: one password check at a time', async () => {
    await addAccount(ctx(), 'emil', PASSWORD);
    // From twenty addresses, so only the name can hold them back.
    const burst = Array.from({ length: 20 }, (_, i) =>
      new AdminClient(origin, { 'X-Forwarded-For': `203.0.113.${100 + i}` }).signIn(ADMIN, 'emil', `falsch-${i}`),
    );
    const statuses = (await Promise.all(burst)).map((res) => res.status);
    assert.ok(!statuses.includes(303));
    const checked = (await auditActions()).filter((line) => line === 'sign-in-failed - emil').length;
    assert.ok(checked >= 1 && checked <= 5, `passwords checked: ${checked} of 20 (statuses ${statuses.join(' ')})`);
  });

  test('a disabled account cannot sign in and its open session ends; a new password ends sessions too', async () => {
    const browser = client();
    assert.equal((await browser.signIn(ADMIN, 'carla', PASSWORD)).status, 303);
    assert.equal((await browser.get(`${ADMIN}/protokoll`)).status, 200);
    await setDisabled(ctx(), 'carla', true);
    const ended = await browser.get(`${ADMIN}/protokoll`);
    assert.equal(ended.status, 303);
    assert.equal(ended.location, `${ADMIN}/anmelden?hinweis=abgelaufen`);
    const again = await client().signIn(ADMIN, 'carla', PASSWORD);
    assert.equal(again.status, 401);
    assert.equal(formError(again.text), ADMIN_TEXT.signIn.failed, 'disabled says the same as a wrong password');

    const dora = client();
    assert.equal((await dora.signIn(ADMIN, 'dora', PASSWORD)).status, 303);
    await changePassword(ctx(), 'dora', 'ein-ganz-neues-passwort');
    assert.equal((await dora.get(`${ADMIN}/`)).status, 303, 'the old session ended with the new password');
    assert.equal((await client().signIn(ADMIN, 'dora', 'ein-ganz-neues-passwort')).status, 303);
  });

  test('sessions end after 30 idle minutes and 10 hours in any case', async () => {
    const idle = client();
    assert.equal((await idle.signIn(ADMIN, 'anna', PASSWORD)).status, 303);
    advance(IDLE_MS - 1000);
    assert.equal((await idle.get(`${ADMIN}/`)).status, 200);
    advance(IDLE_MS + 1000);
    assert.equal((await idle.get(`${ADMIN}/`)).status, 303, 'idle too long');

    const busy = client();
    assert.equal((await busy.signIn(ADMIN, 'anna', PASSWORD)).status, 303);
    for (let t = 0; t < MAX_AGE_MS - 20 * 60_000; t += 20 * 60_000) {
      advance(20 * 60_000);
      assert.equal((await busy.get(`${ADMIN}/`)).status, 200);
    }
    advance(20 * 60_000 + 1000);
    assert.equal((await busy.get(`${ADMIN}/`)).status, 303, 'ten hours after sign-in');
  });

  test('the audit log has one line per action, and the page lists them', async () => {
    const browser = client();
    await browser.signIn(ADMIN, 'anna', PASSWORD);
    const page = await browser.get(`${ADMIN}/protokoll`);
    await browser.post(`${ADMIN}/abmelden`, { _csrf: AdminClient.token(page.text) });
    const lines = await auditActions();
    for (const name of ['anna', 'bert', 'carla', 'dora']) assert.ok(lines.includes(`account-added cli:test ${name}`));
    assert.ok(lines.includes('account-disabled cli:test carla'));
    assert.ok(lines.includes('password-changed cli:test dora'));
    assert.equal(lines.at(-2), 'sign-in anna -');
    assert.equal(lines.at(-1), 'sign-out anna -');
    assert.match(page.text, /<td>Konto angelegt<\/td>/);
    assert.match(page.text, /<td>Anmeldung fehlgeschlagen<\/td>/);
  });
});
