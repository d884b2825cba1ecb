import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ARCHIVE_INDEXES,
  archiveIndexNames,
  archiveIndexUids,
  rebuildIndexNames,
} from '../../../src/archive/archive-indexes.js';

describe('archive indexes', () => {
  test('every index of the archive is named from MEILI_INDEX', () => {
    assert.deepEqual(archiveIndexNames('pm'), { releases: 'pm', withdrawn: 'pm_withdrawn', words: 'pm_words' });
    assert.deepEqual(archiveIndexUids('pm'), ['pm', 'pm_withdrawn', 'pm_words']);
  });

  test('a rebuild fills one new index per live index', () => {
    assert.deepEqual(rebuildIndexNames('pm'), {
      releases: 'pm_rebuild',
      withdrawn: 'pm_withdrawn_rebuild',
      words: 'pm_words_rebuild',
    });
  });

  test('no two roles share a name, and every role has valid settings', () => {
    const uids = archiveIndexUids('pm');
    assert.equal(new Set(uids).size, uids.length);
    for (const spec of Object.values(ARCHIVE_INDEXES)) assert.equal(spec.config().primaryKey, 'id');
  });
});
