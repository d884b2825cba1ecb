/**
 * `npm run user -- add|passwd|disable|enable|grant-delete|revoke-delete|list [name]`: the archivists' accounts, on the server
 * as the service user. Passwords are read without echo or from stdin (read-password.ts). Each change
 * is in the audit log as made on the command line by the system user. Exit codes: 0 done, 1 refused
 * (with a German reason), 2 usage.
 */
import { cliActor } from '../audit/cli-actor.js';
import { escapeControls } from '../../archive/control-characters.js';
import { loadConfig } from '../../config.js';
import { adminFiles } from '../admin-files.js';
import { germanTime } from '../admin-format.js';
import {
  AccountCommandError,
  addAccount,
  assertCanChange,
  changePassword,
  setDisabled,
  setMayDelete,
  type CommandContext,
} from '../accounts/account-commands.js';
import { readAccounts } from '../accounts/account-store.js';
import { normalName } from '../accounts/account-rules.js';
import { PasswordMismatchError, readNewPassword } from './read-password.js';

const USAGE = `Aufruf: npm run user -- <Befehl> [Name]
  add <Name>       Konto anlegen (fragt das Passwort ab, oder liest es von der Standardeingabe)
  passwd <Name>    Passwort ändern (beendet die offenen Sitzungen des Kontos)
  disable <Name>   Konto sperren (beendet seine offenen Sitzungen)
  enable <Name>    gesperrtes Konto wieder zulassen
  grant-delete <Name>   dem Konto erlauben, Mitteilungen aus rechtlichen Gründen endgültig zu löschen
  revoke-delete <Name>  diese Erlaubnis wieder entziehen
  list             alle Konten`;

async function list(ctx: CommandContext): Promise<void> {
  const accounts = await readAccounts(ctx.files.accounts);
  if (accounts.length === 0) {
    process.stdout.write('Noch keine Konten. Anlegen mit: npm run user -- add <Name>\n');
    return;
  }
  for (const a of accounts) {
    const state = `${a.disabled ? 'gesperrt' : 'aktiv'}${a.mayDelete ? ', darf löschen' : ''}`;
    process.stdout.write(
      `${escapeControls(a.name)}\t${state}\tangelegt ${germanTime(a.createdAt)}\tgeändert ${germanTime(a.changedAt)}\n`,
    );
  }
}

async function run(args: string[]): Promise<number> {
  const [command, name, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  const config = loadConfig();
  const ctx: CommandContext = { files: adminFiles(config.dataDir), actor: cliActor() };
  if (command === 'list' && name === undefined) {
    await list(ctx);
    return 0;
  }
  if (
    !['add', 'passwd', 'disable', 'enable', 'grant-delete', 'revoke-delete'].includes(command) ||
    name === undefined ||
    rest.length > 0
  ) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const shown = escapeControls(normalName(name));
  if (command === 'add' || command === 'passwd') {
    await assertCanChange(ctx.files, name, command === 'passwd');
    const password = await readNewPassword();
    if (command === 'add') await addAccount(ctx, name, password);
    else await changePassword(ctx, name, password);
    process.stdout.write(
      command === 'add'
        ? `Konto „${shown}“ angelegt.\n`
        : `Passwort von „${shown}“ geändert; offene Sitzungen sind beendet.\n`,
    );
    return 0;
  }
  if (command === 'grant-delete' || command === 'revoke-delete') {
    await setMayDelete(ctx, name, command === 'grant-delete');
    process.stdout.write(
      command === 'grant-delete'
        ? `Konto „${shown}“ darf Mitteilungen aus rechtlichen Gründen löschen.\n`
        : `Konto „${shown}“ darf keine Mitteilungen mehr löschen.\n`,
    );
    return 0;
  }
  await setDisabled(ctx, name, command === 'disable');
  process.stdout.write(
    command === 'disable'
      ? `Konto „${shown}“ gesperrt; offene Sitzungen sind beendet.\n`
      : `Konto „${shown}“ wieder zugelassen.\n`,
  );
  return 0;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof AccountCommandError || error instanceof PasswordMismatchError) {
    process.stderr.write(`pressearchiv user: ${escapeControls(error.message)}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`pressearchiv user: ${escapeControls((error as Error).message)}\n`);
    process.exitCode = 2;
  }
}
