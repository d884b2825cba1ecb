import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cutAtSentence, makeSummary } from '../../../../ingest/parse/summary.js';

describe('summary', () => {
  test('cuts at the last sentence end before the limit, not after "3." or "Nr."', () => {
    const text = `Am 3. Juni beginnt die Konferenz Nr. 5 in Dresden. ${'Ein weiterer Satz folgt hier. '.repeat(20)}`;
    const summary = cutAtSentence(text, 120);
    assert.ok(summary.length <= 120, summary);
    assert.ok(summary.startsWith('Am 3. Juni beginnt die Konferenz Nr. 5 in Dresden.'));
    assert.match(summary, /\.$/);
  });

  test('short text stays whole; a sentence longer than the limit is cut at a word', () => {
    assert.equal(cutAtSentence('Kurz.', 400), 'Kurz.');
    assert.match(cutAtSentence('Wort '.repeat(200), 100), /^(Wort ){10,}.*…$/);
  });

  test('the lead is the first prose paragraph', () => {
    const lead = 'Unbekannte Täter brachen in der Nacht zum Mittwoch in ein Geschäft an der Hauptstraße ein.';
    assert.equal(makeSummary(['Landeshauptstadt Dresden', 'Zeit: 05.04.2019', lead]), lead);
  });
});
