import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { SearchConfigError } from '../../../../../src/errors/search-config-error.js';
import {
  DEFAULT_MINISTRIES_FILE,
  loadMinistryVocabulary,
  parseMinistryVocabulary,
} from '../../../../../ingest/classify/senders/sender-vocabulary.js';

const vocab = loadMinistryVocabulary();

describe('ministries.json', () => {
  test('lists the eleven Saxon ministries and the Staatskanzlei with unique, quote-free short names', () => {
    const ministries = vocab.senders.filter((s) => s.kind === 'ministry').map((s) => s.short);
    assert.deepEqual(ministries, ['SK', 'SMF', 'SMI', 'SMJ', 'SMK', 'SMS', 'SMWA', 'SMWK', 'SMUL', 'SMIL']);
    const shorts = vocab.senders.map((s) => s.short.toLowerCase());
    assert.equal(new Set(shorts).size, shorts.length);
    assert.ok(shorts.every((s) => !/["'`„“”]/.test(s)));
  });

  test('validation errors name the file and the key', () => {
    const json = JSON.parse(readFileSync(DEFAULT_MINISTRIES_FILE, 'utf8')) as { ministries: Array<{ short: string }> };
    const broken = structuredClone(json);
    broken.ministries[3]!.short = 'SM"J';
    assert.throws(
      () => parseMinistryVocabulary(broken, 'search-config/ministries.json'),
      (error: unknown) =>
        error instanceof SearchConfigError &&
        error.message.startsWith('search-config/ministries.json: ministries[3].short:'),
    );
    const duplicate = structuredClone(json);
    duplicate.ministries[4]!.short = 'SMF';
    assert.throws(
      () => parseMinistryVocabulary(duplicate, 'm.json'),
      /m\.json: ministries\[4\]\.short: "SMF" is already used/,
    );
    assert.throws(
      () => parseMinistryVocabulary({ ...json, extra: 1 }, 'm.json'),
      /m\.json: extra: is not a known field/,
    );
  });
});
