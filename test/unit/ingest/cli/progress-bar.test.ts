/** The ingest's progress bar: drawn on a terminal, nothing at all when stderr is a pipe or a file. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProgress } from '../../../../ingest/cli/progress-bar.js';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  const stream = { isTTY, write: (chunk: string) => written.push(chunk) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

test('not a terminal (a pipe, as the tests read stderr): nothing is written', () => {
  const { stream, written } = fakeStream(false);
  const progress = createProgress(stream);
  progress.update(0, 3);
  progress.update(3, 3);
  progress.end();
  assert.deepEqual(written, []);
});

test('a terminal: one line redrawn in place, ended by a newline', () => {
  const { stream, written } = fakeStream(true);
  const progress = createProgress(stream);
  progress.update(0, 4);
  progress.update(4, 4);
  progress.end();
  assert.equal(written.length, 3);
  assert.match(written[0]!, /^\r\[-{24}\] 0\/4 files /);
  assert.match(written[1]!, /^\r\[#{24}\] 4\/4 files /);
  assert.equal(written[2], '\n');
});
