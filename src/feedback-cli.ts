/**
 * `npm run feedback`: lists the stored accessibility feedback (after deleting reports past retention).
 * What visitors typed is printed with control and bidi characters as visible escapes, so it cannot
 * steer the operator's terminal or forge a report of its own (src/archive/control-characters.ts).
 */
import { escapeControls, terminalJson } from './archive/control-characters.js';
import { loadConfig } from './config.js';
import { purgeFeedback, readFeedback, type FeedbackReport } from './feedback/feedback-store.js';

/** One field on one line; "–" when empty. */
const field = (value: string): string => escapeControls(value) || '–';

function formatReport(r: FeedbackReport): string {
  // The message keeps its line breaks (CR LF as a form sends them, too), each line indented under the header.
  const message = r.message
    .split(/\r?\n/)
    .map((line) => `  ${escapeControls(line)}`)
    .join('\n');
  return `\n[${field(r.receivedAt)}] ${field(r.id)}\n  Name: ${field(r.name)}  E-Mail: ${field(r.email)}\n  Seite: ${field(r.page)}\n${message}\n`;
}

try {
  const config = loadConfig();
  const removed = await purgeFeedback(config.dataDir, config.feedbackRetentionDays);
  const reports = await readFeedback(config.dataDir);
  if (process.argv.includes('--json')) {
    process.stdout.write(`${terminalJson(reports, 2)}\n`);
  } else {
    if (removed > 0)
      process.stderr.write(`${removed} Meldung(en) älter als ${config.feedbackRetentionDays} Tage gelöscht.\n`);
    process.stdout.write(`${reports.length} gespeicherte Meldung(en) in ${escapeControls(config.dataDir)}\n`);
    for (const r of reports) process.stdout.write(formatReport(r));
  }
} catch (error) {
  process.stderr.write(`pressearchiv feedback: ${escapeControls((error as Error).message)}\n`);
  process.exitCode = 2;
}
