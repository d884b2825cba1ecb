import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Hit } from 'meilisearch';
import type { Release } from '../../../../src/archive/release.js';
import { absoluteUrls } from '../../../../src/web/absolute-url.js';
import { csvFormat, jsonLinesFormat } from '../../../../src/web/export/export-formats.js';

const HIT = {
  id: 'smi-2025-02-14-x',
  title: '=cmd|"/c calc"!A1 </script>',
  subtitle: 'Zeile\nzwei',
  date: '2025-02-14',
  ministry: 'Sächsisches Staatsministerium des Innern',
  ministryShort: 'SMI',
  topics: ['Innere Sicherheit', 'Polizei'],
  type: 'Polizeibericht',
  summary: '-Die ganze Zusammenfassung; mit Semikolon.',
  _formatted: { summary: '-Die ganze …' },
} as unknown as Hit<Release>;

describe('export formats', () => {
  test('CSV: BOM and header row, one row per hit with the absolute address', () => {
    const csv = csvFormat('/archiv', absoluteUrls('https://presse.example.de/archiv'));
    assert.equal(
      csv.head,
      '\uFEFFDatum;Titel;Untertitel;Behörde;Kürzel;Themen;Zusammenfassung;Adresse;Kennung;Art;Hinweis\r\n',
    );
    assert.equal(
      csv.row(HIT),
      [
        '2025-02-14',
        `"'=cmd|""/c calc""!A1 </script>"`,
        '"Zeile\nzwei"',
        'Sächsisches Staatsministerium des Innern',
        'SMI',
        'Innere Sicherheit, Polizei',
        `"'-Die ganze Zusammenfassung; mit Semikolon."`,
        'https://presse.example.de/archiv/mitteilung/smi-2025-02-14-x',
        'smi-2025-02-14-x',
        'Polizeibericht',
        '',
      ].join(';') + '\r\n',
    );
    const sample = csv.row({ ...HIT, sample: true });
    assert.ok(sample.endsWith(';smi-2025-02-14-x;Polizeibericht;Beispieldaten – keine echte Mitteilung\r\n'), sample);
    assert.ok(
      csv.row({ ...HIT, sample: true, invented: false }).endsWith(';smi-2025-02-14-x;Polizeibericht;\r\n'),
      'the real sample',
    );
  });

  test('JSON Lines: the fields of an /api/suche hit on one line, markup characters escaped', () => {
    const line = jsonLinesFormat('/archiv').row(HIT);
    assert.ok(line.endsWith('}\n'));
    assert.equal(line.split('\n').length, 2, 'one line');
    assert.doesNotMatch(line, /[<>]/);
    assert.deepEqual(JSON.parse(line), {
      id: 'smi-2025-02-14-x',
      title: '=cmd|"/c calc"!A1 </script>',
      subtitle: 'Zeile\nzwei',
      date: '2025-02-14',
      ministry: 'Sächsisches Staatsministerium des Innern',
      ministryShort: 'SMI',
      topics: ['Innere Sicherheit', 'Polizei'],
      type: 'Polizeibericht',
      snippet: '-Die ganze …',
      url: '/archiv/mitteilung/smi-2025-02-14-x',
      invented: false,
      notice: null,
    });
    const sample = JSON.parse(jsonLinesFormat('/archiv').row({ ...HIT, sample: true, invented: true }));
    assert.deepEqual([sample.invented, sample.notice], [true, 'Beispieldaten – keine echte Mitteilung']);
  });
});
