import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isBoilerplate, isFootnote, isGenericLabel } from '../../../../ingest/parse/boilerplate.js';

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
    for (const label of ['Medieneinladung', 'PRESSEEINLADUNG', 'Terminhinweis', 'Fototermin', 'Polizeibericht'])
      assert.ok(isGenericLabel(label), label);
    assert.ok(isGenericLabel('P R E S S E M I T T E I L U N G'));
    assert.equal(isGenericLabel('Einladung zum Tag der offenen Tür'), false);
    assert.equal(isGenericLabel('S A C H S E N'), false);
    assert.ok(isFootnote('¹ Quelle: Statistisches Landesamt'));
    assert.ok(isFootnote('* Hinweis zur Veranstaltung'));
    assert.equal(isFootnote('2024 war ein gutes Jahr.'), false);
  });
});
