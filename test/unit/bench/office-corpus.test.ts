import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { OFFICE_LAYOUTS, officeBenchPdfs, type OfficeBenchPdf } from '../../../bench/lib/office-corpus.js';

async function made(count: number, seed: number): Promise<OfficeBenchPdf[]> {
  const out: OfficeBenchPdf[] = [];
  for await (const pdf of officeBenchPdfs(count, seed)) out.push(pdf);
  return out;
}

const digest = (pdf: OfficeBenchPdf): string => createHash('sha256').update(pdf.bytes).digest('hex');

describe('the office-made benchmark PDFs', () => {
  it('are the same for the same seed, byte for byte, and differ for another', async () => {
    const [first, again, other] = [await made(4, 1), await made(4, 1), await made(4, 2)];
    assert.deepEqual(first.map(digest), again.map(digest));
    assert.deepEqual(
      first.map((p) => p.name),
      again.map((p) => p.name),
    );
    assert.ok(first.every((pdf, i) => digest(pdf) !== digest(other[i]!)));
  });

  it('take the layouts in turn, embed a subset TrueType font with a ToUnicode map, and run over pages', async () => {
    const pdfs = await made(8, 1);
    assert.deepEqual(
      pdfs.map((p) => p.layout),
      [...OFFICE_LAYOUTS, ...OFFICE_LAYOUTS],
    );
    for (const pdf of pdfs) {
      const text = pdf.bytes.toString('latin1');
      assert.match(text, /\/BaseFont \/[A-Z]{6}\+Carlito-Regular/, pdf.name);
      assert.match(text, /\/FontFile2/, pdf.name);
      assert.match(text, /\/ToUnicode/, pdf.name);
      assert.equal(text.match(/\/Type \/Page\b/g)?.length, pdf.pages, pdf.name);
    }
    assert.ok(
      pdfs.some((p) => p.pages > 1),
      `pages: ${pdfs.map((p) => p.pages).join(', ')}`,
    );
  });
});
