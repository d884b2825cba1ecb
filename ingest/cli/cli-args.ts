/** Command-line arguments of `npm run ingest` → validated options, or a usage error (exit code 2). */
import { parseArgs } from 'node:util';
import os from 'node:os';
import { safeHref } from '../../src/archive/safe-link.js';

export interface CliOptions {
  paths: string[];
  dryRun: boolean;
  json: boolean;
  rebuild: boolean;
  concurrency: number;
  remove: string[];
  /** `--reason`: why the releases of --remove are withdrawn (required with it, shown on their 410 pages). */
  reason?: string;
  restore: string[];
  removeSamples: boolean;
  batchSize: number;
  followLinks: boolean;
  /** `--source-url`: where the single file named was published (http/https, through the link filter). */
  sourceUrl?: string;
  /** `--runs`: print the recent ingest runs (command line, uploads, watched folder) and stop. */
  runs: boolean;
  help: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: npm run ingest -- [options] <file or folder>...

Ingests PDF files and saved HTML pages of press releases into the archive (folders recursively).

Options:
  --dry-run          extract and report, write nothing
  --json             print the report as one JSON document on stdout
  --rebuild          build a fresh index from the kept originals (plus the given files) and swap it in
  --concurrency N    parallel extractions (default: number of cores)
  --remove <id>      withdraw a release (needs --reason): it leaves search and listings, its page,
                     original and API answer 410 with the reason; its original is kept; may repeat
  --reason TEXT      why the releases of --remove are withdrawn (shown to the public)
  --restore <id>     bring a withdrawn release back; may repeat
  --remove-samples   delete all invented sample releases (no tombstone; npm start loads none again)
  --batch-size N     releases per write to Meilisearch (default 500)
  --follow-links     follow symbolic links inside the named folders (by default they are skipped);
                     links leading outside them are never followed, paths named here always are
  --source-url URL   the web address (http or https) where the one file named was published; for the
                     files of a folder, put a quellen.csv beside them (lines "Datei;Adresse" after a
                     header line) — both take precedence over the address the file names itself
  --runs             list the recent ingest runs (command line, uploads in /verwaltung, watched
                     folder) with their summaries, newest first
  -h, --help         show this help

Exit codes: 0 all indexed or unchanged, 1 some files failed, 2 usage or connection error, 130 interrupted.`;

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        rebuild: { type: 'boolean', default: false },
        concurrency: { type: 'string' },
        remove: { type: 'string', multiple: true },
        reason: { type: 'string' },
        restore: { type: 'string', multiple: true },
        'remove-samples': { type: 'boolean', default: false },
        'batch-size': { type: 'string' },
        'follow-links': { type: 'boolean', default: false },
        'source-url': { type: 'string' },
        runs: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  let concurrency = os.availableParallelism();
  if (values.concurrency !== undefined) {
    if (!/^\d+$/.test(values.concurrency) || Number(values.concurrency) < 1 || Number(values.concurrency) > 64) {
      throw new UsageError(`--concurrency must be a number from 1 to 64, got "${values.concurrency}".`);
    }
    concurrency = Number(values.concurrency);
  }
  let batchSize = 500;
  if (values['batch-size'] !== undefined) {
    if (
      !/^\d+$/.test(values['batch-size']) ||
      Number(values['batch-size']) < 1 ||
      Number(values['batch-size']) > 10_000
    ) {
      throw new UsageError(`--batch-size must be a number from 1 to 10000, got "${values['batch-size']}".`);
    }
    batchSize = Number(values['batch-size']);
  }
  const options: CliOptions = {
    paths: positionals,
    dryRun: values['dry-run'] ?? false,
    json: values.json ?? false,
    rebuild: values.rebuild ?? false,
    concurrency,
    remove: values.remove ?? [],
    restore: values.restore ?? [],
    removeSamples: values['remove-samples'] ?? false,
    batchSize,
    followLinks: values['follow-links'] ?? false,
    runs: values.runs ?? false,
    help: values.help ?? false,
  };
  if (values['source-url'] !== undefined) options.sourceUrl = sourceUrlOption(values['source-url'], options);
  const reason = values.reason?.trim();
  if (reason) options.reason = reason;
  const removing = options.remove.length > 0 || options.removeSamples || options.restore.length > 0;
  if (options.runs) {
    if (removing || options.rebuild || options.paths.length > 0 || options.dryRun)
      throw new UsageError('--runs only lists the recent runs: give it alone (with --json if wanted).');
    return options;
  }
  if (!options.help && !removing && !options.rebuild && options.paths.length === 0) {
    throw new UsageError(
      'Name at least one file or folder to ingest (or use --rebuild, --remove, --restore, --remove-samples).',
    );
  }
  if (removing && options.dryRun) {
    throw new UsageError(
      '--dry-run cannot be combined with --remove, --restore or --remove-samples: they have no trial run.',
    );
  }
  if (removing && (options.paths.length > 0 || options.rebuild)) {
    throw new UsageError('--remove, --restore and --remove-samples cannot be combined with files or --rebuild.');
  }
  const actions = [options.remove.length > 0, options.restore.length > 0, options.removeSamples].filter(Boolean);
  if (actions.length > 1) throw new UsageError('Use one of --remove, --restore and --remove-samples at a time.');
  if (options.remove.length > 0 && !options.reason)
    throw new UsageError('--remove withdraws a release publicly: say why with --reason "…".');
  if (values.reason !== undefined && options.remove.length === 0) throw new UsageError('--reason belongs to --remove.');
  return options;
}

/** The address given with --source-url, checked: one file only, and a web address the link filter keeps. */
function sourceUrlOption(value: string, options: CliOptions): string {
  if (options.paths.length !== 1 || options.rebuild || options.remove.length > 0 || options.removeSamples)
    throw new UsageError(
      '--source-url names the address of one file: give exactly one file (for a folder, use quellen.csv).',
    );
  const safe = safeHref(value, undefined, 'web');
  if (!safe) throw new UsageError(`--source-url must be an http or https address, got ${JSON.stringify(value)}.`);
  return safe;
}
