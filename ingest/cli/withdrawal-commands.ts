/**
 * `--remove <id> --reason …` and `--restore <id>` of `npm run ingest`: the same withdrawal and
 * restore as the archivists' surface (ingest/run/withdrawal.ts), each recorded in the audit log as
 * done on the command line. Exit code 0 when every id was handled, 1 when one was unknown or failed.
 */
import os from 'node:os';
import { adminFiles } from '../../src/admin/admin-files.js';
import { appendAudit } from '../../src/admin/audit/audit-log.js';
import { cliActor } from '../../src/admin/audit/cli-actor.js';
import type { Config } from '../../src/config.js';
import type { IngestTarget } from '../run/ingest-run.js';
import { restoreRelease, withdrawRelease } from '../run/withdrawal.js';
import type { ArchiveState } from '../store/archive-state.js';
import type { CliOptions } from './cli-args.js';

const say = (line: string): void => void process.stderr.write(`${line}\n`);

export async function withdrawAll(
  config: Config,
  target: IngestTarget,
  state: ArchiveState,
  cli: CliOptions,
): Promise<number> {
  const results: Array<{ id: string; status: string }> = [];
  for (const id of cli.remove) {
    const outcome = await withdrawRelease(target, state, id, cli.reason!);
    results.push({ id, status: outcome.status });
    if (outcome.status === 'unknown') {
      say(`  not in the archive's records: ${id}`);
      continue;
    }
    if (outcome.status === 'withdrawn')
      await appendAudit(adminFiles(config.dataDir).audit, {
        at: outcome.tombstone.withdrawnAt,
        action: 'release-withdrawn',
        actor: cliActor(),
        subject: id,
        detail: cli.reason!,
      });
    say(`  ${outcome.status === 'withdrawn' ? 'withdrawn' : 'was already withdrawn'}: ${id}`);
  }
  const done = results.filter((r) => r.status !== 'unknown').length;
  say(`Withdrew ${done} release(s); their pages answer 410 with the reason, the originals stay in DATA_DIR.`);
  if (cli.json) process.stdout.write(`${JSON.stringify({ withdrawn: results })}\n`);
  return done === results.length ? 0 : 1;
}

export async function restoreAll(
  config: Config,
  cli: CliOptions,
  target: IngestTarget,
  state: ArchiveState,
): Promise<number> {
  const results: Array<{ id: string; status: string; reason?: string }> = [];
  const options = {
    inputs: [],
    cwd: process.cwd(),
    dataDir: config.dataDir,
    maxFileBytes: config.maxFileBytes,
    ocr: config.ocr,
    concurrency: Math.min(cli.concurrency, os.availableParallelism()),
  };
  for (const id of cli.restore) {
    const outcome = await restoreRelease(target, state, id, options);
    results.push({ id, ...outcome });
    if (outcome.status === 'restored')
      await appendAudit(adminFiles(config.dataDir).audit, {
        at: new Date().toISOString(),
        action: 'release-restored',
        actor: cliActor(),
        subject: id,
      });
    const words = {
      restored: 'restored',
      unknown: "not in the archive's records",
      'not-withdrawn': 'not withdrawn',
      failed: `FAILED (${outcome.status === 'failed' ? outcome.reason : ''})`,
    };
    say(`  ${words[outcome.status]}: ${id}`);
  }
  if (cli.json) process.stdout.write(`${JSON.stringify({ restored: results })}\n`);
  return results.every((r) => r.status === 'restored' || r.status === 'not-withdrawn') ? 0 : 1;
}
