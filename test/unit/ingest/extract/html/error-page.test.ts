import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectErrorPage } from '../../../../../ingest/extract/html/error-page.js';

describe('detectErrorPage', () => {
  test('a "404 – Datei nicht gefunden" title is an error page; the short title is returned', () => {
    assert.equal(detectErrorPage(['404 – Datei nicht gefunden'], ''), '404 – Datei nicht gefunden');
  });

  test('recognises German and English phrases in titles', () => {
    for (const title of [
      'Seite nicht gefunden',
      'Die Seite konnte nicht gefunden werden',
      'Dokument wurde nicht gefunden',
      'Serverfehler',
      'Zugriff verweigert',
      'Page not found',
      'Not Found',
      '403 Forbidden',
      '500: Server Error',
    ]) {
      assert.equal(detectErrorPage([title], ''), title, title);
    }
  });

  test('titles are compared with collapsed whitespace', () => {
    assert.equal(detectErrorPage(['  Seite\n   nicht   gefunden '], ''), 'Seite nicht gefunden');
  });

  test('the start of a short main text counts too', () => {
    assert.equal(
      detectErrorPage(['Freistaat Sachsen'], 'Fehler 404\n\nDie Seite wurde nicht gefunden.'),
      'Fehler 404 Die Seite wurde nicht gefunden.',
    );
  });

  test('a long matching candidate is reported by the matched phrase only', () => {
    const title = `Leider ist die gewünschte Seite nicht gefunden worden, ${'bitte versuchen Sie es erneut '.repeat(5)}`;
    assert.equal(detectErrorPage([title], ''), 'Seite nicht gefunden');
  });

  test('an ordinary release is not an error page', () => {
    assert.equal(
      detectErrorPage(
        ['Neue Lehrkräfte für Sachsens Schulen', 'Staatsministerium für Kultus'],
        'Dresden, 12. März 2024. Zum neuen Schuljahr beginnen 1.200 Lehrkräfte ihren Dienst.',
      ),
      undefined,
    );
  });

  test('numbers and words alone are not enough ("404 Teilnehmer", "nicht gefunden" without a noun)', () => {
    assert.equal(detectErrorPage(['404 Teilnehmer beim Lauf'], 'Der Täter wurde nicht gefunden.'), undefined);
  });

  test('a release that mentions an error phrase deep in its text is not affected', () => {
    const text = `${'Die Polizei sucht weiter nach Zeugen des Vorfalls in der Innenstadt. '.repeat(6)}Die Seite wurde nicht gefunden, hieß es.`;
    assert.equal(detectErrorPage(['Zeugenaufruf'], text), undefined);
  });

  test('a long main text is a release, whatever its title says', () => {
    const text = 'Die Staatsregierung hat heute beschlossen, die Förderung fortzusetzen. '.repeat(30);
    assert.equal(detectErrorPage(['Seite nicht gefunden'], text), undefined);
  });
});
