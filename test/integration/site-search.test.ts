/** /suche and /api/suche against a real Meilisearch: facets, counts under selection, dates, sorting, paging, hostile input. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import type { Release } from '../../src/archive/release.js';
import { startSite, type Site } from '../helpers/site-harness.js';
import { ALL_RELEASES, HOSTILE_ID, SMWK_ID } from '../helpers/site-releases.js';

type Facets = { ministry: Record<string, number>; topic: Record<string, number>; year: Record<string, number> };
interface Filters {
  ministry?: string[];
  topic?: string[];
  year?: number[];
}

/** The facet counts a correct disjunctive search must report, computed from the fixtures. */
function expectedFacets(filters: Filters): Facets {
  const match = (r: Release, skip?: keyof Filters) =>
    (skip === 'ministry' || !filters.ministry || filters.ministry.includes(r.ministryShort)) &&
    (skip === 'topic' || !filters.topic || r.topics.some((t) => filters.topic!.includes(t))) &&
    (skip === 'year' || !filters.year || filters.year.includes(r.year));
  const count = (skip: keyof Filters, values: (r: Release) => string[]) => {
    const out: Record<string, number> = {};
    for (const r of ALL_RELEASES.filter((x) => match(x, skip))) for (const v of values(r)) out[v] = (out[v] ?? 0) + 1;
    return out;
  };
  return {
    ministry: count('ministry', (r) => [r.ministryShort]),
    topic: count('topic', (r) => r.topics),
    year: count('year', (r) => [String(r.year)]),
  };
}

function sorted(record: Record<string, number>): Array<[string, number]> {
  return Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
}

describe('search site (real Meilisearch)', { timeout: 60_000 }, () => {
  let site: Site;
  let app: Express;
  before(async () => {
    site = await startSite();
    app = site.app();
  });
  after(() => site?.stop());

  const api = async (query: string) => {
    const res = await request(app).get(`/api/suche?${query}`);
    assert.equal(res.status, 200, `${query}: ${JSON.stringify(res.body)}`);
    return res.body as {
      total: number;
      page: number;
      pages: number;
      hits: Array<{ id: string; date: string }>;
      facets: Facets;
    };
  };

  test('results page: title, count heading with skip-link target, hits with date, ministry, topics, snippet', async () => {
    const res = await request(app).get('/suche?q=Gentherapie');
    assert.equal(res.status, 200);
    assert.match(res.text, /<title>„Gentherapie“ – 1 Treffer – Pressearchiv<\/title>/);
    assert.match(res.text, /<a class="skip-link skip-results" href="#ergebnisse">Zu den Suchergebnissen<\/a>/);
    assert.match(res.text, /<h2 id="ergebnisse" tabindex="-1">1 Treffer für „Gentherapie“<\/h2>/);
    assert.match(res.text, /<ol class="results-list" start="1">/);
    assert.match(res.text, new RegExp(`<a href="/mitteilung/${SMWK_ID}">Hightech Agenda`));
    assert.match(
      res.text,
      /<time datetime="2026-06-02">2. Juni 2026<\/time> · <bdi>Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus<\/bdi> · Themen: Wissenschaft, Gesundheit/,
    );
    assert.match(res.text, /<search aria-label="Pressemitteilungen"/);
    assert.match(
      res.text,
      /<fieldset class="facet facet-ministry" id="filter-ministerium">\s*<legend>Behörde<\/legend>/,
    );
    assert.match(res.text, /<button type="submit">Filter anwenden<\/button>/);
  });

  test('empty query: every release, exact total, strictly newest first', async () => {
    const body = await api('proSeite=100');
    assert.equal(body.total, ALL_RELEASES.length);
    const dates = body.hits.map((h) => h.date);
    assert.deepEqual(dates, [...dates].sort().reverse());
    const page = await request(app).get('/suche');
    assert.match(page.text, /<title>Alle Mitteilungen – 15 Treffer – Pressearchiv<\/title>/);
  });

  test('sort orders: neueste and aelteste strictly by date, also for a text query', async () => {
    for (const q of ['', 'q=Konferenz&']) {
      const newest = (await api(`${q}sortierung=neueste`)).hits.map((h) => h.date);
      assert.ok(newest.length > 1);
      assert.deepEqual(newest, [...newest].sort().reverse(), `${q} neueste`);
      const oldest = (await api(`${q}sortierung=aelteste`)).hits.map((h) => h.date);
      assert.deepEqual(oldest, [...oldest].sort(), `${q} aelteste`);
    }
    const page = await request(app).get('/suche?q=Konferenz&sortierung=neueste');
    assert.match(
      page.text,
      /<a href="[^"]*sortierung&#x3D;neueste#ergebnisse" aria-current="true">Neueste zuerst<\/a>/,
    );
    assert.match(page.text, /<input type="hidden" name="sortierung" value="neueste">/);
  });

  test('each facet alone, several values (OR), and combined (AND)', async () => {
    const smk = await api('ministerium=SMK');
    assert.equal(smk.total, 3);
    const topic = await api('thema=Umwelt');
    assert.deepEqual(
      topic.hits.map((h) => h.id).sort(),
      ALL_RELEASES.filter((r) => r.topics.includes('Umwelt'))
        .map((r) => r.id)
        .sort(),
    );
    const year = await api('jahr=2024');
    assert.equal(year.total, 4);
    assert.equal((await api('ministerium=SMK&ministerium=SMF')).total, 4);
    assert.equal((await api('jahr=2023&jahr=2024')).total, 7);
    const combined = await api('ministerium=SMUL&thema=Umwelt');
    assert.deepEqual(combined.hits.map((h) => h.id).sort(), ['smul-2023-04-02-wald', 'smul-2024-06-18-hochwasser']);
    assert.equal((await api('ministerium=SMUL&thema=Umwelt&jahr=2024')).total, 1);
  });

  test('facet counts stay correct under selections (disjunctive counts)', async () => {
    const cases: Array<[string, Filters]> = [
      ['', {}],
      ['ministerium=SMUL', { ministry: ['SMUL'] }],
      ['ministerium=SMUL&thema=Umwelt', { ministry: ['SMUL'], topic: ['Umwelt'] }],
      ['ministerium=SMK&ministerium=SMI&jahr=2024', { ministry: ['SMK', 'SMI'], year: [2024] }],
      ['thema=Gesundheit&thema=Bildung&jahr=2025&jahr=2026', { topic: ['Gesundheit', 'Bildung'], year: [2025, 2026] }],
    ];
    for (const [query, filters] of cases) {
      const { facets } = await api(query);
      const expected = expectedFacets(filters);
      for (const key of ['ministry', 'topic', 'year'] as const) {
        assert.deepEqual(sorted(facets[key]), sorted(expected[key]), `${query || '(none)'}: ${key}`);
      }
    }
    const page = await request(app).get('/suche?ministerium=SMUL');
    assert.match(
      page.text,
      /value="SMK"> Sächsisches Staatsministerium für Kultus \(<abbr title="Sächsisches Staatsministerium für Kultus">SMK<\/abbr>\) \(3<span> Mitteilungen<\/span>\)<\/label>/,
    );
    assert.match(
      page.text,
      /value="SMUL" checked> Sächsisches Staatsministerium für Umwelt und Landwirtschaft \(<abbr title="Sächsisches Staatsministerium für Umwelt und Landwirtschaft">SMUL<\/abbr>\) \(3<span> Mitteilungen<\/span>\)<\/label>/,
    );
  });

  test('dates: year, month and day forms, both bounds inclusive', async () => {
    assert.equal((await api('von=2024&bis=2024')).total, 4);
    assert.deepEqual(
      (await api('von=21.11.2024&bis=21.11.24')).hits.map((h) => h.id),
      ['smk-2024-11-21-digitalpakt'],
    );
    assert.deepEqual(
      (await api('von=3.2024&bis=03/2024')).hits.map((h) => h.id),
      ['smi-2024-03-05-feuerwehr'],
    );
    assert.equal((await api('von=2026')).total, 2);
    assert.equal((await api('bis=2021')).total, 1);
    const page = await request(app).get('/suche?von=3.2024&bis=03%2F2024');
    assert.equal(page.status, 200);
    assert.match(page.text, /value="3.2024"/);
    assert.match(page.text, /Von: 3.2024/);
  });

  test('invalid or reversed dates: 400 with the GOV.UK error pattern', async () => {
    for (const [query, field, message] of [
      ['von=gestern', 'von', '„Von“ muss ein Datum sein'],
      ['bis=31.02.2024', 'bis', '„Bis“: Den 31. Februar 2024 gibt es nicht, der Februar 2024 hat 29 Tage.'],
      ['von=2025&bis=2024', 'bis', '„Bis“ muss gleich oder nach „Von“ liegen'],
    ] as const) {
      const res = await request(app).get(`/suche?q=Schule&${query}`);
      assert.equal(res.status, 400, query);
      assert.match(res.text, /<title>Fehler: /);
      assert.match(res.text, /role="alert"/);
      assert.match(res.text, new RegExp(`<a href="#${field}">${message}`));
      assert.match(res.text, new RegExp(`id="${field}-error"><span class="visually-hidden">Fehler: </span>${message}`));
      assert.match(res.text, new RegExp(`id="${field}"[^>]*aria-describedby="datum-hint ${field}-error"`));
      const json = await request(app).get(`/api/suche?${query}`);
      assert.equal(json.status, 400);
      assert.match(json.body.error, new RegExp(message));
    }
  });

  test('no hits: advice, and the same search without filters when that finds something', async () => {
    const none = await request(app).get('/suche?q=Quantencomputer');
    assert.equal(none.status, 200);
    assert.match(none.text, /0 Treffer für „Quantencomputer“/);
    assert.match(none.text, /Prüfen Sie die Schreibweise/);
    assert.doesNotMatch(none.text, /Ohne Filter/);
    const filtered = await request(app).get('/suche?q=Gentherapie&ministerium=SMK');
    assert.match(
      filtered.text,
      /Ohne Filter gibt es 1 Treffer für diese Suche. <a href="\/suche\?q&#x3D;Gentherapie#ergebnisse">Suche ohne Filter anzeigen<\/a>/,
    );
  });

  test('active filters are listed with removal links and "Alle Filter entfernen"', async () => {
    const res = await request(app).get('/suche?q=Konferenz&ministerium=SMWK&thema=Kultur');
    assert.match(
      res.text,
      /<span class="visually-hidden">Filter entfernen: <\/span>Behörde: Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus \(<abbr title="Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus">SMWK<\/abbr>\)/,
    );
    assert.match(res.text, /<a href="\/suche\?q&#x3D;Konferenz&amp;thema&#x3D;Kultur#ergebnisse">/);
    assert.match(res.text, /<a href="\/suche\?q&#x3D;Konferenz#ergebnisse">Alle Filter entfernen<\/a>/);
  });

  test('paging: 20 per page, proSeite in the API, past the end an empty page with a link back', async () => {
    const first = await api('proSeite=5');
    assert.deepEqual([first.total, first.page, first.pages, first.hits.length], [15, 1, 3, 5]);
    const third = await api('proSeite=5&seite=3');
    assert.equal(third.hits.length, 5);
    const all = [...first.hits, ...(await api('proSeite=5&seite=2')).hits, ...third.hits].map((h) => h.id);
    assert.equal(new Set(all).size, 15, 'pages do not overlap');
    assert.deepEqual((await api('proSeite=5&seite=4')).hits, []);
    const past = await request(app).get('/suche?seite=2');
    assert.equal(past.status, 200);
    assert.match(
      past.text,
      /Diese Seite gibt es nicht: Die Ergebnisse reichen bis Seite 1. <a href="\/suche#ergebnisse">Zur letzten Ergebnisseite<\/a>/,
    );
    assert.doesNotMatch(past.text, /<ol class="results-list"/);
    assert.equal((await request(app).get('/suche?seite=0')).status, 400);
    assert.equal((await request(app).get('/api/suche?seite=-1')).status, 400);
  });

  test('unknown facet values find nothing; they are never ignored', async () => {
    assert.equal((await api('thema=Unbekannt')).total, 0);
    assert.equal((await api('ministerium=XYZ')).total, 0);
    assert.equal((await api('ministerium=XYZ&ministerium=SMK')).total, 3, 'OR with a known value');
  });

  test('hostile facet values are compared as text and do not change the filter', async () => {
    for (const value of ['" OR 1=1', '" OR ministryShort EXISTS OR "', 'SMK" OR ministryShort = "SMI', '\\', 'SMK\\']) {
      const body = await api(`ministerium=${encodeURIComponent(value)}`);
      assert.equal(body.total, 0, value);
      const page = await request(app).get(`/suche?ministerium=${encodeURIComponent(value)}`);
      assert.equal(page.status, 200);
      assert.match(page.text, /0 Treffer/);
    }
    assert.equal((await api(`thema=${encodeURIComponent('x" OR topics = "Bildung')}`)).total, 0);
  });

  test('markup in the query and in releases is escaped in pages and API', async () => {
    const q = await request(app).get('/suche?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    assert.equal(q.status, 200);
    assert.doesNotMatch(q.text, /<script>alert/);
    assert.match(q.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    const hostile = await request(app).get('/suche?q=Polizeireform');
    assert.match(hostile.text, new RegExp(`/mitteilung/${HOSTILE_ID}`));
    assert.doesNotMatch(hostile.text, /<script>alert|<img src/);
    assert.match(hostile.text, /&lt;img src&#61;x onerror&#61;alert\(1\)&gt;/);
    assert.match(hostile.text, /<mark>Polizeireform<\/mark>/);
    const json = await request(app).get('/api/suche?q=Polizeireform');
    assert.doesNotMatch(json.text, /<script>|<img/);
    assert.equal(json.body.hits[0].title, 'Polizeireform <script>alert(1)</script> beschlossen');
    assert.ok(!/[\u0001\u0002]/.test(json.body.hits[0].snippet), 'no highlight sentinels'); // eslint-disable-line no-control-regex
  });

  test('API: hit shape and the full record without index-only fields', async () => {
    const body = await api('q=Gentherapie');
    assert.deepEqual(Object.keys(body.hits[0]!).sort(), [
      'date',
      'id',
      'invented',
      'ministry',
      'ministryShort',
      'notice',
      'snippet',
      'subtitle',
      'title',
      'topics',
      'type',
      'url',
    ]);
    assert.deepEqual(body.facets.year, { '2026': 1 });
    const record = await request(app).get(`/api/mitteilungen/${SMWK_ID}`);
    assert.equal(record.status, 200);
    assert.equal(record.body.id, SMWK_ID);
    assert.equal(record.body.sources.length, 2);
    assert.deepEqual(
      Object.keys(record.body).filter((k) => k.startsWith('de_')),
      [],
    );
    assert.equal((await request(app).get('/api/mitteilungen/gibt-es-nicht')).status, 404);
    assert.equal((await request(app).get('/api/mitteilungen/GROSS')).status, 404);
  });

  test('arrays and objects where strings are expected: 400, never 5xx', async () => {
    for (const query of [
      'q=a&q=b',
      'q[x]=a',
      'ministerium[a]=b',
      'seite[]=1',
      'von=1&von=2',
      'sortierung=neueste&sortierung=aelteste',
    ]) {
      const res = await request(app).get(`/suche?${query}`);
      assert.equal(res.status, 400, query);
      const json = await request(app).get(`/api/suche?${query}`);
      assert.equal(json.status, 400, query);
    }
    assert.equal((await request(app).get(`/suche?q=${'lang '.repeat(150)}`)).status, 400);
  });
});
