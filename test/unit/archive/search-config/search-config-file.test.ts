import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  displayPath,
  readSearchConfig,
  searchConfigPath,
} from '../../../../src/archive/search-config/search-config-file.js';
import { SearchConfigError } from '../../../../src/errors/search-config-error.js';
import { tempDir } from '../../../helpers/temp-dir.js';

/** A validator that must not be reached. */
const unreachable = (): never => assert.fail('the validator was called');

describe('readSearchConfig', () => {
  let dir: { path: string; remove(): Promise<void> };
  before(async () => {
    dir = await tempDir();
  });
  after(() => dir.remove());

  test('a missing file is a SearchConfigError naming the file and ENOENT, with the error as cause', (t) => {
    const missing = searchConfigPath('does-not-exist.json');
    const cwd = process.cwd();
    process.chdir(path.dirname(path.dirname(missing))); // the repository root, where npm runs the tests
    t.after(() => process.chdir(cwd));
    assert.throws(
      () => readSearchConfig(missing, unreachable),
      (error: unknown) => {
        assert.ok(error instanceof SearchConfigError);
        assert.equal(error.message, 'search-config/does-not-exist.json: (root): cannot be read (ENOENT)');
        assert.equal(error.file, 'search-config/does-not-exist.json');
        assert.equal(error.key, '');
        assert.equal((error.cause as NodeJS.ErrnoException).code, 'ENOENT');
        return true;
      },
    );
  });

  test('an unreadable path (a folder) is a SearchConfigError with its code', async () => {
    const folder = path.join(dir.path, 'topics.json');
    await mkdir(folder);
    assert.throws(
      () => readSearchConfig(folder, unreachable),
      (error: unknown) =>
        error instanceof SearchConfigError && error.message === `${folder}: (root): cannot be read (EISDIR)`,
    );
  });

  test('invalid JSON is a SearchConfigError naming the file, with the parser’s error as cause', async () => {
    const file = path.join(dir.path, 'broken.json');
    await writeFile(file, '{ "topics": [1, 2,] }');
    assert.throws(
      () => readSearchConfig(file, unreachable),
      (error: unknown) => {
        assert.ok(error instanceof SearchConfigError);
        assert.ok(error.message.startsWith(`${file}: (root): is not valid JSON (`), error.message);
        assert.ok(error.cause instanceof SyntaxError);
        assert.ok(error.message.includes(error.cause.message));
        return true;
      },
    );
  });

  test('the validator gets the parsed JSON and the shown name; its result is returned', async (t) => {
    const root = await realpath(dir.path); // as process.cwd() reports it
    const file = path.join(root, 'config', 'ok.json');
    await mkdir(path.dirname(file));
    await writeFile(file, '{ "topics": ["Bildung", "Umwelt"] }');
    const cwd = process.cwd();
    process.chdir(root);
    t.after(() => process.chdir(cwd));
    const seen: Array<[unknown, string]> = [];
    const result = readSearchConfig(file, (json, shown) => {
      seen.push([json, shown]);
      return { count: (json as { topics: string[] }).topics.length };
    });
    assert.deepEqual(result, { count: 2 });
    assert.deepEqual(seen, [[{ topics: ['Bildung', 'Umwelt'] }, path.join('config', 'ok.json')]]);
  });

  test('the validator’s own error passes through unchanged', async () => {
    const file = path.join(dir.path, 'invalid.json');
    await writeFile(file, '{ "topics": [3] }');
    const complaint = new SearchConfigError('x.json', 'topics[0]', 'must be a string');
    assert.throws(
      () =>
        readSearchConfig(file, () => {
          throw complaint;
        }),
      (error: unknown) => error === complaint,
    );
  });
});

describe('paths', () => {
  test('searchConfigPath points into the checkout’s search-config/ folder', () => {
    assert.ok(existsSync(searchConfigPath('ministries.json')));
    assert.equal(path.basename(path.dirname(searchConfigPath('topics.json'))), 'search-config');
  });

  test('displayPath: relative inside the working directory, as given outside it', () => {
    assert.equal(displayPath(path.join(process.cwd(), 'search-config', 'topics.json')), 'search-config/topics.json');
    const outside = path.join(path.dirname(process.cwd()), 'elsewhere', 'topics.json');
    assert.equal(displayPath(outside), outside);
  });
});
