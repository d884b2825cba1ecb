import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';
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
  const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
  assert.deepEqual(describeFailure(full, HOST), {
    line: 'write failed (ENOSPC); what was finished stays indexed; fix it and run the same command again.',
    internal: false,
  });
  const wrongKey = new MeilisearchApiError(new Response(null, { status: 403 }), {
    message: 'The provided API key is invalid.',
    code: 'invalid_api_key',
    type: 'auth',
    link: '',
  });
  assert.deepEqual(describeFailure(wrongKey, HOST), {
    line: 'Meilisearch refused the request: The provided API key is invalid.',
    internal: false,
  });
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
