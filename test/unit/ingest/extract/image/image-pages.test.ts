import assert from 'node:assert/strict';
import { test } from 'node:test';
import { imagePage, imagePageCount } from '../../../../../ingest/extract/image/image-pages.js';
import { ExtractionError } from '../../../../../ingest/extract/extraction-error.js';
import { encodePng, encodeTiff } from '../../../../support/scans/image-encoders.js';

const gray = (width: number, height: number, value: number, dpi = 200) => ({
  width,
  height,
  data: new Uint8Array(width * height).fill(value),
  dpi,
});

test('a multi-page TIFF: every page, decoded to greyscale PGM with its resolution', () => {
  const tiff = encodeTiff([gray(40, 30, 10), gray(20, 50, 200)]);
  assert.equal(imagePageCount(tiff, 'tiff'), 2);
  const second = imagePage(tiff, 'tiff', 2);
  assert.deepEqual([second.width, second.height, second.dpi], [20, 50, 200]);
  const header = 'P5\n20 50\n255\n';
  assert.equal(Buffer.from(second.encoded.subarray(0, header.length)).toString('latin1'), header);
  assert.ok(second.encoded.subarray(header.length).every((v) => v === 200));
  assert.throws(
    () => imagePage(tiff, 'tiff', 3),
    (e: unknown) => e instanceof ExtractionError && e.code === 'corrupt-image',
  );
});

test('a PNG goes to OCR as it is; its size comes from its header; a huge one is refused before decoding', () => {
  const png = encodePng(gray(30, 20, 255, 300));
  const page = imagePage(png, 'png', 1);
  assert.equal(page.encoded, png);
  assert.deepEqual([page.width, page.height], [30, 20]);
  const huge = Buffer.from(png);
  huge.writeUInt32BE(100_000, 16);
  huge.writeUInt32BE(100_000, 20);
  assert.throws(
    () => imagePage(huge, 'png', 1),
    (e: unknown) => e instanceof ExtractionError && e.code === 'too-large',
  );
});

test('a damaged TIFF fails as a damaged image', () => {
  const broken = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0xff, 0xff, 0xff, 0x7f]);
  assert.throws(
    () => imagePageCount(broken, 'tiff'),
    (e: unknown) => e instanceof ExtractionError && e.code === 'corrupt-image',
  );
});
