import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Hit } from 'meilisearch';
import type { Release } from '../../../../src/archive/release.js';
import { startPage } from '../../../../src/web/view-models/start-page.js';

const names = new Map([
  ['SMK', 'Sächsisches Staatsministerium für Kultus'],
  ['SMF', 'Sächsisches Staatsministerium der Finanzen'],
]);

const newest = [
  {
    id: 'b-2024',
    title: 'Haushalt beschlossen',
    date: '2024-12-01',
    ministry: 'Sächsisches Staatsministerium der Finanzen',
  },
] as Array<Hit<Release>>;

const page = startPage(
  {
    total: 12345,
    inventedSamples: 0,
    ministries: { SMK: 1200, SMF: 34, 'PD Dresden': 7 },
    topics: { Umwelt: 5, Bildung: 1000, Ärzte: 1 },
    newest,
  },
  names,
  '/archiv',
);

describe('startPage', () => {
  test('the total is formatted the German way', () => {
    assert.equal(page.totalText, '12.345');
  });

  test('the search form sends to the search page under the base path', () => {
    assert.equal(page.form.action, '/archiv/suche');
    assert.equal(page.form.query.name, 'q');
    assert.equal(page.form.query.value, '');
  });

  test('ministries are labelled with their name (an abbreviation marked up) and sorted by label, each linking to its filter', () => {
    assert.deepEqual(page.ministries, [
      { label: 'PD Dresden', count: '7', unit: ' Mitteilungen', url: '/archiv/suche?ministerium=PD+Dresden' },
      {
        label: 'Sächsisches Staatsministerium der Finanzen (SMF)',
        abbr: {
          before: 'Sächsisches Staatsministerium der Finanzen ',
          short: 'SMF',
          name: 'Sächsisches Staatsministerium der Finanzen',
        },
        count: '34',
        unit: ' Mitteilungen',
        url: '/archiv/suche?ministerium=SMF',
      },
      {
        label: 'Sächsisches Staatsministerium für Kultus (SMK)',
        abbr: {
          before: 'Sächsisches Staatsministerium für Kultus ',
          short: 'SMK',
          name: 'Sächsisches Staatsministerium für Kultus',
        },
        count: '1.200',
        unit: ' Mitteilungen',
        url: '/archiv/suche?ministerium=SMK',
      },
    ]);
  });

  test('topics are sorted in German order (Ä with A) and link to their filter; a count of one in the singular', () => {
    assert.deepEqual(
      page.topics.map((t) => [t.label, t.count, t.unit, t.url]),
      [
        ['Ärzte', '1', ' Mitteilung', '/archiv/suche?thema=%C3%84rzte'],
        ['Bildung', '1.000', ' Mitteilungen', '/archiv/suche?thema=Bildung'],
        ['Umwelt', '5', ' Mitteilungen', '/archiv/suche?thema=Umwelt'],
      ],
    );
  });

  test('invented samples: the page says how many there are and marks them among the newest', () => {
    assert.equal(page.samplesNotice, undefined, 'none: no notice');
    const sample = { ...newest[0]!, id: 's', sample: true } as Hit<Release>;
    const real = { ...newest[0]!, id: 'r', sample: true, invented: false } as Hit<Release>;
    const data = { total: 3, inventedSamples: 1, ministries: {}, topics: {}, newest: [sample, real, ...newest] };
    const one = startPage(data, names, '');
    assert.match(one.samplesNotice ?? '', /^Das Archiv enthält eine erfundene Beispielmitteilung .*Sie ist überall/);
    assert.deepEqual(
      one.newest.map((n) => n.sampleLabel),
      ['Beispieldaten – keine echte Mitteilung', undefined, undefined],
    );
    const many = startPage({ ...data, inventedSamples: 1234 }, names, '');
    assert.match(many.samplesNotice ?? '', /enthält 1\.234 erfundene Beispielmitteilungen .*Sie sind überall/);
  });

  test('the newest releases link to their pages with German dates', () => {
    assert.deepEqual(page.newest, [
      {
        url: '/archiv/mitteilung/b-2024',
        title: 'Haushalt beschlossen',
        date: '2024-12-01',
        dateText: '1. Dezember 2024',
        ministry: 'Sächsisches Staatsministerium der Finanzen',
      },
    ]);
  });

  test('links to the other pages keep the base path', () => {
    assert.equal(page.allUrl, '/archiv/suche');
    assert.equal(page.helpUrl, '/archiv/suchhilfe');
  });
});
