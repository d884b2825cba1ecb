/** The legal settings: refused in production when missing, a warning otherwise, nothing when complete. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkLegalSettings, LEGAL_SETTINGS } from '../../src/legal-settings-check.js';

const complete = Object.fromEntries(LEGAL_SETTINGS.map((name) => [name, 'gesetzt']));

describe('checkLegalSettings', () => {
  test('complete: nothing to say, in production too', () => {
    assert.equal(checkLegalSettings({ ...complete, NODE_ENV: 'production' }), undefined);
  });

  test('production without some: refused, naming exactly the missing ones (blank counts as missing)', () => {
    const check = checkLegalSettings({ ...complete, OPERATOR_EMAIL: ' ', ARBITRATION_URL: '', NODE_ENV: 'production' });
    assert.ok(check && 'refuse' in check);
    assert.match(check.refuse, /not set: OPERATOR_EMAIL, ARBITRATION_URL$/);
  });

  test('otherwise: a warning that names them and says production would refuse', () => {
    const check = checkLegalSettings({ OPERATOR_NAME: 'Landesamt' });
    assert.ok(check && 'warn' in check);
    assert.match(
      check.warn,
      /not set: OPERATOR_ADDRESS, .*ARBITRATION_URL\. With NODE_ENV=production the start is refused\.$/,
    );
  });
});
