import assert from 'node:assert/strict';
import { appendFile, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { appendJsonl, readJsonl } from '../../../src/archive/jsonl-file.js';
import { tempDir } from '../../helpers/temp-dir.js';

test('a missing file is empty; appended values come back as whole lines, the file 0600', async () => {
  const dir = await tempDir();
  const file = path.join(dir.path, 'sub', 'log.jsonl');
  assert.deepEqual(await readJsonl(file), { lines: [], tornTail: undefined, intactBytes: 0 });
  await appendJsonl(file, [{ a: 1 }, { b: 'ä' }]);
  const read = await readJsonl(file);
  assert.deepEqual(
    read.lines.map((l) => JSON.parse(l)),
    [{ a: 1 }, { b: 'ä' }],
  );
  assert.equal(read.tornTail, undefined);
  assert.equal((await stat(file)).mode & 0o777, 0o600);
  assert.equal((await stat(path.dirname(file))).mode & 0o777, 0o700);
  await dir.remove();
});

test('a torn last line is set apart; with several writers the next append starts a new line', async () => {
  const dir = await tempDir();
  const file = path.join(dir.path, 'log.jsonl');
  await appendJsonl(file, [{ n: 1 }]);
  await appendFile(file, '{"n":2,"hal');
  const torn = await readJsonl(file);
  assert.deepEqual(torn.lines, ['{"n":1}']);
  assert.equal(torn.tornTail, '{"n":2,"hal');
  assert.equal(torn.intactBytes, 8);
  await appendJsonl(file, [{ n: 3 }]);
  assert.equal(await readFile(file, 'utf8'), '{"n":1}\n{"n":2,"hal\n{"n":3}\n');
  await dir.remove();
});

test('the single writer cuts a torn tail off before it appends', async () => {
  const dir = await tempDir();
  const file = path.join(dir.path, 'log.jsonl');
  await appendJsonl(file, [{ n: 1 }]);
  await appendFile(file, '{"n":2');
  const { intactBytes } = await readJsonl(file);
  await appendJsonl(file, [{ n: 3 }], { cutTo: intactBytes });
  assert.equal(await readFile(file, 'utf8'), '{"n":1}\n{"n":3}\n');
  await dir.remove();
});
