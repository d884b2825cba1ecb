/**
 * Footnotes of an office-made PDF (test/support/office/office-footnotes.ts): marks set as raised
 * small digits are linked to the notes at the page foot (numbered raised or on the baseline), which
 * leave the running text; a year, „Seite 2“ and „m²“ are no marks.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { BodyNode, TextRun } from '../../../../src/archive/body-structure.js';
import { extractRelease, type ExtractionResult } from '../../../../ingest/extract/extract-release.js';
import { FOOTNOTE_RELEASE, footnoteRelease } from '../../../support/office/office-footnotes.js';

const runsOf = (nodes: readonly BodyNode[]): TextRun[] => nodes.flatMap((n) => (n.type === 'paragraph' ? n.text : []));

describe('footnotes of an office-made PDF', () => {
  let result: ExtractionResult;
  before(async () => {
    result = await extractRelease(await footnoteRelease(), FOOTNOTE_RELEASE.name);
  });

  test('the notes are the release’s footnotes, in order, and leave the body', () => {
    assert.deepEqual(result.release.footnotes, [...FOOTNOTE_RELEASE.notes]);
    const body = result.release.body.join('\n');
    for (const note of FOOTNOTE_RELEASE.notes) assert.ok(!body.includes(note.slice(0, 20)), note);
    assert.equal(result.release.title, FOOTNOTE_RELEASE.title);
  });

  test('each raised mark is a run naming its note, right after its word', () => {
    const runs = runsOf(result.release.structuredBody ?? []);
    const marks = runs.flatMap((run, i) =>
      run.note ? [{ note: run.note, text: run.text, before: runs[i - 1]?.text }] : [],
    );
    assert.deepEqual(
      marks.map(({ note, text }) => ({ note, text })),
      [
        { note: 1, text: '¹' },
        { note: 2, text: '²' },
      ],
    );
    FOOTNOTE_RELEASE.markedAfter.forEach((word, i) => assert.ok(marks[i]?.before?.endsWith(word), marks[i]?.before));
  });

  test('digits that are no marks stay as printed', () => {
    const body = result.release.body.join('\n');
    for (const text of FOOTNOTE_RELEASE.unchanged) assert.ok(body.includes(text), `„${text}“ in\n${body}`);
  });
});
