/**
 * The import boundaries checked by `npm run lint`: the dependency-cruiser command of the lint script,
 * with its config, run on the fixture trees of test/fixtures/boundaries/ — one that breaks the rules
 * (a type-only import cycle, the web server importing the ingest job) and one that keeps them.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/boundaries');

/** The depcruise arguments of package.json's lint script, its config path made absolute. */
async function lintArguments(): Promise<string[]> {
  const { scripts } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: { lint: string };
  };
  const command = scripts.lint
    .split('&&')
    .map((part) => part.trim())
    .find((part) => part.startsWith('depcruise '));
  assert.ok(command, `the lint script runs depcruise: ${scripts.lint}`);
  const args = command.split(/\s+/).slice(1);
  const config = args.indexOf('--config') + 1;
  assert.ok(config > 0, `depcruise is given its config: ${command}`);
  args[config] = path.join(ROOT, args[config]!);
  return args;
}

/** Runs the boundary check as the lint script does, in `tree` instead of the repository root. */
async function checkBoundaries(tree: string): Promise<{ code: number | null; output: string }> {
  const args = await lintArguments();
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/depcruise'), args, { cwd: path.join(FIXTURES, tree) });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('import boundaries (the depcruise check of npm run lint)', { timeout: 60_000 }, () => {
  test('every rule fails the check on its violation, each named', async () => {
    const { code, output } = await checkBoundaries('violating');
    assert.notEqual(code, 0, output);
    assert.match(
      output,
      /error no-circular: src\/web\/search-(service|tally)\.ts →\s+src\/web\/search-(tally|service)\.ts →/,
      output,
    );
    assert.match(output, /error src-not-to-ingest: src\/web\/routes\/ingest-button\.ts → ingest\/run\/ingest-run\.ts/);
    assert.match(output, /error src-not-to-ingest: src\/server\.ts → ingest\/run\/ingest-run\.ts/);
    assert.match(output, /Only the start command \(src\/main\.ts, src\/sample-loading\.ts\)/, 'the rule comment');
    assert.match(output, /error ingest-not-to-web: ingest\/run\/web-link\.ts → src\/web\/search-service\.ts/);
    assert.match(
      output,
      /error shared-not-to-web-or-ingest: src\/archive\/release-view\.ts → src\/web\/search-service\.ts/,
    );
    assert.match(
      output,
      /error production-not-to-test-or-bench: src\/archive\/test-data\.ts → test\/search-helper\.ts/,
    );
    assert.match(output, /\b6 dependency violations\b/, output);
  });

  test('a tree that keeps the boundaries passes (the start command and src/admin/ may import ingest/)', async () => {
    const { code, output } = await checkBoundaries('clean');
    assert.equal(code, 0, output);
    assert.match(output, /no dependency violations found/);
  });
});
