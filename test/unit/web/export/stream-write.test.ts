/** A download whose client takes nothing is given up after a while, so its export place is freed. */
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, test } from 'node:test';
import { writeOrGiveUp } from '../../../../src/web/export/stream-write.js';

/** A response whose client takes data only when told (`drain`), or never. */
class StalledResponse extends EventEmitter {
  destroyed = false;
  written: string[] = [];
  constructor(private readonly accepts: boolean) {
    super();
  }
  write(chunk: string): boolean {
    this.written.push(chunk);
    return this.accepts;
  }
  destroy(): void {
    this.destroyed = true;
    this.emit('close');
  }
}

describe('writeOrGiveUp', { timeout: 5000 }, () => {
  test('a client that takes the data: resolved at once, nothing destroyed', async () => {
    const res = new StalledResponse(true);
    await writeOrGiveUp(res, 'a;b\r\n', 50);
    assert.deepEqual(res.written, ['a;b\r\n']);
    assert.equal(res.destroyed, false);
  });

  test('a client that takes nothing: the response is destroyed after stalledMs and the write ends', async () => {
    const res = new StalledResponse(false);
    await writeOrGiveUp(res, 'a;b\r\n', 50);
    assert.equal(res.destroyed, true);
    assert.equal(res.listenerCount('drain'), 0);
  });

  test('a client that takes the data later: resolved on drain, not destroyed', async () => {
    const res = new StalledResponse(false);
    const written = writeOrGiveUp(res, 'a;b\r\n', 10_000);
    res.emit('drain');
    await written;
    assert.equal(res.destroyed, false);
    assert.equal(res.listenerCount('close'), 0, 'no listener left behind');
  });

  test('a response already destroyed: resolved at once, nothing written', async () => {
    const res = new StalledResponse(false);
    res.destroy();
    await writeOrGiveUp(res, 'a;b\r\n', 10_000);
    assert.deepEqual(res.written, []);
  });
});
