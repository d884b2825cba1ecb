/**
 * The name of the system user running a command, for the audit log and the list of ingest runs. A
 * uid without an entry in the passwd database (a container started with `--user 1234`) has none:
 * then its number.
 */
import os from 'node:os';

export function systemUser(userInfo: () => { username: string } = os.userInfo): string {
  try {
    return userInfo().username;
  } catch (error) {
    // Node's SystemError from uv_os_get_passwd (ENOENT: no entry for the uid).
    if ((error as NodeJS.ErrnoException).code !== 'ERR_SYSTEM_ERROR') throw error;
    return String(process.getuid?.() ?? 'unbekannt');
  }
}
