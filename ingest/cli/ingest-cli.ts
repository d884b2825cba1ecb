/**
 * `npm run ingest -- [options] <file or folder>…`: arguments → ingest run → report and exit code
 * (0 all indexed, 1 some failed, 2 usage or connection error, 130 interrupted).
 */
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { connectForIngest, type ArchiveConnection } from '../../src/archive/archive-connection.js';
import { terminalJson } from '../../src/archive/control-characters.js';
import { systemUser } from '../../src/archive/system-user.js';
import { applyArchiveSettings, archiveIndexNames } from '../../src/archive/archive-indexes.js';
import { createMeiliClient } from '../../src/archive/meili-client.js';
import { loadConfig, type Config } from '../../src/config.js';
import { acquireWriterLock, type WriterInfo } from '../../src/archive/writer-lock.js';
import { createLogger, type Logger } from '../../src/log.js';
import { parseCliArgs, UsageError, USAGE, type CliOptions } from './cli-args.js';
import { describeFailure } from './failure-message.js';
import { runIngest, type IngestTarget } from '../run/ingest-run.js';
import { createProgress } from './progress-bar.js';
import { runRebuild } from '../run/rebuild.js';
import { removeSamples } from '../run/removal.js';
import { withdrawAll, restoreAll } from './withdrawal-commands.js';
import { ArchiveState } from '../store/archive-state.js';
import { appendRun, formatRun, recentRuns } from '../store/run-log.js';
import { loadDefaultVocabularies } from '../classify/vocabularies.js';
import { emptyReport, formatSummary, type IngestReport } from '../run/ingest-report.js';

/** How many runs `--runs` lists. */
const RUNS_LISTED = 50;

const say = (line: string): void => void process.stderr.write(`${line}\n`);

/**
 * Ctrl-C: the first one lets the files in progress finish (they stay indexed) and the run ends with
 * exit code 130; a second one stops at once. Installed before anything else happens.
 */
const interruption = new AbortController();
process.on('SIGINT', () => {
  if (interruption.signal.aborted) process.exit(130);
  say('Interrupted: finishing the files in progress (press Ctrl-C again to stop at once)…');
  interruption.abort();
});

async function ingest(
  config: Config,
  cli: CliOptions,
  target: IngestTarget,
  state: ArchiveState,
  signal: AbortSignal,
): Promise<IngestReport> {
  const progress = createProgress();
  const options = {
    inputs: cli.paths,
    cwd: process.env.INIT_CWD ?? process.cwd(),
    dataDir: config.dataDir,
    maxFileBytes: config.maxFileBytes,
    ocr: config.ocr,
    concurrency: cli.concurrency,
    batchSize: cli.batchSize,
    dryRun: cli.dryRun,
    followLinks: cli.followLinks,
    ...(cli.sourceUrl === undefined ? {} : { sourceUrl: cli.sourceUrl }),
    signal,
    onProgress: (done: number, total: number) => progress.update(done, total),
  };
  try {
    return cli.rebuild ? await runRebuild(target, state, options) : await runIngest(target, state, options);
  } finally {
    progress.end();
  }
}

/** Runs `execute` holding the writer lock (a dry run writes nothing and takes none); waits for another writer, saying so. */
async function executeAsWriter(
  config: Config,
  cli: CliOptions,
  connection: ArchiveConnection,
  log: Logger,
): Promise<number> {
  if (cli.dryRun) return execute(config, cli, connection, log);
  const onWait = (holder: WriterInfo): void =>
    say(`Waiting: ${holder.what} (pid ${holder.pid}, since ${holder.since}) is writing to ${config.dataDir}…`);
  let lock;
  try {
    lock = await acquireWriterLock(config.dataDir, 'npm run ingest', { onWait, signal: interruption.signal });
  } catch (error) {
    if (interruption.signal.aborted) return 130;
    throw error;
  }
  try {
    return await execute(config, cli, connection, log);
  } finally {
    await lock.release();
  }
}

async function execute(config: Config, cli: CliOptions, connection: ArchiveConnection, log: Logger): Promise<number> {
  const client = createMeiliClient({ host: connection.host, apiKey: connection.adminKey, timeoutMs: 120_000 });
  const target: IngestTarget = { client, index: config.meiliIndex };
  // Before anything is written: a journal that cannot be read stops the command here.
  const state = await ArchiveState.load(config.dataDir, config.meiliIndex);
  if (cli.remove.length > 0) return withdrawAll(config, target, state, cli);
  if (cli.restore.length > 0) return restoreAll(config, cli, target, state);
  if (cli.removeSamples) {
    const removed = await removeSamples(target, state, config.dataDir);
    say(
      `Deleted ${removed.length} sample release(s); npm start will load no samples into this archive again (to undo: delete ${config.dataDir}/samples-removed).`,
    );
    if (cli.json) process.stdout.write(`${JSON.stringify({ removed, unknown: [] })}\n`);
    return 0;
  }
  if (!cli.dryRun) await applyArchiveSettings(client, archiveIndexNames(config.meiliIndex));
  if (interruption.signal.aborted) {
    if (cli.json) process.stdout.write(`${JSON.stringify(emptyReport())}\n`);
    return 130;
  }
  const startedAt = new Date().toISOString();
  const report = await ingest(config, cli, target, state, interruption.signal);
  if (!cli.dryRun)
    await appendRun(config.dataDir, {
      id: randomUUID(),
      origin: 'cli',
      by: systemUser(),
      startedAt,
      finishedAt: new Date().toISOString(),
      summary: report.summary,
      ...(interruption.signal.aborted ? { error: 'interrupted' } : {}),
    });
  if (cli.json) process.stdout.write(`${terminalJson(report)}\n`);
  say(formatSummary(report));
  log.debug({ summary: report.summary }, 'ingest finished');
  if (interruption.signal.aborted) return 130;
  return report.summary.failed > 0 || report.rebuild?.swapped === false ? 1 : 0;
}

/** `--runs`: the recent runs, newest first, as lines or (--json) one JSON array. */
async function printRuns(config: Config, json: boolean): Promise<number> {
  const runs = await recentRuns(config.dataDir, RUNS_LISTED);
  if (json) process.stdout.write(`${terminalJson(runs)}\n`);
  else process.stdout.write(runs.length ? `${runs.map(formatRun).join('\n')}\n` : 'No ingest runs recorded yet.\n');
  return 0;
}

/** --source-url names the address of one file: a folder (or nothing) there is a usage error. */
async function requireOneFile(given: string): Promise<void> {
  const info = await stat(path.resolve(process.env.INIT_CWD ?? process.cwd(), given)).catch(() => undefined);
  if (!info?.isFile())
    throw new UsageError(
      `--source-url names the address of one file, but ${JSON.stringify(given)} is ${info ? 'not a file' : 'not found'} (for a folder, use quellen.csv).`,
    );
}

async function main(argv: string[]): Promise<number> {
  let cli: CliOptions;
  let config: Config;
  try {
    cli = parseCliArgs(argv);
    config = loadConfig();
    if (cli.sourceUrl !== undefined) await requireOneFile(cli.paths[0]!);
  } catch (error) {
    say(`pressearchiv ingest: ${(error as Error).message}`);
    if (error instanceof UsageError) say(`\n${USAGE}`);
    return 2;
  }
  if (cli.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (cli.runs) return printRuns(config, cli.json);
  const log = createLogger(config.logLevel, 'pressearchiv-ingest', { format: config.logFormat });
  let connection: ArchiveConnection | undefined;
  try {
    // Once, before any worker starts: a broken vocabulary is one clear error, not every file failing.
    if (!cli.removeSamples && cli.remove.length === 0) loadDefaultVocabularies();
    connection = await connectForIngest(config, log);
    return await executeAsWriter(config, cli, connection, log);
  } catch (error) {
    const { line, internal } = describeFailure(error, connection?.host);
    say(`pressearchiv ingest: ${line}`);
    if (internal) log.error({ err: error }, 'ingest stopped by an internal error');
    else log.debug({ err: error }, 'ingest failure');
    return 2;
  } finally {
    await connection?.close();
  }
}

/** Exits once stdout and stderr are flushed (idle keep-alive sockets would otherwise hold the process ~4 s). */
function exitWhenFlushed(code: number): void {
  let pending = 2;
  const done = (): void => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}

exitWhenFlushed(await main(process.argv.slice(2)));
