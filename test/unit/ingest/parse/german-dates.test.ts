import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findReleaseDate, parseGermanDate, parsePublishedDate } from '../../../../ingest/parse/german-dates.js';

/** Tests that `parse` reads each of `valid` as its date and none of `invalid`. */
function readsDates(
  parse: (input: string) => string | undefined,
  valid: Array<[string, string]>,
  invalid: string[],
): void {
  for (const [input, expected] of valid) {
    test(`"${input}" → ${expected}`, () => assert.equal(parse(input), expected));
  }
  for (const input of invalid) {
    test(`"${input}" is not read as a date`, () => assert.equal(parse(input), undefined));
  }
}

describe('parseGermanDate', () => {
  const valid: Array<[string, string]> = [
    ['02.06.2026', '2026-06-02'],
    ['2.6.2026', '2026-06-02'],
    ['2. Juni 2026', '2026-06-02'],
    ['2. Jun. 2026', '2026-06-02'],
    ['02. Juni 2026', '2026-06-02'],
    ['2.6.26', '2026-06-02'],
    ['1.1.99', '1999-01-01'],
    ['Dresden, 2. Juni 2026', '2026-06-02'],
    ['Berlin, den 3.4.2024', '2024-04-03'],
    ['Frankfurt (Oder), 2. Juni 2026', '2026-06-02'],
    ['Montag, 2. Juni 2026', '2026-06-02'],
    ['Dresden, Montag, den 2. Juni 2026', '2026-06-02'],
    ['08.04.2019 07:24', '2019-04-08'],
    ['Stand: 07.04.2019, 08:00 Uhr', '2019-04-07'],
    ['Pressemitteilung Nr. 123/2024 vom 3.4.2024', '2024-04-03'],
    ['Medieninformation vom 07.04.2019', '2019-04-07'],
    ['Erschienen am 17.01.2023', '2023-01-17'],
    ['2026-06-02', '2026-06-02'],
    ['2026-06-02T10:15:00+02:00', '2026-06-02'],
    ['3. März 2026', '2026-03-03'],
    ['3. Maerz 2026', '2026-03-03'],
    ['3. Mrz. 2026', '2026-03-03'],
    ['24. Dezember 2025', '2025-12-24'],
    ['29.02.2024', '2024-02-29'],
    ['2.\u00a0Juni\u00a02026', '2026-06-02'],
  ];
  const invalid = [
    '31.02.2026', // no such day
    '29.02.2025', // not a leap year
    '2026-13-01',
    '32.1.2026',
    'Juni 2026', // no day
    'am 3. Juni 2026', // a date inside a sentence
    'heute, 3. Juni 2026',
    'Zeit: 05.04.2019, 08.00 Uhr bis 12.30 Uhr',
    '15.700,- Euro',
    'Medieninformation 669/2016 vom 17.11.2016 sowie 675/2016',
    '',
  ];
  readsDates(parseGermanDate, valid, invalid);
});

describe('findReleaseDate', () => {
  test('takes the date line, not a date in the text before it', () => {
    const lines = [
      'Medieninformation',
      'Die Konferenz beginnt am 3. Juni 2026 in Dresden.',
      '02.06.2026',
      'Dresden, 5. Juni 2026',
    ];
    assert.deepEqual(findReleaseDate(lines), { iso: '2026-06-02', lineIndex: 2 });
  });

  test('finds nothing when dates only occur in sentences', () => {
    assert.equal(
      findReleaseDate(['Am 3. Juni 2026 tagt die Konferenz.', 'Anmeldung bis 1.6.2026 möglich.']),
      undefined,
    );
  });
});

describe('parsePublishedDate', () => {
  const valid: Array<[string, string]> = [
    ['Erschienen am 17.01.2023', '2023-01-17'],
    ['Erschienen: 17. Januar 2023', '2023-01-17'],
    ['Veröffentlicht am 3. Mai 2024', '2024-05-03'],
    ['Veröffentlicht: 03.05.2024, 10:30 Uhr', '2024-05-03'],
    ['Erscheinungsdatum: 2024-05-03', '2024-05-03'],
    ['Herausgegeben am 3.5.2024', '2024-05-03'],
  ];
  const invalid = [
    'Stand: 07.04.2019', // the state of a text, not its publication
    'Aktualisiert am 07.04.2019',
    '17.01.2023',
    'Dresden, 2. Juni 2026',
    'Erschienen am 17.01.2023 ist der Bericht zur Lage',
    'Erschienenes am 17.01.2023',
  ];
  readsDates(parsePublishedDate, valid, invalid);
});
