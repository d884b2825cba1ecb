/** `npm run feedback`: lists the stored accessibility feedback (after deleting reports past retention). */
import { loadConfig } from './config.js';
import { purgeFeedback, readFeedback } from './feedback/feedback-store.js';

try {
  const config = loadConfig();
  const removed = await purgeFeedback(config.dataDir, config.feedbackRetentionDays);
  const reports = await readFeedback(config.dataDir);
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  } else {
    if (removed > 0)
      process.stderr.write(`${removed} Meldung(en) älter als ${config.feedbackRetentionDays} Tage gelöscht.\n`);
    process.stdout.write(`${reports.length} gespeicherte Meldung(en) in ${config.dataDir}\n`);
    for (const r of reports) {
      process.stdout.write(
        `\n[${r.receivedAt}] ${r.id}\n  Name: ${r.name || '–'}  E-Mail: ${r.email || '–'}\n  Seite: ${r.page || '–'}\n  ${r.message.replace(/\n/g, '\n  ')}\n`,
      );
    }
  }
} catch (error) {
  process.stderr.write(`pressearchiv feedback: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
