/** Who acts on the command line, as the audit log names it: `cli:<system user>`. */
import { systemUser } from '../../archive/system-user.js';

export function cliActor(): string {
  return `cli:${systemUser()}`;
}
