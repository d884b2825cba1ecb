/**
 * A tagged PDF (test/support/office/office-tagged.ts): a Figure's alternative text is kept as
 * „Bild: …“ text where the figure stands, as HTML images are; a figure without one gives nothing.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { extractRelease, type ExtractionResult } from '../../../../ingest/extract/extract-release.js';
import { extractPdf } from '../../../../ingest/extract/pdf/pdf-extractor.js';
import { TAGGED_RELEASE, taggedRelease } from '../../../support/office/office-tagged.js';

describe('alternative texts of a tagged PDF', () => {
  let bytes: Buffer;
  let result: ExtractionResult;
  before(async () => {
    bytes = await taggedRelease();
    result = await extractRelease(bytes, TAGGED_RELEASE.name);
  });

  test('the figure’s /Alt is a paragraph „Bild: …“ between the paragraphs around the figure', () => {
    const { body } = result.release;
    const at = body.indexOf(`Bild: ${TAGGED_RELEASE.alt}`);
    assert.ok(at > 0, body.join('\n'));
    assert.ok(body[at - 1]?.startsWith(TAGGED_RELEASE.before), body[at - 1]);
    assert.ok(
      body.slice(at + 1).some((p) => p.startsWith(TAGGED_RELEASE.after)),
      body.join('\n'),
    );
    assert.equal(result.release.title, TAGGED_RELEASE.title);
  });

  test('it is an image block; the figure without /Alt gives no text', async () => {
    const doc = await extractPdf(bytes, { deadline: Date.now() + 30_000 });
    const images = doc.blocks.filter((b) => b.text.startsWith('Bild:'));
    assert.deepEqual(
      images.map((b) => ({ text: b.text, image: b.image })),
      [{ text: `Bild: ${TAGGED_RELEASE.alt}`, image: true }],
    );
  });
});
