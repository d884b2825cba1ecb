/** The fair queue's key of a client address: IPv4 as it is, IPv6 by its /64, IPv4 written as IPv6 as IPv4. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientAddressKey } from '../../../src/web/client-address.js';

test('IPv4 addresses are their own key, also when written as IPv6', () => {
  assert.equal(clientAddressKey('192.0.2.7'), '192.0.2.7');
  assert.equal(clientAddressKey('::ffff:192.0.2.7'), '192.0.2.7');
  assert.equal(clientAddressKey('::FFFF:192.0.2.7'), '192.0.2.7');
  assert.equal(clientAddressKey(undefined), '');
});

test('IPv6 addresses of one /64 share a key, in every spelling', () => {
  const key = clientAddressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd');
  assert.equal(key, '2001:db8:1:2::/64');
  for (const ip of ['2001:db8:1:2::1', '2001:0db8:0001:0002:0:0:0:ffff', '2001:DB8:1:2::abcd%eth0']) {
    assert.equal(clientAddressKey(ip), key, ip);
  }
  assert.notEqual(clientAddressKey('2001:db8:1:3::1'), key);
  assert.equal(clientAddressKey('2001:db8::1'), '2001:db8:0:0::/64');
  assert.equal(clientAddressKey('::1'), '0:0:0:0::/64');
  assert.equal(clientAddressKey('fe80::1:2:3:4'), 'fe80:0:0:0::/64');
});
