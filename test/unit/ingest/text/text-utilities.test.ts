import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isBoilerplate, isFootnote, isGenericLabel } from '../../../../ingest/parse/boilerplate.js';
import { joinWrappedLines } from '../../../../ingest/text/join-lines.js';
import { repairMojibake } from '../../../../ingest/text/mojibake.js';
import { cutAtSentence, makeSummary } from '../../../../ingest/parse/summary.js';

/** UTF-8 bytes of a text read as Latin-1: what the 2015/2016 pages of Polizei Sachsen contain. */
const asLatin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

describe('repairMojibake', () => {
  const original = 'Räcknitz – „Bullenkopf“ Straße 25.000 € »Zitat« ÄÖÜ';

  test('repairs UTF-8 read as Latin-1, including "–" as â + U+0080 + U+0093', () => {
    const damaged = asLatin1(original);
    assert.match(damaged, /â\u0080\u0093/);
    assert.equal(repairMojibake(damaged), original);
  });

  test('repairs UTF-8 read as windows-1252 ("â€“", "Ã¤")', () => {
    assert.equal(repairMojibake('RÃ¤cknitz â€“ â€žBullenkopfâ€œ 25.000 â‚¬'), 'Räcknitz – „Bullenkopf“ 25.000 €');
  });

  test('turns a double-encoded BOM back into a BOM', () => {
    assert.equal(repairMojibake('ï»¿<?xml version="1.0"?>'), '\ufeff<?xml version="1.0"?>');
  });

  test('repairs text that was encoded three times', () => {
    assert.equal(repairMojibake(asLatin1(asLatin1('Straße – Räcknitz'))), 'Straße – Räcknitz');
  });

  test('leaves correct text alone, also "ß«" and "Ä»" that look like byte pairs', () => {
    for (const text of [original, '»Das ist groß«', 'Ä» und ß“', 'Café Müller, Señor Niño', '']) {
      assert.equal(repairMojibake(text), text);
    }
  });
});

describe('joinWrappedLines', () => {
  const cases: Array<[string[], string]> = [
    [['Forschungsein-', 'richtungen und Universitäten'], 'Forschungseinrichtungen und Universitäten'],
    [['der Gen-', 'und Zelltherapie'], 'der Gen- und Zelltherapie'],
    [['Zell-', 'oder Gentherapie'], 'Zell- oder Gentherapie'],
    [['Schul-', 'sowie Hortträger'], 'Schul- sowie Hortträger'],
    [['Bund-', 'bzw. Länderebene'], 'Bund- bzw. Länderebene'],
    [['aus Sachsen-', 'Anhalt und Thüringen'], 'aus Sachsen-Anhalt und Thüringen'],
    [['von 2021-', '2024'], 'von 2021-2024'],
    [['ein Satz –', 'und weiter'], 'ein Satz – und weiter'],
    [['Wort\u00ad', 'teil'], 'Wortteil'],
    [['www.lsf.sachsen.de/', 'eSignatur.html'], 'www.lsf.sachsen.de/eSignatur.html'],
    [['Zeile eins', 'Zeile zwei'], 'Zeile eins Zeile zwei'],
  ];
  for (const [lines, expected] of cases) {
    test(`${JSON.stringify(lines)} → "${expected}"`, () => assert.equal(joinWrappedLines(lines), expected));
  }
});

describe('summary', () => {
  test('cuts at the last sentence end before the limit, not after "3." or "Nr."', () => {
    const text = `Am 3. Juni beginnt die Konferenz Nr. 5 in Dresden. ${'Ein weiterer Satz folgt hier. '.repeat(20)}`;
    const summary = cutAtSentence(text, 120);
    assert.ok(summary.length <= 120, summary);
    assert.ok(summary.startsWith('Am 3. Juni beginnt die Konferenz Nr. 5 in Dresden.'));
    assert.match(summary, /\.$/);
  });

  test('short text stays whole; a sentence longer than the limit is cut at a word', () => {
    assert.equal(cutAtSentence('Kurz.', 400), 'Kurz.');
    assert.match(cutAtSentence('Wort '.repeat(200), 100), /^(Wort ){10,}.*…$/);
  });

  test('the lead is the first prose paragraph', () => {
    const lead = 'Unbekannte Täter brachen in der Nacht zum Mittwoch in ein Geschäft an der Hauptstraße ein.';
    assert.equal(makeSummary(['Landeshauptstadt Dresden', 'Zeit: 05.04.2019', lead]), lead);
  });
});

describe('boilerplate', () => {
  test('recognises notices, letter footers, navigation and photo credits', () => {
    for (const text of [
      '* Kein Zugang für verschlüsselte elektronische Dokumente. Zugang für qualifiziert elektronisch signierte Dokumente nur unter …',
      'Hausanschrift: Sächsisches Staatsministerium für Kultus | Carolaplatz 1 | 01097 Dresden',
      'zurück zum Seitenanfang',
      'Medieninformation [Download *.pdf, 171.17 KB]',
      '________________',
      'Nicht labern, ranklotzen! Foto: Timur | flickr| CC BY 2.0',
    ]) {
      assert.ok(isBoilerplate(text), text);
    }
    assert.equal(isBoilerplate('Die Polizei sucht Zeugen. Hinweise nimmt jede Dienststelle entgegen.'), false);
  });

  test('generic labels and footnotes', () => {
    assert.ok(isGenericLabel('Medieninformation'));
    assert.ok(isGenericLabel('Pressemitteilung Nr. 123/2024'));
    assert.ok(isGenericLabel('Medieninformation: 206/2019'));
    assert.equal(isGenericLabel('Medieninformation des Sächsischen Staatsministeriums für Kultus'), false);
    assert.ok(isFootnote('¹ Quelle: Statistisches Landesamt'));
    assert.ok(isFootnote('* Hinweis zur Veranstaltung'));
    assert.equal(isFootnote('2024 war ein gutes Jahr.'), false);
  });
});
