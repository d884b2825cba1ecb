/**
 * `npm run audit`: prints the audit log of the archivists' surface, oldest first, one line per
 * entry (`-- --json`: one JSON document). Every field is printed with control and bidi characters
 * as visible escapes (src/archive/control-characters.ts): a name typed into the sign-in form cannot
 * steer the terminal or forge a line. Unreadable (torn) lines are counted on stderr.
 */
import { escapeControls, terminalJson } from '../../archive/control-characters.js';
import { loadConfig } from '../../config.js';
import { adminFiles } from '../admin-files.js';
import { readAudit } from '../audit/audit-log.js';
import { formatAuditLine } from '../audit/audit-text.js';

try {
  const config = loadConfig();
  const log = await readAudit(adminFiles(config.dataDir).audit);
  if (process.argv.includes('--json')) {
    process.stdout.write(`${terminalJson(log.entries, 2)}\n`);
  } else {
    process.stdout.write(
      `${log.entries.length} Einträge im Protokoll (${escapeControls(config.dataDir)}/admin/audit.jsonl)\n`,
    );
    for (const entry of log.entries) process.stdout.write(`${formatAuditLine(entry)}\n`);
  }
  if (log.damaged > 0)
    process.stderr.write(`${log.damaged} Zeile(n) konnten nicht gelesen werden (unterbrochenes Schreiben).\n`);
} catch (error) {
  process.stderr.write(`pressearchiv audit: ${escapeControls((error as Error).message)}\n`);
  process.exitCode = 2;
}
