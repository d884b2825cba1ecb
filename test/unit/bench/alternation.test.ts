import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alternate, median, roundRatios } from '../../../bench/lib/alternation.js';

describe('timing in alternation', () => {
  it('takes the middle value, and the mean of the two middle ones for an even count', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 10]), 3.5);
    assert.ok(Number.isNaN(median([])));
  });

  it('runs every piece once to warm up, then once per round with the order turning', async () => {
    const calls: string[] = [];
    const piece = (name: string) => async (): Promise<void> => void calls.push(name);
    const samples = await alternate([piece('a'), piece('b'), piece('c')], { rounds: 3 });
    assert.deepEqual(calls, ['a', 'b', 'c', 'a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b']);
    assert.deepEqual(
      samples.map((s) => s.length),
      [3, 3, 3],
    );
  });

  it('takes the time a piece reports for itself, and times the others whole', async () => {
    const samples = await alternate(
      [async () => 42, async () => new Promise<void>((resolve) => setTimeout(resolve, 5))],
      { rounds: 2, warmUp: false },
    );
    assert.deepEqual(samples[0], [42, 42]);
    assert.ok(
      samples[1]!.every((ms) => ms >= 4),
      `timed whole: ${samples[1]!.join(', ')}`,
    );
  });

  it('gives the ratio of each round and their median', () => {
    const { each, median: m } = roundRatios([10, 30, 8], [5, 10, 8]);
    assert.deepEqual(each, [2, 3, 1]);
    assert.equal(m, 2);
  });
});
