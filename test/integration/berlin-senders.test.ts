/**
 * Berlin senders recognised from the release itself, through `npm run ingest` and a real
 * Meilisearch, and found through the site's JSON API: a numbered police report with Berlin cues is
 * Polizei Berlin's (one without Berlin cues stays „Sonstige“), „Der Bezirksbürgermeister von
 * Spandau informiert“ is Bezirksamt Spandau's, a Senatsverwaltung with an abbreviation is filed
 * under it and found by its former value `sen-…`, a long name is never cut, and the Berlin
 * synonyms of search-config/index-settings.json reach Meilisearch (BVG finds „Berliner
 * Verkehrsbetriebe“). The pages are bare (title, date, body): no sender in a page's chrome.
 */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { ensureSearchKey } from '../../src/archive/search-key.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createApp } from '../../src/web/app.js';
import { createSearchService } from '../../src/web/search-service.js';
import { runIngestCli } from '../helpers/ingest-cli.js';
import { startTestMeili, type TestMeili } from '../helpers/test-meili.js';
import { tempDir } from '../helpers/temp-dir.js';

const INDEX = 'berlin';

/** Invented releases in the style of Berlin's: the body is one run of text, the sender only in it. */
const PAGES: Record<string, { title: string; body: string }> = {
  'polizei.html': {
    title: 'Radfahrer nach Zusammenstoß mit Lieferwagen verletzt',
    body:
      'Nr. 0815 Gestern Abend wurde in Moabit ein Radfahrer bei einem Zusammenstoß mit einem Lieferwagen leicht verletzt. ' +
      'Nach bisherigen Erkenntnissen bog der Lieferwagen gegen 18.40 Uhr nach rechts ab. ' +
      'Ein Fachkommissariat für Verkehrsdelikte der Polizeidirektion 2 hat die Ermittlungen übernommen.',
  },
  'anderswo.html': {
    title: 'Zeugen nach Sachbeschädigung an Gartenlaube gesucht',
    body:
      'Nr. 0816 In der vergangenen Nacht beschädigten Unbekannte in Musterhausen eine Gartenlaube. ' +
      'Die Kriminalpolizei bittet Zeugen, sich zu melden.',
  },
  'spandau.html': {
    title: 'Neue Bänke für die Zitadellenwiese',
    body:
      'Der Bezirksbürgermeister von Spandau informiert: Auf der Zitadellenwiese stehen ab Montag zwölf neue Bänke aus ' +
      'heimischem Holz. Die Bänke wurden von einer Tischlerei aus dem Bezirk gefertigt.',
  },
  'bildung.html': {
    title: 'Mehr Plätze in Willkommensklassen',
    body:
      'Die Senatsverwaltung für Bildung, Jugend und Familie richtet zum neuen Schuljahr zusätzliche Willkommensklassen ein. ' +
      'Die Schulen erhalten dafür weitere Lehrkräfte. Der Einsatz der Berliner Verkehrsbetriebe für Schulwege wird geprüft.',
  },
  'kultur.html': {
    title: 'Förderprogramm für Stadtteilbibliotheken',
    body:
      'Die Senatsverwaltung für Kultur und Gesellschaftlichen Zusammenhalt fördert in diesem Jahr acht ' +
      'Stadtteilbibliotheken mit neuen Leseecken. Anträge können bis Ende Mai gestellt werden.',
  },
};

function page({ title, body }: { title: string; body: string }): string {
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main><h1>${title}</h1><p>12.03.2025</p><p>${body}</p></main></body></html>`;
}

interface ApiHit {
  title: string;
  ministry: string;
  ministryShort: string;
}

describe('Berlin senders recognised from their text', { timeout: 300_000 }, () => {
  let meili: TestMeili;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let app: ReturnType<typeof createApp>;
  const api = async (query: string): Promise<{ total: number; hits: ApiHit[] }> => {
    const res = await request(app).get(`/api/suche?${query}`);
    assert.equal(res.status, 200, res.text);
    return res.body as { total: number; hits: ApiHit[] };
  };
  const senderOf = async (title: string): Promise<ApiHit> => {
    const { hits } = await api(`q=${encodeURIComponent(`"${title}"`)}`);
    const hit = hits.find((h) => h.title === title);
    assert.ok(hit, `„${title}“ is in the archive`);
    return hit;
  };

  before(async () => {
    meili = await startTestMeili();
    dir = await tempDir();
    await mkdir(path.join(dir.path, 'eingang'));
    for (const [name, release] of Object.entries(PAGES))
      await writeFile(path.join(dir.path, 'eingang', name), page(release));
    const env = {
      MEILI_HOST: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      MEILI_INDEX: INDEX,
      DATA_DIR: path.join(dir.path, 'data'),
    };
    const run = await runIngestCli(['--json', 'eingang'], env, dir.path);
    assert.equal(run.code, 0, run.stderr);
    app = createApp({
      config: loadConfig({ DATA_DIR: env.DATA_DIR, MEILI_INDEX: INDEX }),
      search: createSearchService({ host: meili.url, apiKey: await ensureSearchKey(meili.admin, INDEX), index: INDEX }),
      log: createLogger('silent', 'test'),
    });
  });
  after(async () => {
    await meili?.stop();
    await dir?.remove();
  });

  test('a numbered police report with Berlin cues is Polizei Berlin’s; without them it stays „Sonstige“', async () => {
    assert.equal((await senderOf(PAGES['polizei.html']!.title)).ministryShort, 'Polizei Berlin');
    assert.equal((await senderOf(PAGES['anderswo.html']!.title)).ministryShort, 'sonstige');
    const filtered = await api('ministerium=Polizei%20Berlin');
    assert.deepEqual(
      filtered.hits.map((h) => h.title),
      [PAGES['polizei.html']!.title],
    );
  });

  test('„Der Bezirksbürgermeister von Spandau informiert“ is Bezirksamt Spandau’s', async () => {
    const hit = await senderOf(PAGES['spandau.html']!.title);
    assert.deepEqual([hit.ministry, hit.ministryShort], ['Bezirksamt Spandau', 'ba-spandau']);
  });

  test('a Senatsverwaltung with an abbreviation: filed under it, found by its former value too', async () => {
    const hit = await senderOf(PAGES['bildung.html']!.title);
    assert.deepEqual([hit.ministry, hit.ministryShort], ['Senatsverwaltung für Bildung, Jugend und Familie', 'SenBJF']);
    for (const value of ['SenBJF', 'sen-bildung-jugend-familie', 'Senatsverwaltung für Bildung, Jugend und Familie']) {
      const { hits } = await api(`ministerium=${encodeURIComponent(value)}`);
      assert.deepEqual(
        hits.map((h) => h.title),
        [PAGES['bildung.html']!.title],
        value,
      );
    }
  });

  test('a name with an adjective is never cut („… Kultur und Gesellschaftlichen Zusammenhalt“)', async () => {
    const hit = await senderOf(PAGES['kultur.html']!.title);
    assert.equal(hit.ministry, 'Senatsverwaltung für Kultur und Gesellschaftlichen Zusammenhalt');
  });

  test('Berlin synonyms from index-settings.json: BVG finds „Berliner Verkehrsbetriebe“', async () => {
    const { hits } = await api('q=BVG');
    assert.ok(
      hits.some((h) => h.title === PAGES['bildung.html']!.title),
      JSON.stringify(hits.map((h) => h.title)),
    );
  });
});
