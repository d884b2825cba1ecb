import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Hit } from 'meilisearch';
import type { Release, Source } from '../../../../src/archive/release.js';
import { releasePage } from '../../../../src/web/view-models/release-page.js';
import { fakeRelease } from '../../../helpers/fake-search.js';

const ID = '2026-06-02-hightech-agenda-3f9a1c';
const PDF: Source = { type: 'pdf', filename: 'mi-2026-06-02.pdf', sha256: 'a'.repeat(64), bytes: 48_213, pages: 2 };
const HTML: Source = { type: 'html', filename: 'hightech-agenda.html', sha256: 'b'.repeat(64), bytes: 1000 };

const release = (extra: Partial<Release> = {}): Release =>
  fakeRelease(ID, {
    title: 'Hightech Agenda bestätigt Kernthema',
    topics: ['Wissenschaft und Forschung', 'Gesundheit'],
    sources: [PDF, HTML],
    ...extra,
  });

/** Path and query parameters of a page-relative URL. */
const parts = (url: string) => {
  const parsed = new URL(url, 'https://archiv.example');
  return { path: parsed.pathname, params: [...parsed.searchParams] };
};

describe('releasePage', () => {
  test('title with the site name, German date, sender and topics as links to the search', () => {
    const page = releasePage(release(), [], '/archiv');
    assert.equal(page.pageTitle, 'Hightech Agenda bestätigt Kernthema – Pressearchiv');
    assert.equal(page.title, 'Hightech Agenda bestätigt Kernthema');
    assert.equal(page.date, '2026-06-02');
    assert.equal(page.dateText, '2. Juni 2026');
    assert.equal(page.ministry, 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus');
    assert.deepEqual(parts(page.ministryUrl), { path: '/archiv/suche', params: [['ministerium', 'SMWK']] });
    assert.deepEqual(
      page.topics.map((t) => [t.label, parts(t.url)]),
      [
        ['Wissenschaft und Forschung', { path: '/archiv/suche', params: [['thema', 'Wissenschaft und Forschung']] }],
        ['Gesundheit', { path: '/archiv/suche', params: [['thema', 'Gesundheit']] }],
      ],
    );
  });

  test('subtitle and printed sender only when there is one that differs', () => {
    const plain = releasePage(release(), [], '');
    assert.ok(!('subtitle' in plain));
    assert.ok(!('ministryPrinted' in plain));
    const printedAsCanonical = releasePage(release({ ministryPrinted: release().ministry }), [], '');
    assert.ok(!('ministryPrinted' in printedAsCanonical));
    const old = 'Sächsisches Staatsministerium für Wissenschaft und Kunst';
    const page = releasePage(release({ subtitle: 'Konferenz in Dresden', ministryPrinted: old }), [], '');
    assert.equal(page.subtitle, 'Konferenz in Dresden');
    assert.equal(page.ministryPrinted, old);
  });

  test('contact: phone and e-mail as links, the phone number dialable; none without any field', () => {
    const page = releasePage(
      release({ contact: { name: 'Falk Lange', phone: '+49 (0)351 564-60200', email: 'presse@smwk.sachsen.de' } }),
      [],
      '',
    );
    assert.deepEqual(page.contact, {
      name: 'Falk Lange',
      phone: '+49 (0)351 564-60200',
      phoneHref: 'tel:+49035156460200',
      email: 'presse@smwk.sachsen.de',
      emailHref: 'mailto:presse@smwk.sachsen.de',
    });
    assert.deepEqual(releasePage(release({ contact: { name: 'Falk Lange' } }), [], '').contact, {
      name: 'Falk Lange',
    });
    assert.ok(!('contact' in releasePage(release({ contact: {} }), [], '')));
  });

  test('body blocks and footnotes (none when the record has none)', () => {
    const page = releasePage(release({ body: ['Erster Absatz.', 'Zweiter Absatz.'], footnotes: ['¹ Quelle'] }), [], '');
    assert.deepEqual(page.blocks, [
      { paragraph: [{ text: 'Erster Absatz.' }] },
      { paragraph: [{ text: 'Zweiter Absatz.' }] },
    ]);
    assert.deepEqual(page.footnotes, [{ text: '¹ Quelle', id: 'fussnote-1' }]);
    assert.deepEqual(releasePage(release({ footnotes: undefined }), [], '').footnotes, []);
  });

  test('the title carries its language when it is not German; a broken tag is left out', () => {
    assert.equal(releasePage(release({ titleLang: 'en' }), [], '').titleLang, 'en');
    assert.ok(!('titleLang' in releasePage(release({ titleLang: '"><b>' }), [], '')));
    assert.ok(!('titleLang' in releasePage(release({}), [], '')));
  });

  test('footnote marks link to their notes, and a linked note links back to its first mark', () => {
    const page = releasePage(
      release({
        body: ['Im Freistaat.¹ Und²'],
        structuredBody: [
          {
            type: 'paragraph',
            text: [
              { text: 'Im Freistaat.' },
              { text: '¹', note: 1 },
              { text: ' Wieder' },
              { text: '¹', note: 1 },
              { text: ' und' },
              { text: '³', note: 3 },
            ],
          },
        ],
        footnotes: ['Quelle: Landesamt.', 'Nicht im Text verwiesen.'],
      }),
      [],
      '',
    );
    assert.deepEqual(page.blocks, [
      {
        paragraph: [
          { text: 'Im Freistaat.' },
          { text: '¹', note: { href: '#fussnote-1', id: 'fussnote-1-text', label: 'Fußnote 1' } },
          { text: ' Wieder' },
          { text: '¹', note: { href: '#fussnote-1', label: 'Fußnote 1' } },
          { text: ' und' },
          { text: '³' },
        ],
      },
    ]);
    assert.deepEqual(page.footnotes, [
      {
        text: 'Quelle: Landesamt.',
        id: 'fussnote-1',
        back: { href: '#fussnote-1-text', context: '(Fußnote 1)' },
      },
      { text: 'Nicht im Text verwiesen.', id: 'fussnote-2' },
    ]);
  });

  test('the structured body is shown where the record has one, the plain paragraphs otherwise', () => {
    const structured = releasePage(
      release({
        body: ['Hintergrund', 'Text.'],
        structuredBody: [
          { type: 'heading', level: 2, text: [{ text: 'Hintergrund' }] },
          { type: 'paragraph', text: [{ text: 'Text.' }] },
        ],
      }),
      [],
      '',
    );
    assert.deepEqual(structured.blocks, [{ h2: [{ text: 'Hintergrund' }] }, { paragraph: [{ text: 'Text.' }] }]);
    // Without a structured form a short line stays a paragraph: only the source can make a heading.
    const plain = releasePage(release({ body: ['Hintergrund', 'Text.'] }), [], '');
    assert.deepEqual(plain.blocks, [{ paragraph: [{ text: 'Hintergrund' }] }, { paragraph: [{ text: 'Text.' }] }]);
  });
});

describe('originals and provenance', () => {
  test('the first source is the original to download, with its type and size in the label', () => {
    const page = releasePage(release(), [], '/archiv');
    assert.equal(page.original!.url, `/archiv/mitteilung/${ID}/original`);
    assert.match(page.original!.label, /PDF/);
    assert.match(page.original!.label, /47,1 KB/);
    const htmlFirst = releasePage(release({ sources: [HTML] }), [], '');
    assert.match(htmlFirst.original!.label, /HTML/);
    assert.match(htmlFirst.original!.label, /1\.000 Byte/);
  });

  test('the download link at the top names its file (with two originals, which one it is)', () => {
    assert.equal(releasePage(release({ sources: [PDF, HTML] }), [], '').original!.filename, 'mi-2026-06-02.pdf');
    assert.equal(releasePage(release({ sources: [HTML] }), [], '').original!.filename, 'hightech-agenda.html');
  });

  test('every source with its own link, size (bytes spelled out above 1 KB) and pages for PDFs', () => {
    const { provenance } = releasePage(release(), [], '/archiv');
    assert.equal(provenance!.multiple, true);
    assert.deepEqual(
      provenance!.sources.map((s) => [s.filename, s.sizeText, s.pages, s.sha256, s.url]),
      [
        [
          'mi-2026-06-02.pdf',
          '47,1 KB (48.213 Byte)',
          '2',
          PDF.sha256,
          `/archiv/mitteilung/${ID}/original/${PDF.sha256}`,
        ],
        [
          'hightech-agenda.html',
          '1.000 Byte',
          undefined,
          HTML.sha256,
          `/archiv/mitteilung/${ID}/original/${HTML.sha256}`,
        ],
      ],
    );
    assert.notEqual(provenance!.sources[0]!.typeLabel, provenance!.sources[1]!.typeLabel);
    assert.equal(releasePage(release({ sources: [PDF] }), [], '').provenance!.multiple, false);
  });

  test('source addresses: each once, filtered again, none for a record without them', () => {
    const url = 'https://www.example.org/pm.html';
    const page = releasePage(
      release({
        sources: [
          { ...PDF, sourceUrl: url },
          { ...HTML, sourceUrl: url },
          { ...HTML, sha256: 'c'.repeat(64), sourceUrl: 'javascript:alert(1)' },
        ],
      }),
      [],
      '',
    );
    assert.deepEqual(page.publishedAt, [url]);
    assert.deepEqual(releasePage(release(), [], '').publishedAt, []);
  });

  test('samples: invented ones say so; the real one names its portal and that its files were re-created', () => {
    assert.equal(releasePage(release(), [], '').sampleNotice, undefined);
    const invented = {
      label: 'Beispieldaten – keine echte Mitteilung.',
      text: 'Inhalt, Personen und Zahlen sind für das Pressearchiv erfunden; die genannte Behörde hat diese Mitteilung nicht veröffentlicht.',
    };
    assert.deepEqual(releasePage(release({ sample: true }), [], '').sampleNotice, invented);
    assert.deepEqual(releasePage(release({ sample: true, invented: true }), [], '').sampleNotice, invented);
    const portal = { name: 'Medienservice Sachsen', url: 'https://www.medienservice.sachsen.de/' };
    const real = release({ sample: true, invented: false, sources: [{ ...PDF, publishedIn: portal }, HTML] });
    assert.deepEqual(releasePage(real, [], '').sampleNotice, {
      label: 'Beispiel aus einer echten Mitteilung.',
      portal: {
        before: 'Die Behörde hat sie im',
        name: 'Medienservice Sachsen',
        url: 'https://www.medienservice.sachsen.de/',
        address: 'www.medienservice.sachsen.de',
        after:
          'veröffentlicht; die genaue Adresse der Mitteilung ist hier nicht bekannt. Die Dateien hat das Projekt Pressearchiv aus dem veröffentlichten Text nachgebaut.',
      },
    });
    const hostile = release({
      sample: true,
      invented: false,
      sources: [{ ...PDF, publishedIn: { name: 'X', url: 'javascript:alert(1)' } }],
    });
    assert.deepEqual(releasePage(hostile, [], '').sampleNotice, invented, 'no safe portal: not shown as real');
  });

  test('the ingest time in German local time', () => {
    const page = releasePage(release({ ingestedAt: '2026-06-03T08:15:00.000Z' }), [], '');
    assert.equal(page.provenance!.ingestedText, '03.06.2026, 10:15 Uhr');
  });

  test('a record without sources has no download and no provenance', () => {
    const page = releasePage(release({ sources: [] }), [], '');
    assert.ok(!('original' in page));
    assert.ok(!('provenance' in page));
  });
});

describe('similar releases', () => {
  test('each with its page link, title, German date and sender, in the given order', () => {
    const similar: Array<Hit<Release>> = [
      fakeRelease('2025-01-28-ganztag-1a2b3c', { title: 'Ganztag', date: '2025-01-28', ministry: 'SMK-Name' }),
      fakeRelease('2024-11-07-bericht-4d5e6f', { title: 'Bericht', date: '2024-11-07' }),
    ];
    const page = releasePage(release(), similar, '/archiv');
    assert.deepEqual(
      page.similar.map((s) => [s.url, s.title, s.date, s.dateText, s.ministry]),
      [
        ['/archiv/mitteilung/2025-01-28-ganztag-1a2b3c', 'Ganztag', '2025-01-28', '28. Januar 2025', 'SMK-Name'],
        [
          '/archiv/mitteilung/2024-11-07-bericht-4d5e6f',
          'Bericht',
          '2024-11-07',
          '7. November 2024',
          'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus',
        ],
      ],
    );
    assert.ok(page.similarHeading.length > 0);
    assert.deepEqual(releasePage(release(), [], '').similar, []);
  });
});
