/**
 * The adaptive search plan (issue 21, src/web/search/word-reading.ts) against a real Meilisearch with
 * the project's index settings and the archive's word list: 300 generated releases and a few written
 * for each behaviour. A misspelt word is found by its typo matches (no German fragments outrank
 * them), a word the German tokenizer would cut into pieces („Corona“) matches no unrelated release,
 * ß/ss spellings find each other inside compounds, a compound the archive holds only in parts still
 * gets the German reading. Where the former plan
 * (SEARCH_PLAN=federated) fails, the test asks it too, to show what the word list changes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import type { Release } from '../../src/archive/release.js';
import { startSite, type Site } from '../helpers/site-harness.js';
import { generatedReleases, release } from '../helpers/site-releases.js';

function written(id: string, date: string, title: string, summary: string): Release {
  return release(id, date, 'SMI', ['Sonstiges'], title, summary);
}

// Without the generated releases that hold „Zelltherapie“ as a word: the archive holds it only in parts.
const GENERATED: Release[] = generatedReleases(300, 2121).filter((generated) =>
  [generated.title, ...generated.body].every((text) => !/zelltherapie/i.test(text)),
);

const POLICE = Array.from({ length: 8 }, (_, i) =>
  written(
    `polizei-${i}`,
    `2025-0${1 + i}-10`,
    `Polizei nimmt Tatverdächtigen in Moabit fest (${i + 1})`,
    'Die Polizei hat am Abend einen Mann nach einem Einbruch festgenommen.',
  ),
);

const HOUSING = Array.from({ length: 3 }, (_, i) =>
  written(
    `wohnungsbau-${i}`,
    `2024-0${1 + i}-15`,
    `Wohnungsbau in Lichtenberg kommt voran (${i + 1})`,
    'Der Wohnungsbau in Lichtenberg kommt voran: 400 Wohnungen sind fertig.',
  ),
);

const NURSERIES = Array.from({ length: 6 }, (_, i) =>
  written(
    `kita-${i}`,
    `2023-0${1 + i}-20`,
    `Neue Kita in Pankow eröffnet (${i + 1})`,
    'In Pankow öffnet eine Kita mit 120 Plätzen.',
  ),
);

const MOORING = Array.from({ length: 3 }, (_, i) =>
  written(
    `anlegen-${i}`,
    `2022-0${1 + i}-12`,
    `Fahrgastschiffe dürfen am Ufer anlegen (${i + 1})`,
    'Ab Mai dürfen Fahrgastschiffe wieder am Ufer anlegen.',
  ),
);

const WRITTEN: Release[] = [
  ...POLICE,
  ...MOORING,
  ...HOUSING,
  ...NURSERIES,
  // id, date, title, summary
  ...(
    [
      // Words that share pieces with „Polizie“ and „Corona“ but are not the words.
      ['zierpflanzen', '2025-03-03', 'Zierpflanzen im Politikzentrum', 'Die Zierpflanzen des Politikzentrums blühen.'],
      ['verona', '2019-05-02', 'Partnerschaft mit Verona', 'Die Städtepartnerschaft mit Verona wird gefeiert.'],
      ['carolina', '2019-06-03', 'Besuch aus North Carolina', 'Eine Delegation aus Carolina besucht das Rathaus.'],
      ['nicolai', '2019-07-04', 'Nicolaiviertel wird saniert', 'Im Nicolaiviertel beginnen die Arbeiten.'],
      ['corona-2020', '2020-03-17', 'Corona: Schulen schließen', 'Wegen Corona schließen die Schulen.'],
      ['corona-2021', '2021-01-05', 'Corona-Impfzentrum öffnet', 'Das Corona-Impfzentrum in der Messe öffnet.'],
      [
        'friedrichstrasse',
        '2024-08-01',
        'Straßenbahnhaltestelle an der Friedrichstraße',
        'An der Friedrichstraße entsteht eine neue Straßenbahnhaltestelle.',
      ],
      [
        'trasse',
        '2024-08-02',
        'Trasse für Friedrichs Radweg',
        'Die Trasse des Radwegs von Friedrichs Hof wird geprüft.',
      ],
      ['therapie', '2024-09-01', 'Therapie statt Strafe', 'Eine Therapie hilft mehr als eine Strafe.'],
      // A compound whose first part has three letters („Bus“ + „linien“), absent as a word.
      [
        'busse',
        '2024-10-01',
        'Bus- und Straßenbahnlinien im Herbst',
        'Neue Bus- und Straßenbahnlinien fahren ab Montag.',
      ],
      ['linien', '2024-10-02', 'Linien der Fähren', 'Zwei Linien der Fähren fahren wieder.'],
      // „anllegen“ splits into „anl“ + „legen“ (words of the archive) but is one typo from „anlegen“.
      ['anl', '2024-10-03', 'Satzung', 'Anl. 3 zur Satzung: Fristen'],
      ['legen', '2024-10-04', 'Eier legen', 'Hühner legen im Frühjahr mehr Eier.'],
      [
        'zellgen',
        '2024-09-09',
        'Zell- und Gentherapie in Berlin',
        'Die Zell- und Gentherapie bekommt ein neues Zentrum.',
      ],
    ] as const
  ).map(([id, date, title, summary]) => written(id, date, title, summary)),
];

describe('the adaptive search plan (real Meilisearch, issue 21)', { timeout: 120_000 }, () => {
  let site: Site;
  let app: Express;
  let former: Express;
  before(async () => {
    site = await startSite([...GENERATED, ...WRITTEN]);
    app = site.app();
    former = site.app({ SEARCH_PLAN: 'federated' });
  });
  after(() => site?.stop());

  async function api(on: Express, query: Record<string, string>) {
    const res = await request(on).get('/api/suche').query(query);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body as { total: number; hits: Array<{ id: string }> };
  }
  const ids = async (on: Express, query: Record<string, string>) => (await api(on, query)).hits.map((h) => h.id);

  test('a misspelt word finds the releases with the word, not releases with German pieces of it', async () => {
    const found = await ids(app, { q: 'Polizie' });
    assert.deepEqual(found.slice(0, 8).sort(), POLICE.map((r) => r.id).sort());
  });

  test('a misspelt compound finds its typo matches', async () => {
    const found = await ids(app, { q: 'Wohnugsbau' });
    assert.deepEqual(found.slice(0, 3).sort(), HOUSING.map((r) => r.id).sort());
  });

  test('a word the German tokenizer cuts into pieces matches no unrelated release („Corona“ in 2019)', async () => {
    assert.deepEqual(await ids(app, { q: 'Corona', jahr: '2019' }), []);
    assert.deepEqual((await ids(app, { q: 'Corona' })).sort(), ['corona-2020', 'corona-2021']);
    assert.notDeepEqual(await ids(former, { q: 'Corona', jahr: '2019' }), [], 'the former plan matched pieces of it');
  });

  test('ß/ss spellings find each other, inside compounds too', async () => {
    assert.equal((await ids(app, { q: 'Friedrichstrasse' }))[0], 'friedrichstrasse');
    assert.equal((await ids(app, { q: 'Strassenbahnhaltestelle' }))[0], 'friedrichstrasse');
    assert.equal((await ids(former, { q: 'Friedrichstrasse' }))[0], 'trasse', 'the former plan: Friedrichs + Trasse');
  });

  test('„Meinten Sie …?“: an empty result offers the query with a close word of the archive, as a link', async () => {
    const body = (await api(app, { q: 'Kiat Pankow', thema: 'Sonstiges' })) as { total: number; suggestion?: string };
    assert.equal(body.total, 0, 'a four-letter word has no typo tolerance in the search');
    assert.equal(body.suggestion, 'Kita Pankow');
    const page = await request(app).get('/suche').query({ q: 'Kiat Pankow', thema: 'Sonstiges' });
    const link = /<p class="suggestion">Meinten Sie <a href="([^"]+)">„Kita Pankow“<\/a>\?<\/p>/.exec(page.text);
    assert.ok(link, 'the link to the corrected search');
    const corrected = await request(app).get(link[1]!.replaceAll('&amp;', '&').replaceAll('&#x3D;', '='));
    assert.match(corrected.text, /6 Treffer für „Kita Pankow“/, 'the filter is kept');
    assert.doesNotMatch(corrected.text, /Meinten Sie/);
  });

  test("no suggestion where the search found the word meant, or the words are the archive's", async () => {
    const misspelt = (await api(app, { q: 'Polizie' })) as { total: number; suggestion?: string };
    assert.ok(misspelt.total >= 8 && misspelt.suggestion === undefined, 'typo tolerance found the Polizei releases');
    const known = (await api(app, { q: 'Polizei Moabit', jahr: '2019', sortierung: 'neueste' })) as {
      total: number;
      suggestion?: string;
    };
    assert.equal(known.total, 0);
    assert.equal(known.suggestion, undefined);
    assert.doesNotMatch((await request(app).get('/suche').query({ q: 'Polizie' })).text, /Meinten Sie/);
  });

  test('a compound the archive holds only in parts still finds them („Zelltherapie“, „Buslinien“)', async () => {
    assert.equal((await ids(app, { q: 'Zelltherapie' }))[0], 'zellgen');
    // A first part of three letters (the generated releases with „PlusBus-Linien“ come first).
    const bus = await ids(app, { q: 'Buslinien' });
    assert.ok(bus.includes('busse'), bus.join());
  });

  test('a misspelling that splits into words of the archive is read as the misspelling („anllegen“)', async () => {
    const found = await ids(app, { q: 'anllegen' });
    assert.deepEqual(found.slice(0, 3).sort(), MOORING.map((r) => r.id).sort());
  });
});
