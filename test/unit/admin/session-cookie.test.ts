import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import {
  cookieHeader,
  readCookie,
  readOrCreateSecret,
  sameToken,
  sign,
  unsign,
} from '../../../src/admin/session/session-cookie.js';
import { tempDir } from '../../helpers/temp-dir.js';

test('a signed value comes back only with its own signature and secret', () => {
  const secret = Buffer.alloc(32, 1);
  const signed = sign(secret, 'abc');
  assert.equal(unsign(secret, signed), 'abc');
  assert.equal(unsign(Buffer.alloc(32, 2), signed), undefined, 'another secret');
  assert.equal(unsign(secret, signed.replace(/^abc/, 'abd')), undefined, 'another value');
  assert.equal(unsign(secret, 'abc'), undefined, 'no signature');
  assert.equal(unsign(secret, undefined), undefined);
});

test('cookie header flags and reading a cookie back', () => {
  assert.equal(
    cookieHeader('s', 'v', { path: '/archiv/verwaltung', secure: true }),
    's=v; Path=/archiv/verwaltung; HttpOnly; SameSite=Strict; Secure',
  );
  assert.equal(
    cookieHeader('s', '', { path: '/v', secure: false, maxAge: 0 }),
    's=; Path=/v; HttpOnly; SameSite=Strict; Max-Age=0',
  );
  assert.equal(readCookie('a=1; s=two.x; b=3', 's'), 'two.x');
  assert.equal(readCookie(undefined, 's'), undefined);
  assert.equal(sameToken('a', 'a'), true);
  assert.equal(sameToken('a', 'b'), false);
  assert.equal(sameToken(undefined, undefined), false);
});

test('the secret is made once, 0600, and read again', async () => {
  const dir = await tempDir();
  const file = path.join(dir.path, 'admin', 'cookie-secret');
  const first = await readOrCreateSecret(file);
  assert.equal(first.length, 32);
  assert.deepEqual(await readOrCreateSecret(file), first);
  assert.equal((await stat(file)).mode & 0o777, 0o600);
  await dir.remove();
});
