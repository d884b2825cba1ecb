import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Release } from '../../../src/archive/release.js';
import { toSearchDocument } from '../../../src/archive/search-document.js';

const release: Release = {
  id: '2024-03-12-smk-zelltherapie',
  title: 'Zentrum für Zelltherapie eröffnet',
  subtitle: 'Forschung zu Zell- und Gentherapie',
  date: '2024-03-12',
  dateNum: 19_794,
  year: 2024,
  ministry: 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus',
  ministryShort: 'SMWK',
  topics: ['Wissenschaft und Forschung', 'Gesundheit'],
  contact: { name: 'Anna Muster' },
  summary: 'In Leipzig eröffnet ein Zentrum für Zelltherapie.',
  body: ['In Leipzig eröffnet ein Zentrum für Zelltherapie.', 'Es forscht zu Gentherapien.'],
  sources: [{ type: 'pdf', filename: 'mi.pdf', sha256: 'a'.repeat(64), bytes: 1000, pages: 2 }],
  sample: false,
  ingestedAt: '2024-03-13T08:00:00.000Z',
};

describe('toSearchDocument', () => {
  test('the release is stored unchanged, plus the de_* copies of its text fields', () => {
    const document = toSearchDocument(release);
    assert.deepEqual(document, {
      ...release,
      de_title: release.title,
      de_subtitle: release.subtitle,
      de_summary: release.summary,
      de_body: release.body,
    });
  });

  test('without a subtitle there is no de_subtitle either', () => {
    const withoutSubtitle: Release = { ...release };
    delete withoutSubtitle.subtitle;
    const document = toSearchDocument(withoutSubtitle);
    assert.equal('de_subtitle' in document, false);
    assert.equal('subtitle' in document, false);
    assert.equal(document.de_title, release.title);
  });

  test('the release itself is not changed', () => {
    const input = structuredClone(release);
    toSearchDocument(input);
    assert.deepEqual(input, release);
  });
});
