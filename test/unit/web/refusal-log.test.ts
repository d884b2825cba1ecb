/** Refused searches are logged at most once a minute, with how many were refused in between. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Logger } from '../../../src/log.js';
import { REFUSAL_LOG_INTERVAL_MS, refusalLog } from '../../../src/web/refusal-log.js';

test('one warning a minute with the counts since the last', () => {
  const lines: unknown[] = [];
  const log = { warn: (fields: unknown) => void lines.push(fields) } as unknown as Logger;
  let now = 0;
  const refused = refusalLog(log, () => now);
  refused('key-full');
  assert.deepEqual(lines, [{ refused: { 'key-full': 1 } }]);
  for (let i = 0; i < 50; i++) refused('key-full');
  refused('waited-too-long');
  now = REFUSAL_LOG_INTERVAL_MS - 1;
  refused('queue-full');
  assert.equal(lines.length, 1);
  now = REFUSAL_LOG_INTERVAL_MS;
  refused('key-full');
  assert.deepEqual(lines[1], { refused: { 'key-full': 51, 'waited-too-long': 1, 'queue-full': 1 } });
});
