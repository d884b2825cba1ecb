/**
 * How the search service reads Meilisearch's answers: its own 408 (it timed out reading the request
 * while overloaded) is an outage, a 503 page; another 4xx (a wrong request) stays the error it is.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { MeilisearchApiError } from 'meilisearch';
import { SearchUnavailableError } from '../../../src/errors/search-unavailable-error.js';
import { createSearchService } from '../../../src/web/search-service.js';

let status = 200;
let server: Server;
let host = '';
before(async () => {
  server = createServer((_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: 'x', code: 'x', type: 'x', link: 'x' }));
  }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

test('a 408 of Meilisearch is an outage', async () => {
  status = 408;
  const search = createSearchService({ host, apiKey: 'k', index: 'i' });
  await assert.rejects(search.multiSearch([{ q: 'a' }]), SearchUnavailableError);
});

test('a 400 of Meilisearch stays an API error (a wrong request is no outage)', async () => {
  status = 400;
  const search = createSearchService({ host, apiKey: 'k', index: 'i' });
  await assert.rejects(search.multiSearch([{ q: 'a' }]), (error) => error instanceof MeilisearchApiError);
});
