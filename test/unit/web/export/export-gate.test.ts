import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SearchBusyError } from '../../../../src/errors/search-busy-error.js';
import { createExportGate } from '../../../../src/web/export/export-gate.js';

function refusal(run: () => unknown): number | undefined {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof SearchBusyError);
    return error.status;
  }
  return undefined;
}

describe('export gate', () => {
  test('one export per address (429), at most `total` in all (503); a place freed is taken again', () => {
    const gate = createExportGate(2);
    const leaveA = gate.enter('a');
    assert.equal(
      refusal(() => gate.enter('a')),
      429,
    );
    const leaveB = gate.enter('b');
    assert.equal(
      refusal(() => gate.enter('c')),
      503,
    );
    assert.equal(gate.running(), 2);
    leaveA();
    leaveA(); // twice is harmless: b keeps its place
    assert.equal(gate.running(), 1);
    assert.equal(
      refusal(() => gate.enter('b')),
      429,
    );
    const leaveC = gate.enter('c');
    assert.equal(
      refusal(() => gate.enter('a')),
      503,
    );
    leaveB();
    leaveC();
    assert.equal(gate.running(), 0);
  });
});
