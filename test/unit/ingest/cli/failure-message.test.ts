import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MeilisearchRequestError } from 'meilisearch';
import { describeFailure } from '../../../../ingest/cli/failure-message.js';
import { StateJournalError } from '../../../../ingest/store/state-journal-error.js';
import { SearchConfigError } from '../../../../src/errors/search-config-error.js';

const HOST = 'http://127.0.0.1:7700';

test('errors the operator can act on are told as they are', () => {
  const journal = new StateJournalError('/data/state/p.jsonl', {
    cause: Object.assign(new Error('x'), { code: 'EISDIR' }),
  });
  assert.deepEqual(describeFailure(journal, HOST), { line: journal.message, internal: false });
  const config = new SearchConfigError('search-config/topics.json', 'topics[2].name', 'must be a non-empty string');
  assert.deepEqual(describeFailure(config, HOST), {
    line: 'search-config/topics.json: topics[2].name: must be a non-empty string',
    internal: false,
  });
  const disk = Object.assign(new Error('EACCES: permission denied'), {
    code: 'EACCES',
    syscall: 'open',
    path: '/data/cache/extraction/ab/ab.json',
  });
  assert.match(describeFailure(disk, HOST).line, /^open failed on \/data\/cache\/extraction\/ab\/ab\.json \(EACCES\)/);
});

test('only errors of the connection are reported as Meilisearch being unreachable', () => {
  const lost = new MeilisearchRequestError(HOST, new TypeError('fetch failed'));
  assert.match(describeFailure(lost, HOST).line, /^Meilisearch at http:\/\/127\.0\.0\.1:7700 is no longer reachable/);
  assert.equal(describeFailure(new TypeError('fetch failed'), HOST).internal, false);
});

test('a programming error is an internal error, not an outage', () => {
  const bug = new TypeError("Cannot read properties of undefined (reading 'sources')");
  assert.deepEqual(describeFailure(bug, HOST), {
    line: "internal error, please report it: Cannot read properties of undefined (reading 'sources')",
    internal: true,
  });
});
