import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SearchConfigError } from '../../../../src/errors/search-config-error.js';
import { JsonFields } from '../../../../src/archive/search-config/json-fields.js';

const FILE = 'search-config/ministries.json';
const fields = new JsonFields(FILE);

/** Asserts that `run` throws a SearchConfigError naming the file, the key path and the problem. */
function assertConfigError(run: () => unknown, key: string, message: string): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof SearchConfigError);
    assert.equal(error.file, FILE);
    assert.equal(error.key, key);
    assert.equal(error.message, message);
    return true;
  });
}

describe('JsonFields.object', () => {
  test('accepts a plain object and returns it', () => {
    const value = { a: 1 };
    assert.equal(fields.object(value, 'ministries[0]'), value);
  });

  for (const [label, value] of [
    ['null', null],
    ['an array', []],
    ['a string', 'x'],
  ] as const) {
    test(`rejects ${label}`, () => {
      assertConfigError(
        () => fields.object(value, 'ministries[2]'),
        'ministries[2]',
        `${FILE}: ministries[2]: must be an object`,
      );
    });
  }

  test('an empty key is reported as (root)', () => {
    assertConfigError(() => fields.object([], ''), '', `${FILE}: (root): must be an object`);
  });
});

describe('JsonFields.array', () => {
  test('accepts an array, rejects an object', () => {
    assert.deepEqual(fields.array([1, 2], 'ministries'), [1, 2]);
    assertConfigError(() => fields.array({}, 'ministries'), 'ministries', `${FILE}: ministries: must be an array`);
  });
});

describe('JsonFields.string', () => {
  test('accepts a non-empty string', () => {
    assert.equal(fields.string('SMWK', 'ministries[2].short'), 'SMWK');
  });

  for (const [label, value] of [
    ['an empty string', ''],
    ['a blank string', '  \t'],
    ['a number', 7],
    ['undefined', undefined],
  ] as const) {
    test(`rejects ${label}`, () => {
      assertConfigError(
        () => fields.string(value, 'ministries[2].short'),
        'ministries[2].short',
        `${FILE}: ministries[2].short: must be a non-empty string`,
      );
    });
  }
});

describe('JsonFields.optionalString and optionalNumber', () => {
  test('missing values are undefined', () => {
    assert.equal(fields.optionalString(undefined, 'x'), undefined);
    assert.equal(fields.optionalNumber(undefined, 'x'), undefined);
  });

  test('present values are checked', () => {
    assert.equal(fields.optionalString('Kultus', 'x'), 'Kultus');
    assertConfigError(() => fields.optionalString('', 'a.b'), 'a.b', `${FILE}: a.b: must be a non-empty string`);
    assert.equal(fields.optionalNumber(0, 'x'), 0);
    assertConfigError(() => fields.optionalNumber('3', 'a.n'), 'a.n', `${FILE}: a.n: must be a number`);
    assertConfigError(() => fields.optionalNumber(Number.NaN, 'a.n'), 'a.n', `${FILE}: a.n: must be a number`);
    assertConfigError(
      () => fields.optionalNumber(Number.POSITIVE_INFINITY, 'a.n'),
      'a.n',
      `${FILE}: a.n: must be a number`,
    );
  });
});

describe('JsonFields.strings', () => {
  test('a missing list is empty', () => {
    assert.deepEqual(fields.strings(undefined, 'ministries[1].aliases'), []);
  });

  test('returns the strings of a list', () => {
    assert.deepEqual(fields.strings(['SMK', 'Kultusministerium'], 'ministries[1].aliases'), [
      'SMK',
      'Kultusministerium',
    ]);
  });

  test('a bad item is named with its index', () => {
    assertConfigError(
      () => fields.strings(['SMK', '', 'x'], 'ministries[1].aliases'),
      'ministries[1].aliases[1]',
      `${FILE}: ministries[1].aliases[1]: must be a non-empty string`,
    );
  });

  test('a non-list is rejected with the key of the list', () => {
    assertConfigError(
      () => fields.strings('SMK', 'ministries[1].aliases'),
      'ministries[1].aliases',
      `${FILE}: ministries[1].aliases: must be an array`,
    );
  });
});

describe('JsonFields.regex', () => {
  test('compiles a global Unicode expression', () => {
    const pattern = fields.regex('\\p{Lu}+', 'patterns[0]');
    assert.equal(pattern.flags, 'gu');
    assert.deepEqual('SMWK und SMK'.match(pattern), ['SMWK', 'SMK']);
  });

  test('an invalid expression names file and key and keeps the cause', () => {
    assert.throws(
      () => fields.regex('(unclosed', 'ministries[0].patterns[3]'),
      (error: unknown) => {
        assert.ok(error instanceof SearchConfigError);
        assert.equal(error.key, 'ministries[0].patterns[3]');
        assert.match(
          error.message,
          /^search-config\/ministries\.json: ministries\[0\]\.patterns\[3\]: is not a valid regular expression \(SyntaxError: /,
        );
        assert.ok(error.cause instanceof SyntaxError);
        return true;
      },
    );
  });
});

describe('JsonFields.knownKeys', () => {
  test('accepts allowed keys and keys starting with $', () => {
    assert.doesNotThrow(() =>
      fields.knownKeys({ name: 'x', short: 'y', $comment: 'z' }, ['name', 'short'], 'ministries[0]'),
    );
  });

  test('rejects a typo with its full key path', () => {
    assertConfigError(
      () => fields.knownKeys({ name: 'x', shrot: 'y' }, ['name', 'short'], 'ministries[0]'),
      'ministries[0].shrot',
      `${FILE}: ministries[0].shrot: is not a known field`,
    );
  });

  test('at the root the key is just the field name', () => {
    assertConfigError(
      () => fields.knownKeys({ ministries: [], extra: 1 }, ['ministries'], ''),
      'extra',
      `${FILE}: extra: is not a known field`,
    );
  });
});
