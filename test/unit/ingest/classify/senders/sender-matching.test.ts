import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifySender, type SenderMatch } from '../../../../../ingest/classify/senders/sender-matching.js';
import { loadMinistryVocabulary } from '../../../../../ingest/classify/senders/sender-vocabulary.js';

const vocab = loadMinistryVocabulary();
const classify = (text: string, allowAbbreviations = true): SenderMatch =>
  classifySender(vocab, [{ source: 'test', texts: [text], allowAbbreviations }]);

describe('classifySender', () => {
  const cases: Array<[string, string, string?]> = [
    ['Sächsisches Staatsministerium für Wissenschaft, Kultur und\nTourismus', 'SMWK'],
    ['Medieninformation des Sächsischen Staatsministeriums für Wissenschaft, Kultur und Tourismus', 'SMWK'],
    [
      'Sächsisches Staatsministerium für Wissenschaft und Kunst',
      'SMWK',
      'Sächsisches Staatsministerium für Wissenschaft und Kunst',
    ],
    [
      'Sächsisches Staatsministerium für Energie, Klimaschutz, Umwelt und Landwirtschaft',
      'SMUL',
      'Sächsisches Staatsministerium für Energie, Klimaschutz, Umwelt und Landwirtschaft',
    ],
    ['SMEKUL', 'SMUL', 'Sächsisches Staatsministerium für Energie, Klimaschutz, Umwelt und Landwirtschaft'],
    ['Staatsministerium für Regionalentwicklung', 'SMIL', 'Sächsisches Staatsministerium für Regionalentwicklung'],
    [
      'Sächsisches Staatsministerium der Justiz und für Demokratie, Europa und Gleichstellung',
      'SMJ',
      'Sächsisches Staatsministerium der Justiz und für Demokratie, Europa und Gleichstellung',
    ],
    [
      'Staatsministerium für Soziales und Verbraucherschutz',
      'SMS',
      'Sächsisches Staatsministerium für Soziales und Verbraucherschutz',
    ],
    [
      'Sächsisches Staatsministerium für Wirtschaft, Arbeit und Verkehr',
      'SMWA',
      'Sächsisches Staatsministerium für Wirtschaft, Arbeit und Verkehr',
    ],
    ['Sächsische Staatskanzlei', 'SK'],
    ['falk.lange@smwk.sachsen.de', 'SMWK'],
    ['Mail: Presse@Smwk.Sachsen.De', 'SMWK'],
    ['DES SÄCHSISCHEN STAATSMINISTERIUMS FÜR KULTUS', 'SMK'],
    ['Polizei Sachsen - Polizeidirektion Dresden - Drei Einbrecher gestellt', 'PD Dresden'],
    ['Polizeidirektion Görlitz', 'PD Görlitz'],
    ['Rückfragen: Pressestelle der Senatsverwaltung für Bildung, Jugend und Familie, Tel. 9020', 'SenBJF'],
    [
      'Die Senatsverwaltung für Justiz, Vielfalt und Antidiskriminierung teilt mit',
      'sen-justiz-vielfalt-antidiskriminierung',
    ],
    ['Das Bezirksamt Treptow-Köpenick lädt ein', 'ba-treptow-koepenick'],
    ['Die Regierende Bürgermeisterin von Berlin', 'Senatskanzlei Berlin'],
    ['Der Polizeipräsident in Berlin', 'Polizei Berlin'],
    ['Rechnungshof von Berlin', 'Rechnungshof Berlin'],
  ];
  for (const [text, short, printed] of cases) {
    test(`${JSON.stringify(text)} → ${short}`, () => {
      const match = classify(text);
      assert.equal(match.short, short);
      assert.equal(match.printed, printed);
    });
  }

  test('a former name maps to the ministry that holds the portfolio now', () => {
    const match = classify('Sächsisches Staatsministerium für Wissenschaft und Kunst');
    assert.equal(match.name, 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus');
    assert.equal(match.via, 'former-name');
  });

  test('other Länder and unknown senders are "Sonstige", never a Saxon ministry', () => {
    for (const text of [
      'Bayerisches Staatsministerium der Finanzen und für Heimat',
      'Thüringer Staatskanzlei',
      'Niedersächsisches Kultusministerium',
      'Stadtverwaltung Musterstadt',
    ]) {
      const match = classify(text);
      assert.deepEqual([match.name, match.short, match.via], ['Sonstige', 'sonstige', 'fallback'], text);
    }
  });

  test('abbreviations count only where they are allowed; earlier evidence levels win', () => {
    assert.equal(classify('Das SMK teilt mit', false).short, 'sonstige');
    const match = classifySender(vocab, [
      { source: 'head', texts: ['Sächsisches Staatsministerium für Kultus'], allowAbbreviations: true },
      { source: 'body', texts: ['Sächsisches Staatsministerium der Finanzen'], allowAbbreviations: false },
    ]);
    assert.deepEqual([match.short, match.source], ['SMK', 'head']);
  });
});
