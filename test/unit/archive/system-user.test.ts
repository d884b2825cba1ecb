import assert from 'node:assert/strict';
import os from 'node:os';
import { describe, test } from 'node:test';
import { systemUser } from '../../../src/archive/system-user.js';

describe('the system user', () => {
  test('is the user name where the passwd database has one', () => {
    assert.equal(systemUser(), os.userInfo().username);
  });

  test('is the uid where it has none (a container started with --user 1234); other errors pass', () => {
    const noEntry = (): never => {
      // What os.userInfo() throws then (checked with process.setuid to a uid without an entry).
      throw Object.assign(new Error('A system error occurred: uv_os_get_passwd returned ENOENT'), {
        code: 'ERR_SYSTEM_ERROR',
      });
    };
    assert.equal(systemUser(noEntry), String(process.getuid!()));
    assert.throws(() =>
      systemUser(() => {
        throw new TypeError('something else');
      }),
    );
  });
});
