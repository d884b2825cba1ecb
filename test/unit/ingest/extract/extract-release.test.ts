import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { loadDefaultVocabularies } from '../../../../ingest/classify/vocabularies.js';
import {
  DEFAULT_MINISTRIES_FILE,
  parseMinistryVocabulary,
} from '../../../../ingest/classify/senders/sender-vocabulary.js';
import { ExtractionError, type ExtractionErrorCode } from '../../../../ingest/extract/extraction-error.js';
import { applyVocabularies, extractRelease } from '../../../../ingest/extract/extract-release.js';
import { extractFixture } from '../../../helpers/fixture-files.js';

const cases: Array<[string, ExtractionErrorCode, RegExp]> = [
  ['bad/empty.pdf', 'empty-file', /^empty file/],
  ['bad/unsupported-image.png', 'no-text-layer', /^scanned PNG image without text, and OCR is turned off \(OCR=0\)$/],
  ['bad/truncated.pdf', 'corrupt-pdf', /^corrupt or truncated PDF/],
  ['bad/garbled.pdf', 'corrupt-pdf', /^corrupt or truncated PDF/],
  ['bad/password-protected.pdf', 'password-protected', /^password-protected PDF/],
  [
    'bad/scanned-image-only.pdf',
    'no-text-layer',
    /^scanned PDF without text layer \(page 1\), and OCR is turned off \(OCR=0\)$/,
  ],
  ['bad/no-date.html', 'no-date', /^no release date found/],
  ['bad/error-page-404.html', 'error-page', /^saved error page, not a release \("404 – Datei nicht gefunden"\)$/],
];

describe('bad files fail with the right ExtractionError', () => {
  for (const [file, code, message] of cases) {
    test(`${file} → ${code}`, async () => {
      await assert.rejects(extractFixture(file), (error: unknown) => {
        assert.ok(error instanceof ExtractionError, String(error));
        assert.equal(error.code, code);
        assert.match(error.message, message);
        return true;
      });
    });
  }

  test('other inputs: whitespace only, plain text, a ZIP, a title-less page, absurd nesting', async () => {
    const expectCode = async (bytes: Buffer, code: ExtractionErrorCode): Promise<void> => {
      await assert.rejects(
        extractRelease(bytes, 'x.html'),
        (e: unknown) => e instanceof ExtractionError && e.code === code,
      );
    };
    await expectCode(Buffer.from('  \n\t '), 'empty-file');
    await expectCode(Buffer.from('Nur Text, kein HTML. Dresden, 2. Juni 2026'), 'unsupported-type');
    await expectCode(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), 'unsupported-type');
    await expectCode(Buffer.from('GIF89a\u0001\u0000'), 'unsupported-type');
    await expectCode(Buffer.from('<html><body><p>02.06.2026</p></body></html>'), 'no-title');
    const deep = `<html><body><h1>Titel</h1><p>02.06.2026</p>${'<div>'.repeat(1500)}Text${'</div>'.repeat(1500)}</body></html>`;
    await expectCode(Buffer.from(deep), 'too-complex');
  });

  test('the cause of a PDF error is kept', async () => {
    await assert.rejects(
      extractFixture('bad/truncated.pdf'),
      (e: unknown) => e instanceof ExtractionError && e.cause instanceof Error,
    );
  });
});

const TITLE = 'Hightech Agenda bestätigt sächsisches Kernthema Zell- und Gentherapie';
const SUBTITLE = 'Internationale Konferenz mit Experten aus Wissenschaft, Wirtschaft und Politik tagt in Dresden';

for (const [type, file] of [
  ['pdf', 'good/smwk-2026-06-02-hightech-agenda.pdf'],
  ['html', 'good/smwk-2026-06-02-hightech-agenda.html'],
] as const) {
  describe(`SMWK release as ${type.toUpperCase()}`, async () => {
    const result = await extractFixture(file);
    const { release } = result;

    test('type comes from the content', () => assert.equal(result.type, type));

    test('sender, date, title, subtitle', () => {
      assert.equal(release.ministry, 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus');
      assert.equal(release.ministryShort, 'SMWK');
      assert.equal(release.ministryPrinted, undefined);
      assert.equal(release.date, '2026-06-02');
      assert.equal(release.title, TITLE);
      assert.equal(release.subtitle, SUBTITLE);
    });

    test('contact: name, phone, e-mail without the footnote marker', () => {
      assert.deepEqual(release.contact, {
        name: 'Falk Lange',
        phone: '+49 351 564 60200',
        email: 'falk.lange@smwk.sachsen.de',
      });
    });

    test('body: four paragraphs, words and quotes intact, no boilerplate', () => {
      assert.equal(release.body.length, 4);
      assert.ok(release.body[0]?.startsWith('Sichere und zugängliche'));
      assert.ok(release.body[2]?.includes('Forschungseinrichtungen'));
      assert.ok(release.body[1]?.includes('»Made in Germany«'));
      assert.ok(release.body[3]?.startsWith('SaxoCell ist Gewinner'));
      assert.ok(release.body[3]?.endsWith('aus der Wirtschaft zusammen.'));
      const text = release.body.join('\n');
      for (const unwanted of [
        'Kein Zugang',
        'eSignatur',
        'Falk Lange',
        'Hausanschrift',
        'Seite 1 von',
        'Cookies',
        'Teilen',
        'Impressum',
        TITLE,
      ]) {
        assert.ok(!text.includes(unwanted), unwanted);
      }
    });

    test('the e-signature notice is neither body nor footnote', () => {
      assert.ok(!(release.footnotes ?? []).some((f) => f.includes('Kein Zugang')));
    });

    test('summary is the lead, cut at a sentence end', () => {
      assert.ok(release.summary.startsWith('Sichere und zugängliche Zell- und Gentherapien'));
      assert.ok(release.summary.length <= 400);
      assert.match(release.summary, /\.$/);
    });

    test('topics', () => {
      assert.equal(release.topics[0], 'Wissenschaft und Forschung');
      assert.ok(release.topics.includes('Gesundheit'));
    });
  });
}

test('the PDF reports its page count and no warnings', async () => {
  const result = await extractFixture('good/smwk-2026-06-02-hightech-agenda.pdf');
  assert.equal(result.pages, 2);
  assert.deepEqual(result.warnings, []);
});

interface MinistriesJson {
  ministries: Array<{ short: string; name: string; formerNames?: Array<{ name: string }> }>;
}

test('a cached result is classified again when the ministry is renamed', async () => {
  const result = await extractFixture('good/smwk-2026-06-02-hightech-agenda.html');
  const cached = JSON.parse(JSON.stringify(result)) as typeof result; // as stored in the extraction cache

  const json = JSON.parse(readFileSync(DEFAULT_MINISTRIES_FILE, 'utf8')) as MinistriesJson;
  const smwk = json.ministries.find((m) => m.short === 'SMWK');
  assert.ok(smwk);
  smwk.formerNames = [...(smwk.formerNames ?? []), { name: smwk.name }];
  smwk.name = 'Sächsisches Staatsministerium für Wissenschaft und Kunst der Zukunft';
  const vocabularies = { ...loadDefaultVocabularies(), ministries: parseMinistryVocabulary(json, 'ministries.json') };

  const again = applyVocabularies(cached, vocabularies);
  assert.equal(again.release.ministry, 'Sächsisches Staatsministerium für Wissenschaft und Kunst der Zukunft');
  assert.equal(again.release.ministryShort, 'SMWK');
  assert.equal(again.release.ministryPrinted, 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus');
  assert.deepEqual(again.release.topics, result.release.topics);
  assert.deepEqual(again.release.body, result.release.body);

  const unchanged = applyVocabularies(cached);
  assert.deepEqual(unchanged.release, result.release);
});

test('without sender evidence the cached sender is kept', async () => {
  const { senderEvidence: _dropped, ...result } = await extractFixture('good/smk-2025-03-14-ganztag-3-seiten.pdf');
  const again = applyVocabularies(result);
  assert.deepEqual(
    [again.release.ministry, again.release.ministryShort, again.release.topics],
    [result.release.ministry, 'SMK', ['Bildung']],
  );
});
