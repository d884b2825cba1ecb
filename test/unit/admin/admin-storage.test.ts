/** Accounts, audit log and their crash safety: a crash before a rename, a torn audit line. */
import assert from 'node:assert/strict';
import { appendFile, readdir, stat } from 'node:fs/promises';
import { test } from 'node:test';
import {
  AccountCommandError,
  addAccount,
  changePassword,
  setDisabled,
  type CommandContext,
} from '../../../src/admin/accounts/account-commands.js';
import { readAccounts } from '../../../src/admin/accounts/account-store.js';
import { verifyPassword } from '../../../src/admin/accounts/password-hash.js';
import { adminFiles } from '../../../src/admin/admin-files.js';
import { appendAudit, readAudit } from '../../../src/admin/audit/audit-log.js';
import { formatAuditLine } from '../../../src/admin/audit/audit-text.js';
import { tempDir } from '../../helpers/temp-dir.js';

async function context(): Promise<{ ctx: CommandContext; remove(): Promise<void> }> {
  const dir = await tempDir();
  return { ctx: { files: adminFiles(dir.path), actor: 'cli:root' }, remove: dir.remove };
}

test('account changes: stored 0600, names in lower case, one audit line each, refusals in German', async () => {
  const { ctx, remove } = await context();
  await addAccount(ctx, 'Anna', 'ein-langes-passwort');
  await assert.rejects(addAccount(ctx, 'anna', 'ein-langes-passwort'), /Das Konto „anna“ gibt es schon/);
  await assert.rejects(addAccount(ctx, 'bert', 'kurz'), /mindestens 12 Zeichen/);
  await assert.rejects(addAccount(ctx, '../x', 'ein-langes-passwort'), AccountCommandError);
  await changePassword(ctx, 'anna', 'ein-neues-passwort');
  await setDisabled(ctx, 'anna', true);
  await assert.rejects(setDisabled(ctx, 'anna', true), /schon gesperrt/);
  await setDisabled(ctx, 'anna', false);
  await assert.rejects(changePassword(ctx, 'niemand', 'ein-langes-passwort'), /Es gibt kein Konto „niemand“/);
  const [anna] = await readAccounts(ctx.files.accounts);
  assert.equal(anna?.name, 'anna');
  assert.equal(anna?.generation, 4, 'password change, disabling and enabling each end the sessions');
  assert.equal(await verifyPassword('ein-neues-passwort', anna!.passwordHash), true);
  assert.equal((await stat(ctx.files.accounts)).mode & 0o777, 0o600);
  assert.equal((await stat(ctx.files.dir)).mode & 0o777, 0o700);
  const { entries } = await readAudit(ctx.files.audit);
  assert.deepEqual(
    entries.map((e) => [e.action, e.actor, e.subject]),
    [
      ['account-added', 'cli:root', 'anna'],
      ['password-changed', 'cli:root', 'anna'],
      ['account-disabled', 'cli:root', 'anna'],
      ['account-enabled', 'cli:root', 'anna'],
    ],
  );
  assert.doesNotMatch(JSON.stringify(entries), /passwort/, 'no password in the audit log');
  await remove();
});

test('a crash between writing and renaming the accounts loses no earlier account', async () => {
  const { ctx, remove } = await context();
  await addAccount(ctx, 'anna', 'ein-langes-passwort');
  const crash = { ...ctx, hooks: { beforeRename: () => Promise.reject(new Error('crash before rename')) } };
  await assert.rejects(addAccount(crash, 'bert', 'noch-ein-passwort'), /crash before rename/);
  await assert.rejects(setDisabled(crash, 'anna', true), /crash before rename/);
  const accounts = await readAccounts(ctx.files.accounts);
  assert.deepEqual(
    accounts.map((a) => [a.name, a.disabled]),
    [['anna', false]],
    'the earlier record is whole and unchanged',
  );
  assert.ok(
    (await readdir(ctx.files.dir)).some((f) => f.endsWith('.tmp')),
    'the crash left its temporary file',
  );
  assert.equal((await readAudit(ctx.files.audit)).entries.length, 1, 'no audit line for a change that did not happen');
  await addAccount(ctx, 'bert', 'noch-ein-passwort');
  assert.equal((await readAccounts(ctx.files.accounts)).length, 2, 'the next change works');
  await remove();
});

test('a torn last audit line is skipped and counted; the next entry is read whole', async () => {
  const { ctx, remove } = await context();
  await appendAudit(ctx.files.audit, { at: '2026-12-01T10:00:00.000Z', action: 'sign-in', actor: 'anna' });
  await appendFile(ctx.files.audit, '{"at":"2026-12-01T10:01:00.000Z","action":"sign-o');
  assert.deepEqual((await readAudit(ctx.files.audit)).damaged, 1);
  await appendAudit(ctx.files.audit, { at: '2026-12-01T10:02:00.000Z', action: 'sign-in', actor: 'bert' });
  const log = await readAudit(ctx.files.audit);
  assert.deepEqual(
    log.entries.map((e) => e.actor),
    ['anna', 'bert'],
  );
  assert.equal(log.damaged, 1);
  await remove();
});

test('npm run audit prints control and bidi characters as visible escapes', () => {
  const line = formatAuditLine({
    at: '2026-12-01T10:00:00.000Z',
    action: 'sign-in-failed',
    actor: null,
    subject: 'anna\u001b[2J\nFAKE\u202e',
    address: '127.0.0.1',
  });
  assert.equal(line, '2026-12-01T10:00:00.000Z\t–\tAnmeldung fehlgeschlagen\tanna\\x1b[2J\\nFAKE\\u202e\t127.0.0.1');
  assert.equal(line.split('\n').length, 1);
});
