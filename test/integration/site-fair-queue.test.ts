/**
 * The fair search queue against a real Meilisearch: while Meilisearch is paused (SIGSTOP), one client
 * address sends a flood of searches and another address one search; once Meilisearch runs again, the
 * second address's search is answered right after the flood's first one, not behind the whole flood.
 * One search at a time (SEARCH_CONCURRENCY=1) makes the order of service the order of answers.
 * The requests come from different loopback addresses (127.0.0.2, 127.0.0.3), as visitors do.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { startSite, type Site } from '../helpers/site-harness.js';

const FLOODER = '127.0.0.2';
const OTHER = '127.0.0.3';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('fair search queue (real Meilisearch, paused while the queue fills)', { timeout: 90_000 }, () => {
  let site: Site;
  let server: Server;
  let port: number;

  /** GET `url` from `localAddress`; resolves with the status once the whole answer has arrived. */
  function get(url: string, localAddress: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path: url, localAddress, agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
    });
  }

  /** Starts the app with `env` on a free loopback port. */
  async function serve(env: Record<string, string>): Promise<void> {
    server?.closeAllConnections();
    server?.close();
    server = site
      .app({
        SEARCH_CACHE_MB: '0',
        SEARCH_TIMEOUT_MS: '60000',
        SEARCH_QUEUE_WAIT_MS: '60000',
        // One search per page, as the order of answers below assumes (the adaptive plan sends the
        // word-list lookup beside the search, and a second lookup for unknown words).
        SEARCH_PLAN: 'federated',
        ...env,
      })
      .listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
    // Warm up: the ministry names are read and kept, so each later page asks for one search.
    assert.equal(await get('/api/suche?q=Hochschule', OTHER), 200);
  }

  /**
   * With Meilisearch paused, six searches from FLOODER and then one from OTHER; returns the order in
   * which their answers arrived after Meilisearch was let go on.
   */
  async function floodAndOther(): Promise<string[]> {
    const order: string[] = [];
    const sent: Promise<void>[] = [];
    const send = (name: string, url: string, address: string) => {
      sent.push(
        get(url, address).then((status) => {
          assert.equal(status, 200, `${name} answered ${status}`);
          order.push(name);
        }),
      );
    };
    process.kill(site.meili.process.pid, 'SIGSTOP');
    try {
      // Distinct queries, so no answer is shared with another request's search.
      const words = ['Zelltherapie', 'Gentherapie', 'Forschung', 'Wissenschaft', 'Universität', 'Studium'];
      for (const [i, word] of words.entries()) {
        send(`f${i + 1}`, `/api/suche?q=${encodeURIComponent(word)}`, FLOODER);
        await pause(100);
      }
      send('o1', '/api/suche?q=Hochschulbau', OTHER);
      await pause(300);
    } finally {
      process.kill(site.meili.process.pid, 'SIGCONT');
    }
    await Promise.all(sent);
    return order;
  }

  before(async () => {
    site = await startSite();
  });
  after(async () => {
    if (site) process.kill(site.meili.process.pid, 'SIGCONT');
    server?.closeAllConnections();
    server?.close();
    await site?.stop();
  });

  test(
    'a second address is served right after the search already running, not behind the flood',
    { timeout: 30_000 },
    async () => {
      await serve({ SEARCH_CONCURRENCY: '1', SEARCH_CONCURRENCY_PER_ADDRESS: '1' });
      const order = await floodAndOther();
      assert.deepEqual(order.slice(0, 2).sort(), ['f1', 'o1'], `order of answers: ${order.join(', ')}`);
    },
  );
});
