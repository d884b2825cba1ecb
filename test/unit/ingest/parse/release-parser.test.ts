import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ExtractionError } from '../../../../ingest/extract/extraction-error.js';
import { loadDefaultVocabularies } from '../../../../ingest/classify/vocabularies.js';
import type { DocumentHints, ExtractedDocument, TextBlock } from '../../../../ingest/extract/extracted-document.js';
import { parseRelease } from '../../../../ingest/parse/release-parser.js';

const vocab = loadDefaultVocabularies();
const p = (text: string): TextBlock => ({ kind: 'paragraph', text, lines: [text] });
const h = (text: string, level?: number): TextBlock => ({
  kind: 'heading',
  text,
  lines: [text],
  ...(level ? { level } : {}),
});
const doc = (blocks: TextBlock[], hints: Partial<DocumentHints> = {}): ExtractedDocument => ({
  type: 'html',
  blocks,
  hints: { senders: [], ...hints },
  warnings: [],
});
const BODY_1 =
  'Das Sächsische Staatsministerium für Kultus hat heute eine neue Förderrichtlinie vorgestellt, die am 3. Juni 2026 in Kraft tritt.';
const BODY_2 = 'Schulträger können ab sofort Anträge stellen. Die Mittel stehen bis Ende 2027 zur Verfügung.';

describe('parseRelease — generic layouts', () => {
  test('"Pressemitteilung Nr.", "Dresden, 2. Juni 2026", title as first heading, contact at the end', () => {
    const { release } = parseRelease(
      doc([
        p('Pressemitteilung Nr. 123/2024'),
        p('Dresden, 2. Juni 2026'),
        h('Neue Förderrichtlinie für Ganztagsangebote', 1),
        p(BODY_1),
        p(BODY_2),
        p('Pressekontakt:'),
        p('Anna Muster, Pressesprecherin'),
        p('Telefon: +49 351 564-0'),
        p('E-Mail: presse@smk.sachsen.de'),
      ]),
      vocab,
    );
    assert.equal(release.title, 'Neue Förderrichtlinie für Ganztagsangebote');
    assert.equal(release.subtitle, undefined);
    assert.equal(release.date, '2026-06-02');
    assert.deepEqual(release.body, [BODY_1, BODY_2]);
    assert.deepEqual(release.contact, { name: 'Anna Muster', phone: '+49 351 564-0', email: 'presse@smk.sachsen.de' });
    assert.deepEqual([release.ministry, release.ministryShort], ['Sächsisches Staatsministerium für Kultus', 'SMK']);
    assert.equal(release.summary, BODY_1);
    assert.ok(release.topics.includes('Bildung'));
  });

  test('"Berlin, den 3.4.2024" and "Rückfragen an:" in one line', () => {
    const { release } = parseRelease(
      doc([
        h('Mehr Schulplätze in Pankow'),
        p('Berlin, den 3.4.2024'),
        p(BODY_2),
        p('Rückfragen an: Pressestelle der Senatsverwaltung für Bildung, Jugend und Familie, Tel. (030) 90227-0000'),
      ]),
      vocab,
    );
    assert.equal(release.date, '2024-04-03');
    assert.deepEqual(release.body, [BODY_2]);
    assert.equal(release.ministryShort, 'SenBJF');
    assert.equal(release.contact.phone, '(030) 90227-0000');
  });

  test('a closing date line is taken (and not kept in the body); dates in sentences are not', () => {
    const { release } = parseRelease(
      doc([h('Konferenz in Dresden'), p(BODY_1), p(BODY_2), p('Dresden, 5. Juni 2026')]),
      vocab,
    );
    assert.equal(release.date, '2026-06-05');
    assert.deepEqual(release.body, [BODY_1, BODY_2]);
  });

  test('metadata fills in title and date; a differing date line wins with a warning', () => {
    const fromMeta = parseRelease(doc([p(BODY_1)], { title: 'Titel aus og:title', date: '2026-06-01' }), vocab);
    assert.deepEqual([fromMeta.release.title, fromMeta.release.date], ['Titel aus og:title', '2026-06-01']);
    const both = parseRelease(
      doc([h('Titel'), p('Stand: 07.04.2019, 08:00 Uhr'), p(BODY_1)], {
        date: '2019-04-08',
        dateSource: '<meta date>',
      }),
      vocab,
    );
    assert.equal(both.release.date, '2019-04-07');
    assert.match(both.warnings.join(), /differs from <meta date> 2019-04-08/);
  });

  test('the PDF creation date is the last resort, with a warning', () => {
    const { release, warnings } = parseRelease(doc([h('Titel'), p(BODY_1)], { fallbackDate: '2026-01-31' }), vocab);
    assert.equal(release.date, '2026-01-31');
    assert.match(warnings.join(), /PDF creation date/);
  });

  test('no date anywhere → no-date; no title anywhere → no-title', () => {
    assert.throws(
      () => parseRelease(doc([h('Titel'), p(BODY_1)]), vocab),
      (e: unknown) => e instanceof ExtractionError && e.code === 'no-date',
    );
    assert.throws(
      () => parseRelease(doc([p(BODY_1)], { date: '2026-06-02' }), vocab),
      (e: unknown) => e instanceof ExtractionError && e.code === 'no-title',
    );
  });

  test('an unknown sender is "Sonstige" with a warning; the e-signature notice is no footnote', () => {
    const { release, warnings } = parseRelease(
      doc([
        h('Titel'),
        p('02.06.2026'),
        p(BODY_2),
        p('* Kein Zugang für verschlüsselte elektronische Dokumente.'),
        p('¹ Quelle: Landesamt.'),
        p('1) Ein nummerierter Punkt einer Liste, kein Fußnotentext.'),
      ]),
      vocab,
    );
    assert.deepEqual([release.ministry, release.ministryShort], ['Sonstige', 'sonstige']);
    assert.match(warnings.join(), /Sonstige/);
    assert.deepEqual(release.footnotes, ['Quelle: Landesamt.']);
    assert.deepEqual(release.body, [BODY_2, '1) Ein nummerierter Punkt einer Liste, kein Fußnotentext.']);
  });
});

describe('parseRelease — the date at the end', () => {
  const lines = (...texts: string[]): TextBlock => ({ kind: 'paragraph', text: texts.join(' '), lines: texts });

  test('a place-and-date line set right below the last lines counts before the file date and leaves the body', () => {
    const { release, warnings } = parseRelease(
      doc(
        [h('Neue Förderrichtlinie für Ganztagsangebote', 1), p(BODY_1), lines(BODY_2, 'Dresden, den 15. April 2026')],
        {
          fallbackDate: '2026-04-13',
        },
      ),
      vocab,
    );
    assert.equal(release.date, '2026-04-15');
    assert.deepEqual(release.body, [BODY_1, BODY_2]);
    assert.ok(!warnings.some((w) => w.includes('creation date')));
  });

  test('an event day at the end („Mittwoch, 22. April 2026“) is not the release date', () => {
    const { release } = parseRelease(
      doc(
        [
          h('Neue Förderrichtlinie für Ganztagsangebote', 1),
          p(BODY_1),
          lines(BODY_2, 'Mittwoch, 22. April 2026, 11:00 Uhr'),
        ],
        {
          fallbackDate: '2026-04-13',
        },
      ),
      vocab,
    );
    assert.equal(release.date, '2026-04-13');
  });
});

describe('parseRelease — a publication phrase', () => {
  const lines = (...texts: string[]): TextBlock => ({ kind: 'paragraph', text: texts.join(' '), lines: texts });
  const imprint = lines('Erscheinungsfolge: monatlich', 'Erschienen am 17.01.2023', 'Artikelnummer: 5611103221124');

  test('„Erschienen am …“ in the body counts before the PDF creation date; its block stays', () => {
    const { release, warnings } = parseRelease(
      doc([h('Verbraucherpreisindizes für Deutschland', 1), p(BODY_1), imprint, p(BODY_2)], {
        fallbackDate: '2019-03-13',
      }),
      vocab,
    );
    assert.equal(release.date, '2023-01-17');
    assert.ok(!warnings.some((w) => w.includes('creation date')));
    assert.deepEqual(release.body, [BODY_1, imprint.text, BODY_2]);
  });

  test('a block that is only „Veröffentlicht am …“ leaves the body', () => {
    const { release } = parseRelease(
      doc([h('Titel', 1), p(BODY_1), p('Veröffentlicht am 3. Mai 2024'), p(BODY_2)], { fallbackDate: '2019-03-13' }),
      vocab,
    );
    assert.equal(release.date, '2024-05-03');
    assert.deepEqual(release.body, [BODY_1, BODY_2]);
  });

  test('a date line in the head wins; „Stand: …“ among other lines of the body is no publication date', () => {
    const head = parseRelease(
      doc([p('Dresden, 2. Juni 2026'), h('Titel', 1), p(BODY_1), p('Veröffentlicht am 5. Juni 2026'), p(BODY_2)]),
      vocab,
    );
    assert.equal(head.release.date, '2026-06-02');
    const state = parseRelease(
      doc(
        [
          h('Titel', 1),
          p(BODY_1),
          lines('Diese Reihe erscheint monatlich.', 'Stand: 07.04.2019', 'Weitere Angaben im Internet.'),
          p(BODY_2),
        ],
        {
          fallbackDate: '2019-03-13',
        },
      ),
      vocab,
    );
    assert.equal(state.release.date, '2019-03-13');
  });
});
