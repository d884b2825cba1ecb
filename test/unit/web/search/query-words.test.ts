/** Words after the tenth are dropped from the query, as Meilisearch would ignore them, and the page says so. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import request from 'supertest';
import { loadConfig } from '../../../../src/config.js';
import { createLogger } from '../../../../src/log.js';
import { createApp } from '../../../../src/web/app.js';
import { firstWords } from '../../../../src/web/search/query-words.js';
import { fakeSearch } from '../../../helpers/fake-search.js';

const words = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `w${i + from}`).join(' ');

test('ten words or fewer stay as they are', () => {
  assert.deepEqual(firstWords(words(10)), { q: words(10), ignored: '' });
  assert.deepEqual(firstWords('Hightech Agenda'), { q: 'Hightech Agenda', ignored: '' });
  assert.deepEqual(firstWords(''), { q: '', ignored: '' });
});

test('the words after the tenth are returned apart', () => {
  assert.deepEqual(firstWords(words(13)), { q: words(10), ignored: words(3, 11) });
});

test('punctuation is no word; a word joined to the tenth stays with it', () => {
  const q = '„Zell- und Gentherapie“ – eins zwei drei vier fünf sechs Forschungs-Agenda, sieben acht';
  // Words: Zell, und, Gentherapie, eins … sechs (9), Forschungs (10) – its joined part and the comma stay.
  assert.deepEqual(firstWords(q), {
    q: '„Zell- und Gentherapie“ – eins zwei drei vier fünf sechs Forschungs-Agenda,',
    ignored: 'sieben acht',
  });
  assert.deepEqual(firstWords(`${words(10)} – !`), { q: words(10), ignored: '– !' });
  assert.deepEqual(firstWords(`${words(10)}  `), { q: `${words(10)}  `, ignored: '' });
});

describe('the notice on the page and in the API', () => {
  const app = () =>
    createApp({
      config: loadConfig({ LOG_LEVEL: 'silent' }),
      search: fakeSearch(),
      log: createLogger('silent', 'test'),
    });
  const q = 'eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf';

  test('/suche searches the first ten words and says which were left out', async () => {
    const res = await request(app()).get(`/suche?q=${encodeURIComponent(q)}`);
    assert.equal(res.status, 200);
    assert.match(
      res.text,
      /<p>Gesucht wurde nur nach den ersten zehn Wörtern Ihrer Eingabe. Nicht berücksichtigt: „elf zwölf“.<\/p>/,
    );
    assert.match(res.text, /value="eins zwei drei vier fünf sechs sieben acht neun zehn"/);
    const plain = await request(app()).get('/suche?q=eins+zwei');
    assert.doesNotMatch(plain.text, /Nicht berücksichtigt/);
  });

  test('/api/suche names the words left out', async () => {
    const res = await request(app()).get(`/api/suche?q=${encodeURIComponent(q)}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.ignoredWords, 'elf zwölf');
    assert.equal((await request(app()).get('/api/suche?q=eins')).body.ignoredWords, undefined);
  });
});
