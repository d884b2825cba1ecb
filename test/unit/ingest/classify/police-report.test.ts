/** The police-report classifier: a four-digit report number before a sentence, and police work. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isPoliceReport, readPoliceReport } from '../../../../ingest/classify/police-report.js';

const report = (body: string, title = 'Radfahrer verletzt') => ({ title, body: [body] });

describe('readPoliceReport', () => {
  test('a body opening with its number („Nr. 0815 …“) and police work is a report; the number is kept', () => {
    const found = readPoliceReport(
      report('Nr. 0815 Gestern Abend stieß ein Radfahrer mit einem Auto zusammen. Ein Fachkommissariat ermittelt.'),
    );
    assert.equal(found?.number, '0815');
    assert.ok(found?.terms.includes('kommissar'), JSON.stringify(found?.terms));
  });

  test('the number may follow a line of districts, a joint-release line or a lead; „Nr.0248“ without a space too', () => {
    for (const body of [
      'Mitte/Spandau Nr. 1616 Gegen 10.15 Uhr bog eine Autofahrerin ab und verletzte einen Radfahrer.',
      'Gemeinsame Meldung Polizei und Staatsanwaltschaft Nr. 0211 Seit dem frühen Morgen wird durchsucht.',
      'In der Nacht brannten drei Autos. Ein Brandkommissariat ermittelt. Nr. 1090 Gegen 23.10 Uhr alarmierte eine Anwohnerin die Feuerwehr.',
      'Nr.0248 Zivilkräfte stoppten in der vergangenen Nacht ein viel zu schnelles Auto.',
    ])
      assert.ok(isPoliceReport(report(body)), body);
  });

  test('numbers that are no report numbers are not taken', () => {
    for (const body of [
      'Der Senat hat die Vorlage Nr. 1234/2024 beschlossen; die Polizei erhält neue Fahrzeuge.', // not before a sentence
      'Vom Bebauungsplan Nr. 123 Der Entwurf liegt aus. Die Polizei wurde beteiligt.', // three digits
      'Im Museum ist das Bild Nr. 12345 Teil der Ausstellung über die Polizei.', // five digits
      'Die Galerie zeigt Werk Nr. 2024 Eine Reise ans Meer, gemalt in Öl.', // a number, but no police work
    ])
      assert.equal(readPoliceReport(report(body, 'Ausstellung')), undefined, body);
  });

  test('the number must come early: beyond the first 2,000 characters it is a mention, not a report', () => {
    const long = `${'Die Bibliothek lädt zu einer Lesung ein. '.repeat(60)}Nr. 0815 Die Polizei berichtete.`;
    assert.equal(isPoliceReport(report(long, 'Lesung')), false);
  });
});
