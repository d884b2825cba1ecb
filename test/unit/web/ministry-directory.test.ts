import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMinistryDirectory } from '../../../src/web/ministry-directory.js';
import { fakeRelease, fakeSearch } from '../../helpers/fake-search.js';

const releases = [
  fakeRelease('a', { ministryShort: 'SMK', ministry: 'Sächsisches Staatsministerium für Kultus' }),
  fakeRelease('b', { ministryShort: 'SMF', ministry: 'Sächsisches Staatsministerium der Finanzen' }),
];

describe('createMinistryDirectory', () => {
  test('maps each sender abbreviation to its name, as found in the index', async () => {
    const directory = createMinistryDirectory(fakeSearch({ releases }), 60_000);
    const names = await directory.get();
    assert.deepEqual(
      [...names],
      [
        ['SMK', 'Sächsisches Staatsministerium für Kultus'],
        ['SMF', 'Sächsisches Staatsministerium der Finanzen'],
      ],
    );
  });

  test('asks for the newest release of each ministryShort, with only the two fields', async () => {
    const search = fakeSearch({ releases });
    await createMinistryDirectory(search, 60_000).get();
    assert.equal(search.calls.length, 1);
    const query = search.calls[0]?.queries as Record<string, unknown>;
    assert.equal(query.q, '');
    assert.equal(query.distinct, 'ministryShort');
    assert.deepEqual(query.sort, ['dateNum:desc']);
    assert.deepEqual(query.attributesToRetrieve, ['ministryShort', 'ministry']);
    assert.ok(typeof query.limit === 'number' && query.limit >= 100);
  });

  test('the names are kept for the given time: a second get does not search again', async () => {
    const search = fakeSearch({ releases });
    const directory = createMinistryDirectory(search, 60_000);
    await directory.get();
    await directory.get();
    assert.equal(search.calls.length, 1);
  });

  test('with a time of 0 (a function asked on every get), each get searches again', async () => {
    const search = fakeSearch({ releases });
    let ttl = 60_000;
    const directory = createMinistryDirectory(search, () => ttl);
    await directory.get();
    ttl = 0;
    await directory.get();
    assert.equal(search.calls.length, 2);
  });
});
