/**
 * The fair queue in front of the search service, through the whole app (createApp) with a fake search
 * service that holds each search until the test releases it: order of service across client
 * addresses, 429/503 refusals, the page deadline, cached answers that do not wait, and the
 * Server-Timing tally of searches started from another request's callback.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, describe, test } from 'node:test';
import express from 'express';
import request from 'supertest';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import { createApp } from '../../../src/web/app.js';
import type { FederatedQuery, SearchService } from '../../../src/web/search-service.js';
import { fakeRelease, fakeSearch, type FakeSearch } from '../../helpers/fake-search.js';

const HELD: ReadonlySet<PropertyKey> = new Set(['search', 'multiSearch', 'federatedSearch', 'getRelease']);

/** What a call was for: the query text of a federated search (a short last word's trailing space aside), else the method's name. */
function label(method: PropertyKey, args: unknown[]): string {
  if (method === 'federatedSearch') {
    const [queries, federation] = args as [FederatedQuery[], { limit: number }];
    return `${queries[0]?.q.trimEnd() ?? ''}${federation.limit === 0 ? ' (count)' : ''}`;
  }
  return String(method);
}

/** A fake search service whose searches (and release reads) wait until released, in the order they reached it. */
function heldSearch(inner: FakeSearch = fakeSearch({ releases: [fakeRelease('smwk-2026-06-02-agenda')] })) {
  const started: string[] = [];
  const held = new Map<string, () => void>();
  const service = new Proxy(inner, {
    get(target, method, receiver) {
      const value: unknown = Reflect.get(target, method, receiver);
      if (typeof value !== 'function' || !HELD.has(method)) return value;
      return (...args: unknown[]) => {
        const name = label(method, args);
        started.push(name);
        return new Promise((resolve) => held.set(name, () => resolve(Reflect.apply(value, target, args))));
      };
    },
  }) as SearchService;
  return {
    service,
    started,
    release(name: string) {
      const answer = held.get(name);
      assert.ok(answer, `"${name}" was sent to Meilisearch (so far: ${started.join(', ')})`);
      held.delete(name);
      answer();
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Waits until `condition` holds, letting I/O run in between (the requests are real HTTP requests). */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 2));
  assert.ok(condition(), what);
}

interface Site {
  /**
   * Starts a request from `address` (via X-Forwarded-For from a trusted loopback proxy) and waits until the app
   * has it and has queued its searches; `done` is its response.
   */
  send(url: string, address: string): Promise<{ done: Promise<request.Response> }>;
}

let servers: Server[] = [];
afterEach(() => {
  // Also the connections of requests a failed test left waiting, so the file ends instead of hanging.
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  servers = [];
});

async function site(search: SearchService, env: Record<string, string>): Promise<Site> {
  const app = createApp({
    config: loadConfig({ LOG_LEVEL: 'silent', TRUST_PROXY: 'loopback', SEARCH_CACHE_MB: '0', ...env }),
    search,
    log: createLogger('silent', 'test'),
  });
  const arrived: string[] = [];
  const outer = express();
  outer.set('trust proxy', 'loopback');
  outer.use((req, _res, next) => {
    arrived.push(req.url);
    next();
  });
  outer.use(app);
  const server = outer.listen(0, '127.0.0.1');
  servers.push(server);
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    async send(url, address) {
      const done = request(base)
        .get(url)
        .set('X-Forwarded-For', address)
        .then((r) => r);
      await until(() => arrived.includes(url), `${url} reached the app`);
      // The request's searches are queued within the same turn (the ministry names are already loaded).
      await settle();
      return { done };
    },
  };
}

const FLOODER = '203.0.113.9';
const OTHER = '198.51.100.7';

describe('fair search queue (whole app, held fake search service)', () => {
  /** Sends `url` as the first request: the ministry names are read (and kept), then its search is sent. */
  async function first(fake: ReturnType<typeof heldSearch>, { send }: Site, url: string, name: string) {
    const sent = await send(url, OTHER);
    await until(() => fake.started.length === 1, 'the ministry names are read');
    fake.release('search');
    await until(() => fake.started.length === 2, `${name} is sent`);
    return sent;
  }

  test('requests of a second address are served between those of a flooding one', { timeout: 10_000 }, async () => {
    const fake = heldSearch();
    const app = await site(fake.service, { SEARCH_CONCURRENCY: '1' });
    const warm = await first(fake, app, '/api/suche?q=warm', 'warm');
    fake.release('warm');
    assert.equal((await warm.done).status, 200);

    const flood = [];
    for (let i = 1; i <= 5; i++) flood.push(await app.send(`/api/suche?q=f${i}`, FLOODER));
    const other = [await app.send('/api/suche?q=o1', OTHER), await app.send('/api/suche?q=o2', OTHER)];
    const order = ['f1', 'o1', 'f2', 'o2', 'f3', 'f4', 'f5'];
    for (const name of order) {
      await until(() => fake.started.at(-1) === name, `${name} is sent next (so far: ${fake.started.join(', ')})`);
      fake.release(name);
    }
    assert.deepEqual(fake.started.slice(2), order);
    for (const sent of [...flood, ...other]) assert.equal((await sent.done).status, 200);
  });

  test(
    'an address over its share gets a German 429, a full queue or a long wait a German 503',
    { timeout: 10_000 },
    async () => {
      const fake = heldSearch();
      const app = await site(fake.service, {
        SEARCH_CONCURRENCY: '1',
        SEARCH_QUEUE_PER_ADDRESS: '1',
        SEARCH_QUEUE_TOTAL: '2',
        // Long enough that „zweite“ still waits while the refusals below are asked for on a busy
        // machine (with 300 ms it had left the queue once, and „vierte“ waited instead of a 429).
        SEARCH_QUEUE_WAIT_MS: '2000',
      });
      const running = await first(fake, app, '/suche?q=erste', 'erste');
      const waiting = await app.send('/suche?q=zweite', FLOODER);

      const overShare = await (await app.send('/suche?q=dritte', FLOODER)).done;
      assert.equal(overShare.status, 429);
      assert.match(overShare.text, /<html lang="de">/);
      assert.match(overShare.text, /Von Ihrer Adresse kamen in kurzer Zeit sehr viele Suchanfragen/);
      assert.equal(overShare.headers['retry-after'], '5');
      const api = await (await app.send('/api/suche?q=vierte', FLOODER)).done;
      assert.equal(api.status, 429);
      assert.match(api.body.error, /Von Ihrer Adresse/);

      const alsoWaiting = await app.send('/suche?q=fuenfte', '192.0.2.1');
      const full = await (await app.send('/suche?q=sechste', '192.0.2.2')).done;
      assert.equal(full.status, 503);
      assert.match(full.text, /Die Suche ist gerade ausgelastet/);

      // Nobody releases „erste“: the searches waiting behind it run out of time in the queue.
      for (const sent of [waiting, alsoWaiting]) {
        const tooLong = await sent.done;
        assert.equal(tooLong.status, 503);
        assert.match(tooLong.text, /Die Suche ist gerade ausgelastet/);
      }
      fake.release('erste');
      assert.equal((await running.done).status, 200);
      assert.deepEqual(fake.started, ['search', 'erste'], 'no refused search reached Meilisearch');
    },
  );

  test(
    'a page whose search is refused takes its other waiting searches out of the queue',
    { timeout: 10_000 },
    async () => {
      const fake = heldSearch();
      const app = await site(fake.service, { SEARCH_CONCURRENCY: '1', SEARCH_QUEUE_PER_ADDRESS: '1' });
      const running = await first(fake, app, '/suche?q=erste', 'erste');
      // A selected topic: the hits and the topic counts, two searches of one page; the second is over the share.
      const page = await (await app.send('/suche?q=seite&thema=Wissenschaft', FLOODER)).done;
      assert.equal(page.status, 429);
      fake.release('erste');
      assert.equal((await running.done).status, 200);
      const later = await app.send('/suche?q=danach', FLOODER);
      await until(() => fake.started.length === 3, 'the next search is sent');
      fake.release('danach');
      assert.equal((await later.done).status, 200);
      assert.deepEqual(fake.started, ['search', 'erste', 'danach'], 'nothing of the refused page was sent');
    },
  );

  test(
    'a Meilisearch that does not answer makes the page a 503 at its deadline (SEARCH_TIMEOUT_MS)',
    { timeout: 10_000 },
    async () => {
      const fake = heldSearch();
      // Slots enough for the searches that never end (the real client's own timeout would end them).
      const app = await site(fake.service, { SEARCH_TIMEOUT_MS: '200', SEARCH_CONCURRENCY: '8' });
      const page = await (await app.send('/suche?q=still', OTHER)).done;
      assert.equal(page.status, 503);
      assert.match(page.text, /Die Suche ist gerade nicht erreichbar/);
      assert.equal(page.headers['retry-after'], '30');
      const release = await (await app.send('/mitteilung/smwk-2026-06-02-agenda', OTHER)).done;
      assert.equal(release.status, 503);
      const api = await (await app.send('/api/suche?q=still', OTHER)).done;
      assert.equal(api.status, 503);
      assert.match(api.body.error, /nicht erreichbar/);
    },
  );

  test('answers from the search cache do not wait in the queue', { timeout: 10_000 }, async () => {
    const inner = fakeSearch();
    inner.version = 'v1';
    const fake = heldSearch(inner);
    const app = await site(fake.service, { SEARCH_CONCURRENCY: '1', SEARCH_CACHE_MB: '8' });
    const popular = await first(fake, app, '/api/suche?q=beliebt', 'beliebt');
    fake.release('beliebt');
    assert.equal((await popular.done).status, 200);
    // The flood takes the only slot and waits behind it.
    const flood = [await app.send('/api/suche?q=f1', FLOODER), await app.send('/api/suche?q=f2', FLOODER)];
    const cached = await (await app.send('/api/suche?q=beliebt', OTHER)).done;
    assert.equal(cached.status, 200, 'answered while the flood holds the slot');
    assert.deepEqual(fake.started, ['search', 'beliebt', 'f1']);
    fake.release('f1');
    await until(() => fake.started.at(-1) === 'f2', 'f2 is sent');
    fake.release('f2');
    for (const sent of flood) assert.equal((await sent.done).status, 200);
  });

  test(
    'Server-Timing counts a search in its own request, also when another request starts it',
    { timeout: 10_000 },
    async () => {
      const fake = heldSearch();
      const app = await site(fake.service, { SEARCH_CONCURRENCY: '1', SERVER_TIMING: '1' });
      const a = await first(fake, app, '/api/suche?q=a', 'a');
      const b = await app.send('/api/suche?q=b', FLOODER);
      // Releasing a starts b from a's callback.
      fake.release('a');
      await until(() => fake.started.at(-1) === 'b', 'b is sent');
      fake.release('b');
      assert.match(String((await a.done).headers['server-timing']), /desc="searches: 1"/);
      assert.match(String((await b.done).headers['server-timing']), /desc="searches: 1"/);
    },
  );
});
