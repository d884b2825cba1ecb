import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ACCOUNT_RULE, ADDRESS_RULE, FORGET_MS, SignInThrottle } from '../../../src/admin/session/sign-in-throttle.js';

function clock(): { now: () => number; advance(ms: number): void } {
  let t = 1_000_000;
  return { now: () => t, advance: (ms) => (t += ms) };
}

test('a name is locked after its fifth failure, the lock expires, and each later failure doubles it up to the cap', () => {
  const c = clock();
  const throttle = new SignInThrottle(c.now);
  for (let i = 1; i < ACCOUNT_RULE.free; i++) {
    assert.deepEqual(throttle.failed('anna', `10.0.0.${i}`), [], `failure ${i} is free`);
    assert.equal(throttle.lockFor('anna', '10.0.0.99'), undefined);
  }
  assert.deepEqual(throttle.failed('anna', '10.0.0.9'), [{ kind: 'account', remainingMs: 60_000 }]);
  assert.deepEqual(throttle.lockFor('anna', '10.0.0.99'), { kind: 'account', remainingMs: 60_000 });
  assert.equal(throttle.lockFor('berta', '10.0.0.99'), undefined, 'other names are not locked');
  c.advance(60_000);
  assert.equal(throttle.lockFor('anna', '10.0.0.99'), undefined, 'the lock expired');
  assert.equal(throttle.failed('anna', '10.0.0.9')[0]?.remainingMs, 120_000);
  c.advance(120_000);
  for (let i = 0; i < 5; i++) {
    const [lock] = throttle.failed('anna', `10.0.1.${i}`);
    assert.ok(lock && lock.remainingMs <= ACCOUNT_RULE.maxLockMs, 'never beyond the cap');
    c.advance(lock.remainingMs);
  }
  assert.equal(throttle.lockFor('anna', '10.0.0.99'), undefined, 'every lock expires');
  c.advance(FORGET_MS + 1);
  assert.deepEqual(throttle.failed('anna', '10.0.2.1'), [], 'an hour later the count starts again');
});

test('an address is locked after ten failures on any names; a success clears the name, not the address', () => {
  const c = clock();
  const throttle = new SignInThrottle(c.now);
  for (let i = 1; i < ADDRESS_RULE.free; i++) assert.deepEqual(throttle.failed(`name${i}`, '192.0.2.1'), []);
  assert.deepEqual(throttle.failed('name10', '192.0.2.1'), [{ kind: 'address', remainingMs: 60_000 }]);
  assert.equal(throttle.lockFor('anyone', '192.0.2.1')?.kind, 'address');
  assert.equal(throttle.lockFor('anyone', '192.0.2.2'), undefined);
  for (let i = 0; i < 4; i++) throttle.failed('carla', '198.51.100.1');
  throttle.succeeded('carla');
  assert.deepEqual(throttle.failed('carla', '198.51.100.2'), [], 'the name starts again after a success');
});
