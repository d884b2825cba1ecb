import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dummyHash, hashPassword, verifyPassword } from '../../../src/admin/accounts/password-hash.js';

test('scrypt hashes: salted, checked, and nothing else passes', async () => {
  const hash = await hashPassword('Korrekt Pferd Batterie');
  assert.match(hash, /^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
  assert.notEqual(await hashPassword('Korrekt Pferd Batterie'), hash, 'a new salt each time');
  assert.equal(await verifyPassword('Korrekt Pferd Batterie', hash), true);
  assert.equal(await verifyPassword('korrekt Pferd Batterie', hash), false);
  assert.equal(await verifyPassword('', hash), false);
  assert.equal(await verifyPassword('x', 'plain-text'), false);
  assert.equal(await verifyPassword('Korrekt Pferd Batterie', await dummyHash()), false);
});
