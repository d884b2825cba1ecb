/** Case numbers of feedback reports: short, readable, unique among the stored ones. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CASE_NUMBER, newCaseNumber } from '../../../src/feedback/case-number.js';

describe('newCaseNumber', () => {
  test('two groups of four characters without 0/O, 1/I/L', () => {
    for (let i = 0; i < 200; i++) {
      const number = newCaseNumber(new Set());
      assert.match(number, CASE_NUMBER);
      assert.doesNotMatch(number, /[01OIL]/);
    }
  });

  test('a number already taken is drawn again', () => {
    // The first draw gives AAAA-AAAA (taken), the second BBBB-BBBB.
    let call = 0;
    const pick = () => (call++ < 8 ? 0 : 1);
    assert.equal(newCaseNumber(new Set(['AAAA-AAAA']), pick), 'BBBB-BBBB');
  });
});
