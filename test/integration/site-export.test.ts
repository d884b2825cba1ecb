/**
 * Exports of a search against a real Meilisearch: /suche.csv and /api/suche.jsonl apply the filters
 * of /suche, stop at 5,000 rows (the archive holds 5,050 more releases than the site tests' own, so
 * an export takes five pages of 1,000, with and without a query text), escape hostile text, and wait
 * in the fair queue under the client's address: with Meilisearch paused, an export of an address
 * whose queue is full is refused, a second export of one address is refused, and EXPORT_CONCURRENCY
 * holds for all addresses together.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import request from 'supertest';
import { isoDateToDayNumber, type Release } from '../../src/archive/release.js';
import { startSite, type Site } from '../helpers/site-harness.js';
import { ALL_RELEASES, NAMES, SMWK_RELEASE } from '../helpers/site-releases.js';

const PUBLIC_URL = 'https://presse.example.de';
const BULK = 5050;

/** Tiny releases of the SMWK, one a day from 1 January 2000 (till 2013). */
const MANY: Release[] = Array.from({ length: BULK }, (_, i) => {
  const date = new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
  const { structuredBody: _structured, ...rest } = SMWK_RELEASE;
  return {
    ...rest,
    id: `smwk-${date}-massenmeldung-${i}`,
    title: `Massenmeldung ${i + 1}`,
    summary: 'Kurz.',
    body: ['Kurz.'],
    date,
    dateNum: isoDateToDayNumber(date)!,
    year: Number(date.slice(0, 4)),
    topics: ['Wissenschaft'],
  };
});

const FORMULA_ID = 'smi-2025-03-01-formel';
const FORMULA_TITLE = '=HYPERLINK("http://evil.example";"Klick") ; "Zitat"\nZeile\u0007';
const FORMULA: Release = {
  ...ALL_RELEASES.find((r) => r.ministryShort === 'SMI')!,
  id: FORMULA_ID,
  title: FORMULA_TITLE,
  subtitle: '@SUMME(A1)',
  summary: '-2+3 Formelgefahr\u0000',
  body: ['Formelgefahr'],
  date: '2025-03-01',
  dateNum: isoDateToDayNumber('2025-03-01')!,
  year: 2025,
};

/** An RFC 4180 reader of our own (semicolons), independent of the writer under test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  assert.equal(cell, '', 'the file ends with a row end');
  assert.deepEqual(row, []);
  return rows;
}

function csvOf(body: Buffer): { bom: boolean; header: string[]; rows: string[][] } {
  const text = body.toString('utf8');
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  return { bom: text.startsWith('\uFEFF'), header: header!, rows };
}

const asBuffer = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('exports of a search (real Meilisearch)', { timeout: 180_000 }, () => {
  let site: Site;
  before(async () => {
    site = await startSite([...ALL_RELEASES, FORMULA, ...MANY]);
  });
  after(async () => {
    await site?.stop();
  });

  const app = () => site.app({ PUBLIC_URL });
  const get = (url: string) => request(app()).get(url).buffer(true).parse(asBuffer);

  test('CSV: UTF-8 with BOM, a header row, the filters of /suche, absolute addresses, a German file name', async () => {
    const res = await get('/suche.csv?ministerium=SMK&von=2025&sortierung=aelteste&seite=3');
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type']!, /^text\/csv; charset=utf-8/);
    assert.match(
      res.headers['content-disposition']!,
      /^attachment; filename="Pressearchiv-Suche-\d{4}-\d\d-\d\d\.csv"/,
    );
    const { bom, header, rows } = csvOf(res.body as Buffer);
    assert.ok(bom);
    assert.deepEqual(header, [
      'Datum',
      'Titel',
      'Untertitel',
      'Behörde',
      'Kürzel',
      'Themen',
      'Zusammenfassung',
      'Adresse',
      'Kennung',
      'Art',
      'Hinweis',
    ]);
    const expected = ALL_RELEASES.filter((r) => r.ministryShort === 'SMK' && r.date >= '2025-01-01')
      .map((r) => r.date)
      .sort();
    assert.ok(expected.length >= 2);
    assert.deepEqual(
      rows.map((r) => r[0]),
      expected,
      'every SMK release since 2025, oldest first (seite ignored)',
    );
    for (const row of rows) {
      assert.equal(row[3], NAMES.SMK);
      assert.equal(row[7], `${PUBLIC_URL}/mitteilung/${row[8]}`);
    }
    assert.equal(res.headers['x-total-hits'], String(expected.length));
  });

  test('hostile titles: formulas neutralised, quotes and separators kept inside their cell, control characters gone', async () => {
    const res = await get('/suche.csv?q=Formelgefahr');
    assert.equal(res.status, 200);
    const text = (res.body as Buffer).toString('utf8');
    assert.ok(!text.includes('\u0000') && !text.includes('\u0007'), 'no control characters');
    const { rows } = csvOf(res.body as Buffer);
    const row = rows.find((r) => r[8] === FORMULA_ID);
    assert.ok(row, 'the release is exported');
    assert.equal(row[1], `'${FORMULA_TITLE.replace('\u0007', '')}`);
    assert.equal(row[2], "'@SUMME(A1)");
    assert.equal(row[6], "'-2+3 Formelgefahr");
    assert.equal(row.length, 11);
  });

  test('at most 5,000 rows, in five pages without gaps or repeats (date order and a query text)', async () => {
    const csv = await get('/suche.csv');
    assert.equal(csv.status, 200);
    assert.equal(Number(csv.headers['x-total-hits']), ALL_RELEASES.length + 1 + BULK);
    const { rows } = csvOf(csv.body as Buffer);
    assert.equal(rows.length, 5000);
    assert.equal(new Set(rows.map((r) => r[8])).size, 5000, 'no release twice');
    const dates = rows.map((r) => r[0]!);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first across the pages');

    const jsonl = await get('/api/suche.jsonl?q=Massenmeldung');
    assert.equal(jsonl.status, 200);
    const lines = (jsonl.body as Buffer).toString('utf8').split('\n');
    assert.equal(lines.pop(), '', 'every line ends with a line break');
    assert.equal(lines.length, 5000);
    const ids = lines.map((line) => (JSON.parse(line) as { id: string }).id);
    assert.equal(new Set(ids).size, 5000);
    assert.ok(ids.every((id) => id.includes('massenmeldung')));
  });

  test('JSON Lines: each line an /api/suche hit, in the same order', async () => {
    const api = await request(app()).get('/api/suche?q=Hochschule&proSeite=100');
    const res = await get('/api/suche.jsonl?q=Hochschule&proSeite=1');
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type']!, /^application\/x-ndjson/);
    assert.equal(res.headers['access-control-allow-origin'], '*');
    assert.equal(res.headers['access-control-expose-headers'], 'X-Total-Hits', 'readable by a script of another site');
    assert.equal(res.headers['x-total-hits'], String(api.body.total));
    assert.match(
      res.headers['content-disposition']!,
      /filename="Pressearchiv-Suche-Hochschule-\d{4}-\d\d-\d\d\.jsonl"/,
    );
    const lines = (res.body as Buffer).toString('utf8').trimEnd().split('\n');
    assert.ok(api.body.hits.length > 0);
    assert.deepEqual(
      lines.map((line) => JSON.parse(line) as unknown),
      api.body.hits,
    );
  });

  test('invalid parameters: 400, as a page for CSV and as JSON for JSON Lines', async () => {
    const csv = await request(app()).get('/suche.csv?von=31.02.2024');
    assert.equal(csv.status, 400);
    assert.match(csv.headers['content-type']!, /text\/html/);
    const jsonl = await request(app()).get('/api/suche.jsonl?sortierung=x');
    assert.equal(jsonl.status, 400);
    assert.ok(typeof jsonl.body.error === 'string');
  });

  test('the link on a results page downloads that search', async () => {
    const page = await request(app()).get('/suche?ministerium=SMK&sortierung=aelteste&seite=1');
    const href = cheerio.load(page.text)('main a[download]').attr('href');
    assert.equal(href, '/suche.csv?ministerium=SMK&sortierung=aelteste');
    const { rows } = csvOf((await get(href)).body as Buffer);
    const smk = ALL_RELEASES.filter((r) => r.ministryShort === 'SMK').map((r) => r.date);
    assert.deepEqual(
      rows.map((r) => r[0]),
      smk.sort(),
    );
  });

  test('/suchhilfe explains every column of the CSV, in its order', async () => {
    const res = await request(app()).get('/suchhilfe');
    assert.equal(res.status, 200);
    const $ = cheerio.load(res.text);
    const terms = $('dt')
      .map((_, dt) => $(dt).text().trim())
      .get();
    const header = csvOf((await get('/suche.csv?q=Hochschule')).body as Buffer).header;
    assert.deepEqual(terms, header);
    assert.ok(
      $('dd')
        .get()
        .every((dd) => $(dd).text().trim().length > 10),
    );
    assert.match(res.text, /\/suche\.csv\?/);
    assert.match(res.text, /\/api\/suche\.jsonl\?/);
  });

  test('SEARCH_RATE_LIMIT covers the exports', async () => {
    const limited = site.app({ SEARCH_RATE_LIMIT: '1' });
    assert.equal((await request(limited).get('/suche.csv?q=Hochschule')).status, 200);
    assert.equal((await request(limited).get('/api/suche.jsonl?q=Hochschule')).status, 429);
  });

  describe('in the fair queue (Meilisearch paused)', () => {
    let server: Server;
    let port: number;
    const A = '127.0.0.2';
    const B = '127.0.0.3';
    const C = '127.0.0.4';

    /** GET `url` from `localAddress`: the status once the answer has arrived, or 'waiting' after `ms`. */
    function status(url: string, localAddress: string, ms = 60_000): Promise<number | 'waiting'> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => resolve('waiting'), ms);
        const req = http.get({ host: '127.0.0.1', port, path: url, localAddress, agent: false }, (res) => {
          res.resume();
          res.on('end', () => {
            clearTimeout(timer);
            resolve(res.statusCode ?? 0);
          });
        });
        req.on('error', reject);
      });
    }

    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    before(async () => {
      server = site
        .app({
          SEARCH_CACHE_MB: '0',
          SEARCH_TIMEOUT_MS: '60000',
          SEARCH_QUEUE_WAIT_MS: '60000',
          SEARCH_CONCURRENCY: '1',
          SEARCH_CONCURRENCY_PER_ADDRESS: '1',
          SEARCH_QUEUE_PER_ADDRESS: '1',
          EXPORT_CONCURRENCY: '1',
          // One search per page, as the places counted below assume (the adaptive plan sends the
          // word-list lookup beside the search: two places of the address's share of one).
          SEARCH_PLAN: 'federated',
        })
        .listen(0, '127.0.0.1');
      await once(server, 'listening');
      port = (server.address() as AddressInfo).port;
      // Warm up: the sender names are read and kept, so each later request asks for its own searches only.
      assert.equal(await status('/api/suche?q=Hochschule', C), 200);
    });
    after(() => {
      if (site) process.kill(site.meili.process.pid, 'SIGCONT');
      server?.closeAllConnections();
      server?.close();
    });

    test('an export is a search of its address: refused when the address has its share waiting; one export per address, EXPORT_CONCURRENCY in all', async () => {
      const answers: Array<Promise<number | 'waiting'>> = [];
      process.kill(site.meili.process.pid, 'SIGSTOP');
      try {
        answers.push(status('/api/suche?q=Forschung', A)); // runs (the one place)
        await pause(150);
        answers.push(status('/api/suche?q=Wissenschaft', A)); // waits: A's queue is full
        await pause(150);
        assert.equal(await status('/suche.csv?q=Studium', A, 5000), 429, "the export's search joins A's queue");
        answers.push(status('/api/suche.jsonl?q=Universit%C3%A4t', B)); // waits in the queue
        await pause(150);
        assert.equal(await status('/suche.csv?q=Hochschulbau', B, 5000), 429, 'a second export of B');
        assert.equal(await status('/suche.csv?q=Hochschulbau', C, 5000), 503, 'EXPORT_CONCURRENCY=1 is taken');
      } finally {
        process.kill(site.meili.process.pid, 'SIGCONT');
      }
      assert.deepEqual(await Promise.all(answers), [200, 200, 200]);
      assert.equal(await status('/suche.csv?q=Hochschulbau', C), 200, 'the place is free again');
    });
  });
});
