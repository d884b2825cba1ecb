import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractFixture } from '../../../../helpers/fixture-files.js';

describe('HTML in windows-1252', async () => {
  const { release, warnings } = await extractFixture('good/smf-2025-11-20-windows-1252.html');

  test('€, „ “, – and umlauts are decoded correctly', () => {
    assert.equal(release.title, 'Steuerschätzung: Sachsen kann 2026 mit 21,3 Milliarden € rechnen');
    const body = release.body.join('\n');
    assert.ok(body.includes('rund 21,3 Milliarden € rechnen – das sind 140 Millionen € weniger'));
    assert.ok(body.includes('„Wir müssen die Ausgaben weiter an die Einnahmen anpassen. Größere Spielräume'));
    assert.ok(body.includes('nicht.“'));
    assert.doesNotMatch(body, /[\u0080-\u009f\ufffd]|Ã|â€/);
    assert.deepEqual(warnings, []);
  });

  test('layout: label, place and date line, contact at the end', () => {
    assert.equal(release.date, '2025-11-20');
    assert.equal(release.ministryShort, 'SMF');
    assert.equal(release.body.length, 3);
    assert.deepEqual(release.contact, { phone: '+49 351 564-99998', email: 'presse@smf.sachsen.de' });
    assert.ok(release.topics.includes('Finanzen'));
  });
});

describe('HTML with double-encoded UTF-8 (like Polizei Sachsen 2015/2016)', async () => {
  const { release, warnings } = await extractFixture('good/pd-leipzig-2016-05-12-doppelt-kodiert.html');

  test('text is repaired', () => {
    assert.equal(release.title, 'Radfahrer in Gohlis schwer verletzt – Zeugen gesucht');
    const body = release.body.join('\n');
    assert.ok(body.includes('Georg-Schumann-Straße'));
    assert.ok(body.includes('„Dashcam“-Aufnahmen'));
    assert.doesNotMatch(body, /[\u0080-\u009f]|Ã|â|ï»¿/);
    assert.ok(warnings.includes('repaired double-encoded UTF-8 (mojibake)'));
  });

  test('sender from the page title, date from the "Stand:" line, page furniture dropped', () => {
    assert.deepEqual([release.ministry, release.ministryShort], ['Polizeidirektion Leipzig', 'PD Leipzig']);
    assert.equal(release.date, '2016-05-12');
    assert.match(warnings.join(), /differs from <meta date> 2016-05-13/);
    assert.deepEqual(release.contact, { name: 'Maria Beispiel' });
    const body = release.body.join('\n');
    for (const unwanted of [
      'Inhalt',
      'Medieninformation: 301/2016',
      'Download',
      'Seitenanfang',
      'Polizeidirektion Görlitz',
    ]) {
      assert.ok(!body.includes(unwanted), unwanted);
    }
    assert.deepEqual(release.body.slice(0, 4), [
      'Stadt Leipzig',
      'Radfahrer in Gohlis schwer verletzt – Zeugen gesucht',
      'Zeit: 11.05.2016, 17:45 Uhr',
      'Ort: Leipzig-Gohlis, Georg-Schumann-Straße',
    ]);
    assert.ok(release.summary.startsWith('Ein 34-jähriger Radfahrer'));
    assert.equal(release.topics[0], 'Sicherheit und Polizei');
  });
});

describe('OpenGraph and Dublin Core metadata', async () => {
  const { release, warnings } = await extractFixture('good/smul-2025-09-12-opengraph.html');

  test('title, date and sender from the metadata when the text has none', () => {
    assert.equal(release.title, 'Wolfsmonitoring: 38 Rudel in Sachsen nachgewiesen');
    assert.equal(release.date, '2025-09-12');
    assert.equal(release.ministryShort, 'SMUL');
    assert.equal(release.body.length, 3);
    assert.ok(warnings.includes('headline taken from the metadata'));
  });
});

describe('an HTML page saved as .pdf', async () => {
  const result = await extractFixture('good/smi-2025-03-05-html-als.pdf');

  test('is extracted as HTML with a warning', () => {
    assert.equal(result.type, 'html');
    assert.equal(result.pages, undefined);
    assert.ok(result.warnings.includes('file is named .pdf but contains HTML; extracted as HTML'));
    assert.equal(result.release.title, 'Innenministerium stellt Verfassungsschutzbericht 2024 vor');
    assert.equal(result.release.date, '2025-03-05');
    assert.equal(result.release.ministryShort, 'SMI');
    assert.deepEqual(result.release.contact, {});
  });
});

describe('Berlin layout', async () => {
  const { release } = await extractFixture('good/senbjf-2024-04-03-berlin.html');

  test('"Pressemitteilung Nr.", "Berlin, den 3.4.2024", contact block at the end', () => {
    assert.equal(release.title, 'Mehr Schulplätze in Pankow: Neubau der Grundschule am Mauerpark beginnt');
    assert.equal(release.date, '2024-04-03');
    assert.equal(release.ministry, 'Senatsverwaltung für Bildung, Jugend und Familie');
    assert.equal(release.ministryShort, 'SenBJF');
    assert.deepEqual(release.contact, { phone: '(030) 90227-0000', email: 'presse@senbjf.berlin.de' });
    assert.equal(release.body.length, 2);
  });
});
