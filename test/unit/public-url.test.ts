import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../../src/config.js';
import { publicUrlNotice } from '../../src/public-url-notice.js';
import { absoluteUrls } from '../../src/web/absolute-url.js';

test('PUBLIC_URL is read without its trailing slash and its path must be BASE_PATH', () => {
  const config = loadConfig({ PUBLIC_URL: 'https://presse.example.de/archiv/', BASE_PATH: '/archiv' });
  assert.equal(config.publicUrl, 'https://presse.example.de/archiv');
  assert.equal(config.publicUrlGiven, true);
  assert.equal(loadConfig({ PUBLIC_URL: 'https://Presse.Example.de:443' }).publicUrl, 'https://presse.example.de');
  assert.equal(loadConfig({ PUBLIC_URL: 'http://localhost:8080/' }).publicUrl, 'http://localhost:8080');
  assert.equal(publicUrlNotice(config), undefined, 'no notice when it is set');
});

test('without PUBLIC_URL the address is built from HOST, PORT and BASE_PATH, with a notice', () => {
  const config = loadConfig({ HOST: '0.0.0.0', PORT: '8080', BASE_PATH: '/archiv' });
  assert.equal(config.publicUrl, 'http://0.0.0.0:8080/archiv');
  assert.equal(config.publicUrlGiven, false);
  assert.equal(loadConfig({}).publicUrl, 'http://127.0.0.1:3000');
  assert.equal(loadConfig({ HOST: '::1' }).publicUrl, 'http://[::1]:3000');
  assert.match(publicUrlNotice(config)!, /PUBLIC_URL is not set: .* http:\/\/0\.0\.0\.0:8080\/archiv\//);
});

test('a wrong PUBLIC_URL names the variable', () => {
  for (const raw of [
    'presse.example.de',
    'ftp://presse.example.de',
    'https://a.de/?x=1',
    'https://a.de/#x',
    'https://u:p@a.de',
  ]) {
    assert.throws(
      () => loadConfig({ PUBLIC_URL: raw }),
      /^ConfigError: PUBLIC_URL must be an http or https address/,
      raw,
    );
  }
  assert.throws(
    () => loadConfig({ PUBLIC_URL: 'https://a.de/presse', BASE_PATH: '/archiv' }),
    /PUBLIC_URL must have BASE_PATH \("\/archiv"\) as its path/,
  );
  assert.throws(() => loadConfig({ PUBLIC_URL: 'https://a.de/archiv' }), /PUBLIC_URL must have BASE_PATH/);
});

test('absolute URLs put the public origin before a site path that holds BASE_PATH', () => {
  const absolute = absoluteUrls('https://presse.example.de/archiv');
  assert.equal(absolute('/archiv/mitteilung/a-1'), 'https://presse.example.de/archiv/mitteilung/a-1');
  assert.equal(absoluteUrls('http://127.0.0.1:3000')('/suche?q=x'), 'http://127.0.0.1:3000/suche?q=x');
  assert.throws(() => absolute('mitteilung/a-1'), /Not a site path/);
});
