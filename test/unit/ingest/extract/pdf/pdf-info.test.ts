import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pdfDateInGermany } from '../../../../../ingest/extract/pdf/pdf-info.js';

describe('pdfDateInGermany', () => {
  test('a date with a time zone is the calendar date in German time', () => {
    assert.equal(pdfDateInGermany("D:20260602093000+02'00'"), '2026-06-02');
    assert.equal(pdfDateInGermany("D:20260602233000-05'30"), '2026-06-03');
    assert.equal(pdfDateInGermany('D:20260301233000Z'), '2026-03-02');
    assert.equal(pdfDateInGermany("D:20260301233000Z00'00'"), '2026-03-02');
    assert.equal(pdfDateInGermany("D:20260301233000+01'00"), '2026-03-01');
  });

  test('a date without a time zone is taken as written; missing parts are the start of the period', () => {
    assert.equal(pdfDateInGermany('D:20260301233000'), '2026-03-01');
    assert.equal(pdfDateInGermany('D:2026'), '2026-01-01');
    assert.equal(pdfDateInGermany('D:202603'), '2026-03-01');
    assert.equal(pdfDateInGermany('20260315101500'), '2026-03-15');
  });

  test('rejects what is not a PDF date', () => {
    for (const value of [
      '',
      'gestern',
      '20260315',
      '2026-06-02T09:30:00+02:00',
      'D:20261340',
      'D:20260230',
      'D:20260615250000',
      "D:20260615120000+25'00'",
      'D:20260615120000 und mehr',
    ])
      assert.equal(pdfDateInGermany(value), undefined, value);
  });
});
