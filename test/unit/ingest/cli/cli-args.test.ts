import assert from 'node:assert/strict';
import os from 'node:os';
import { describe, test } from 'node:test';
import { parseCliArgs, UsageError } from '../../../../ingest/cli/cli-args.js';

/** Asserts that the arguments are a UsageError whose message matches. */
function usageError(argv: string[], message: RegExp): void {
  assert.throws(
    () => parseCliArgs(argv),
    (error: unknown) => {
      assert.ok(error instanceof UsageError, `${JSON.stringify(argv)}: ${String(error)}`);
      assert.equal(error.name, 'UsageError');
      assert.match(error.message, message, JSON.stringify(argv));
      return true;
    },
  );
}

describe('parseCliArgs', () => {
  test('files and folders with the defaults: one extraction per core, batches of 500', () => {
    assert.deepEqual(parseCliArgs(['a.pdf', 'ordner']), {
      paths: ['a.pdf', 'ordner'],
      dryRun: false,
      json: false,
      rebuild: false,
      concurrency: os.availableParallelism(),
      remove: [],
      restore: [],
      removeSamples: false,
      batchSize: 500,
      followLinks: false,
      runs: false,
      help: false,
    });
  });

  test('--runs lists the recent runs and goes with nothing but --json', () => {
    assert.equal(parseCliArgs(['--runs']).runs, true);
    assert.deepEqual([parseCliArgs(['--runs', '--json']).runs, parseCliArgs(['--runs', '--json']).json], [true, true]);
    usageError(['--runs', 'a.pdf'], /--runs only lists the recent runs/);
    usageError(['--runs', '--rebuild'], /--runs only lists the recent runs/);
  });

  test('every option is read, wherever it stands', () => {
    const options = parseCliArgs(['--dry-run', 'a.pdf', '--json', '--concurrency', '3', '--batch-size=20', 'b.html']);
    assert.deepEqual(
      [options.paths, options.dryRun, options.json, options.concurrency, options.batchSize],
      [['a.pdf', 'b.html'], true, true, 3, 20],
    );
    assert.equal(parseCliArgs(['--rebuild']).rebuild, true);
    assert.equal(parseCliArgs(['--follow-links', 'ordner']).followLinks, true);
    assert.equal(parseCliArgs(['--rebuild', 'neu.pdf']).paths[0], 'neu.pdf', 'a rebuild may add files');
  });

  test('--source-url: the address of one file, an http(s) address in normal form', () => {
    assert.equal(
      parseCliArgs(['--source-url', 'HTTPS://www.Example.org/pm.html', 'pm.html']).sourceUrl,
      'https://www.example.org/pm.html',
    );
    assert.equal(parseCliArgs(['a.pdf']).sourceUrl, undefined);
    usageError(['--source-url', 'https://www.example.org/', 'a.pdf', 'b.pdf'], /give exactly one file.*quellen\.csv/);
    usageError(['--source-url', 'https://www.example.org/', '--rebuild', 'a.pdf'], /give exactly one file/);
    for (const hostile of ['javascript:alert(1)', 'ftp://example.org/a', 'mailto:a@example.org', '/relativ.html'])
      usageError(['--source-url', hostile, 'a.pdf'], /--source-url must be an http or https address/);
  });

  test('--remove may repeat and needs a reason; --restore may repeat; --remove-samples needs no files', () => {
    const withdraw = parseCliArgs(['--remove', 'r1', '--remove', 'r2', '--reason', ' Falsche Zahlen ']);
    assert.deepEqual(withdraw.remove, ['r1', 'r2']);
    assert.equal(withdraw.reason, 'Falsche Zahlen');
    usageError(['--remove', 'r1'], /^--remove withdraws a release publicly: say why with --reason "…"\.$/);
    usageError(['--remove', 'r1', '--reason', '  '], /--reason/);
    usageError(['--reason', 'x', 'a.pdf'], /^--reason belongs to --remove\.$/);
    assert.deepEqual(parseCliArgs(['--restore', 'r1', '--restore', 'r2']).restore, ['r1', 'r2']);
    usageError(['--restore', 'r1', '--remove', 'r2', '--reason', 'x'], /one of --remove, --restore/);
    assert.equal(parseCliArgs(['--remove-samples']).removeSamples, true);
  });

  test('help needs nothing else, long or short', () => {
    assert.equal(parseCliArgs(['--help']).help, true);
    assert.equal(parseCliArgs(['-h']).help, true);
  });

  test('the limits of --concurrency (1 to 64) and --batch-size (1 to 10000) are allowed', () => {
    assert.equal(parseCliArgs(['--concurrency', '1', 'a']).concurrency, 1);
    assert.equal(parseCliArgs(['--concurrency', '64', 'a']).concurrency, 64);
    assert.equal(parseCliArgs(['--batch-size', '1', 'a']).batchSize, 1);
    assert.equal(parseCliArgs(['--batch-size', '10000', 'a']).batchSize, 10_000);
  });
});

describe('usage errors', () => {
  test('nothing to do: name a file or folder, or one of the other jobs', () => {
    usageError(
      [],
      /^Name at least one file or folder to ingest \(or use --rebuild, --remove, --restore, --remove-samples\)\.$/,
    );
    usageError(['--dry-run', '--json'], /^Name at least one file or folder/);
  });

  test('unknown options and missing values are usage errors naming the option', () => {
    usageError(['--fast', 'a.pdf'], /--fast/);
    usageError(['-x', 'a.pdf'], /-x/);
    usageError(['a.pdf', '--concurrency'], /--concurrency/);
    usageError(['--json=yes', 'a.pdf'], /--json/);
  });

  test('--concurrency outside 1 to 64 or not a whole number, quoting the value', () => {
    for (const value of ['0', '65', 'vier', '2.5', '', '1e1']) {
      usageError(
        [`--concurrency=${value}`, 'a.pdf'],
        new RegExp(`^--concurrency must be a number from 1 to 64, got "${value.replace('.', '\\.')}"\\.$`),
      );
    }
  });

  test('--batch-size outside 1 to 10000 or not a whole number, quoting the value', () => {
    for (const value of ['0', '10001', 'viele', '-5']) {
      usageError(
        [`--batch-size=${value}`, 'a.pdf'],
        new RegExp(`^--batch-size must be a number from 1 to 10000, got "${value}"\\.$`),
      );
    }
  });

  test('removing cannot be combined with files or a rebuild', () => {
    const message = /^--remove, --restore and --remove-samples cannot be combined with files or --rebuild\.$/;
    usageError(['--remove', 'r1', '--reason', 'x', 'a.pdf'], message);
    usageError(['--remove-samples', '--rebuild'], message);
    usageError(['--restore', 'r1', '--rebuild'], message);
  });

  test('withdrawing, restoring and deleting samples have no dry run (it would write)', () => {
    const message =
      /^--dry-run cannot be combined with --remove, --restore or --remove-samples: they have no trial run\.$/;
    usageError(['--remove', 'r1', '--reason', 'x', '--dry-run'], message);
    usageError(['--restore', 'r1', '--dry-run'], message);
    usageError(['--remove-samples', '--dry-run'], message);
  });
});
