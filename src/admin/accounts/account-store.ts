/**
 * The archivists' accounts in DATA_DIR/admin/accounts.json, replaced whole (write and rename) by
 * `npm run user`; the admin process reads the file on each request that needs an account, so a
 * change made on the command line counts at once. `generation` grows with every password change
 * and every disabling: a session made under an older generation has ended.
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic, type AtomicWriteHooks } from '../../archive/atomic-file.js';

export interface Account {
  /** Lower case; letters a–z, digits, . _ - (account-rules.ts). */
  name: string;
  passwordHash: string;
  disabled: boolean;
  /** May delete releases for legal reasons (`npm run user -- grant-delete`); none: may not. */
  mayDelete?: boolean;
  generation: number;
  createdAt: string;
  changedAt: string;
}

interface AccountsFile {
  version: 1;
  accounts: Account[];
}

export class AccountsFileError extends Error {
  override name = 'AccountsFileError';
}

export async function readAccounts(file: string): Promise<Account[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  let parsed: AccountsFile;
  try {
    parsed = JSON.parse(text) as AccountsFile;
  } catch (error) {
    throw new AccountsFileError(`${file} cannot be read: it is no valid JSON`, { cause: error });
  }
  if (!Array.isArray(parsed.accounts)) throw new AccountsFileError(`${file} cannot be read: no list of accounts`);
  return parsed.accounts;
}

export async function writeAccounts(file: string, accounts: Account[], hooks: AtomicWriteHooks = {}): Promise<void> {
  const content: AccountsFile = { version: 1, accounts };
  await writeFileAtomic(file, `${JSON.stringify(content, null, 2)}\n`, hooks);
}

export async function findAccount(file: string, name: string): Promise<Account | undefined> {
  return (await readAccounts(file)).find((a) => a.name === name);
}
