/** Who acts on the command line, as the audit log names it: `cli:<system user>`. */
import os from 'node:os';

export function cliActor(): string {
  let user: string;
  try {
    user = os.userInfo().username;
  } catch {
    user = String(process.getuid?.() ?? 'unbekannt');
  }
  return `cli:${user}`;
}
