import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ExtractionError, type ExtractionErrorCode } from '../../../../ingest/extract/extraction-error.js';
import { extractRelease } from '../../../../ingest/extract/extract-release.js';
import { extractFixture } from '../../../helpers/fixture-files.js';

const cases: Array<[string, ExtractionErrorCode, RegExp]> = [
  ['bad/empty.pdf', 'empty-file', /^empty file/],
  ['bad/unsupported-image.png', 'unsupported-type', /^unsupported type: PNG image/],
  ['bad/truncated.pdf', 'corrupt-pdf', /^corrupt or truncated PDF/],
  ['bad/garbled.pdf', 'corrupt-pdf', /^corrupt or truncated PDF/],
  ['bad/password-protected.pdf', 'password-protected', /^password-protected PDF/],
  ['bad/scanned-image-only.pdf', 'no-text-layer', /^scanned PDF without text layer; OCR is not available yet$/],
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
