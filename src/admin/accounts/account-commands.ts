/**
 * The account changes of `npm run user`: add, change a password, disable, enable, grant or revoke
 * the right to delete releases. Each replaces
 * accounts.json whole and then appends its line to the audit log (a crash between the two leaves
 * the change without its line, never a line without its change). A password change and disabling
 * raise the account's generation, which ends its open sessions.
 */
import type { AtomicWriteHooks } from '../../archive/atomic-file.js';
import type { AdminFiles } from '../admin-files.js';
import { appendAudit } from '../audit/audit-log.js';
import type { AuditActionName } from '../texts/admin-texts.js';
import { nameProblem, normalName, passwordProblem } from './account-rules.js';
import { readAccounts, writeAccounts, type Account } from './account-store.js';
import { hashPassword } from './password-hash.js';

export interface CommandContext {
  files: AdminFiles;
  /** Who acts, as the audit log names it (`cli:<system user>`). */
  actor: string;
  now?: () => Date;
  hooks?: AtomicWriteHooks;
}

/** A refused command; its message is German and meant for the person at the terminal. */
export class AccountCommandError extends Error {
  override name = 'AccountCommandError';
}

async function change(
  ctx: CommandContext,
  rawName: string,
  action: AuditActionName,
  apply: (accounts: Account[], name: string, at: string) => Promise<void>,
): Promise<void> {
  const name = normalName(rawName);
  const problem = nameProblem(name);
  if (problem) throw new AccountCommandError(problem);
  const at = (ctx.now?.() ?? new Date()).toISOString();
  const accounts = await readAccounts(ctx.files.accounts);
  await apply(accounts, name, at);
  await writeAccounts(ctx.files.accounts, accounts, ctx.hooks);
  await appendAudit(ctx.files.audit, { at, action, actor: ctx.actor, subject: name });
}

function existing(accounts: Account[], name: string): Account {
  const account = accounts.find((a) => a.name === name);
  if (!account) throw new AccountCommandError(`Es gibt kein Konto „${name}“.`);
  return account;
}

function checkPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new AccountCommandError(problem);
}

export async function addAccount(ctx: CommandContext, rawName: string, password: string): Promise<void> {
  checkPassword(password);
  await change(ctx, rawName, 'account-added', async (accounts, name, at) => {
    if (accounts.some((a) => a.name === name)) throw new AccountCommandError(`Das Konto „${name}“ gibt es schon.`);
    const passwordHash = await hashPassword(password);
    accounts.push({ name, passwordHash, disabled: false, generation: 1, createdAt: at, changedAt: at });
  });
}

export async function changePassword(ctx: CommandContext, rawName: string, password: string): Promise<void> {
  checkPassword(password);
  await change(ctx, rawName, 'password-changed', async (accounts, name, at) => {
    const account = existing(accounts, name);
    account.passwordHash = await hashPassword(password);
    account.generation += 1;
    account.changedAt = at;
  });
}

export async function setDisabled(ctx: CommandContext, rawName: string, disabled: boolean): Promise<void> {
  await change(ctx, rawName, disabled ? 'account-disabled' : 'account-enabled', async (accounts, name, at) => {
    const account = existing(accounts, name);
    if (account.disabled === disabled) {
      throw new AccountCommandError(`Das Konto „${name}“ ist schon ${disabled ? 'gesperrt' : 'aktiv'}.`);
    }
    account.disabled = disabled;
    account.generation += 1;
    account.changedAt = at;
  });
}

/** Gives or takes the right to delete releases for legal reasons (the open sessions read it at their next request). */
export async function setMayDelete(ctx: CommandContext, rawName: string, allowed: boolean): Promise<void> {
  await change(ctx, rawName, allowed ? 'delete-right-granted' : 'delete-right-revoked', async (accounts, name, at) => {
    const account = existing(accounts, name);
    if ((account.mayDelete ?? false) === allowed) {
      throw new AccountCommandError(`Das Konto „${name}“ darf ${allowed ? 'schon' : 'ohnehin nicht'} löschen.`);
    }
    if (allowed) account.mayDelete = true;
    else delete account.mayDelete;
    account.changedAt = at;
  });
}

/** Checks the name before anything is asked (the password prompt comes after it). */
export async function assertCanChange(files: AdminFiles, rawName: string, mustExist: boolean): Promise<void> {
  const name = normalName(rawName);
  const problem = nameProblem(name);
  if (problem) throw new AccountCommandError(problem);
  const found = (await readAccounts(files.accounts)).some((a) => a.name === name);
  if (mustExist && !found) throw new AccountCommandError(`Es gibt kein Konto „${name}“.`);
  if (!mustExist && found) throw new AccountCommandError(`Das Konto „${name}“ gibt es schon.`);
}
