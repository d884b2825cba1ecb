import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TextBlock } from '../../../../ingest/extract/extracted-document.js';
import { analyseStructure } from '../../../../ingest/parse/release-structure.js';
import type { SenderShare } from '../../../../ingest/parse/line-roles.js';

const SENDER = 'Sächsisches Staatsministerium für Kultus';
const senderShare: SenderShare = (text) => (text.includes(SENDER) ? SENDER.length / text.length : 0);

const p = (...lines: string[]): TextBlock => ({ kind: 'paragraph', text: lines.join(' '), lines });
const h = (level: number, text: string): TextBlock => ({ kind: 'heading', text, lines: [text], level });
const small = (...lines: string[]): TextBlock => ({ kind: 'small', text: lines.join(' '), lines });

const PROSE_1 =
  'Zum neuen Schuljahr beginnen in Sachsen rund 1.200 neue Lehrkräfte ihren Dienst an den öffentlichen Schulen des Freistaates.';
const PROSE_2 =
  'Die Staatsministerin dankte den Schulleitungen für ihre Unterstützung bei der Gewinnung der neuen Kolleginnen und Kollegen.';

describe('analyseStructure: Saxon "Medieninformation" layout', () => {
  const blocks = [
    p(SENDER),
    p('Medieninformation'),
    p('Dresden, 12. März 2024'),
    p('Neue Lehrkräfte für Sachsens Schulen'),
    p('Einstellungen zum Schuljahresbeginn abgeschlossen'),
    p(PROSE_1),
    p(PROSE_2),
    p('Pressesprecher: Dirk Reelfs', 'Telefon: 0351 564-65100', 'presse@smk.sachsen.de'),
    p('Hausanschrift: Carolaplatz 1, 01097 Dresden'),
  ];
  const result = analyseStructure(blocks, senderShare);

  test('head lines, title and subtitle', () => {
    assert.deepEqual(result.headLines, [SENDER, 'Medieninformation', 'Dresden, 12. März 2024']);
    assert.equal(result.title, 'Neue Lehrkräfte für Sachsens Schulen');
    assert.equal(result.subtitle, 'Einstellungen zum Schuljahresbeginn abgeschlossen');
  });

  test('body between headline and contact block', () => {
    assert.deepEqual(
      result.body.map((b) => b.text),
      [PROSE_1, PROSE_2],
    );
  });

  test('contact block at the end, boilerplate set aside', () => {
    assert.deepEqual(result.tailLines, [
      'Pressesprecher: Dirk Reelfs',
      'Telefon: 0351 564-65100',
      'presse@smk.sachsen.de',
    ]);
    assert.deepEqual(result.boilerplate, ['Hausanschrift: Carolaplatz 1, 01097 Dresden']);
  });
});

describe('analyseStructure: generic layout', () => {
  test('a heading is preferred as title over a paragraph before it', () => {
    const result = analyseStructure(
      [p('Aktuelle Meldung vom Amt'), h(1, 'Brücke wird saniert'), p(PROSE_1)],
      senderShare,
    );
    assert.equal(result.title, 'Brücke wird saniert');
    assert.deepEqual(result.headLines, ['Aktuelle Meldung vom Amt']);
  });

  test('the hint title (e.g. og:title) picks the headline, ignoring case and punctuation', () => {
    const result = analyseStructure(
      [h(1, 'Presse und Aktuelles'), p('Brücke wird saniert'), p(PROSE_1)],
      senderShare,
      'BRÜCKE – wird saniert',
    );
    assert.equal(result.title, 'Brücke wird saniert');
  });

  test('a lower-level heading after the title is its subtitle; a higher-level one is not', () => {
    const sub = analyseStructure([h(1, 'Brücke wird saniert'), h(2, 'Sperrung ab Montag'), p(PROSE_1)], senderShare);
    assert.equal(sub.subtitle, 'Sperrung ab Montag');
    const notSub = analyseStructure([h(2, 'Brücke wird saniert'), h(1, 'Sperrung ab Montag'), p(PROSE_1)], senderShare);
    assert.equal(notSub.subtitle, undefined);
    assert.deepEqual(
      notSub.body.map((b) => b.text),
      ['Sperrung ab Montag', PROSE_1],
    );
  });

  test('a prose paragraph right after the title is body, not subtitle', () => {
    const result = analyseStructure([h(1, 'Brücke wird saniert'), p(PROSE_1), p(PROSE_2)], senderShare);
    assert.equal(result.subtitle, undefined);
    assert.deepEqual(
      result.body.map((b) => b.text),
      [PROSE_1, PROSE_2],
    );
  });

  test('the title is not taken from after the first prose paragraph', () => {
    const result = analyseStructure([p(PROSE_1), h(2, 'Zwischenüberschrift'), p(PROSE_2)], senderShare);
    assert.equal(result.title, undefined);
    assert.deepEqual(
      result.body.map((b) => b.text),
      [PROSE_1, 'Zwischenüberschrift', PROSE_2],
    );
  });

  test('head information right after the title goes to the head lines', () => {
    const result = analyseStructure(
      [h(1, 'Brücke wird saniert'), p('Dresden, 3. April 2024'), p(PROSE_1)],
      senderShare,
    );
    assert.deepEqual(result.headLines, ['Dresden, 3. April 2024']);
    assert.deepEqual(
      result.body.map((b) => b.text),
      [PROSE_1],
    );
  });

  test('a trailing heading with nothing below it is dropped from the body', () => {
    const result = analyseStructure([h(1, 'Brücke wird saniert'), p(PROSE_1), h(2, 'Downloads')], senderShare);
    assert.deepEqual(
      result.body.map((b) => b.text),
      [PROSE_1],
    );
  });
});

describe('analyseStructure: footnotes and letter footer', () => {
  test('footnotes set one under the other become one footnote each, without markers', () => {
    const result = analyseStructure(
      [h(1, 'Zahlen zum Schuljahr'), p(PROSE_1), small('¹ Quelle: Statistisches', 'Landesamt.', '² Stand: März 2024.')],
      senderShare,
    );
    assert.deepEqual(result.footnotes, ['Quelle: Statistisches Landesamt.', 'Stand: März 2024.']);
    assert.deepEqual(
      result.body.map((b) => b.text),
      [PROSE_1],
    );
  });

  test('"1)" numbers a list in normal type, but marks a footnote in small type', () => {
    const result = analyseStructure(
      [h(1, 'Zahlen zum Schuljahr'), p(PROSE_1), p('1) Erster Punkt der Liste'), small('1) Quelle: Landesamt.')],
      senderShare,
    );
    assert.deepEqual(
      result.body.map((b) => b.text),
      [PROSE_1, '1) Erster Punkt der Liste'],
    );
    assert.deepEqual(result.footnotes, ['Quelle: Landesamt.']);
  });

  test('small print naming the sender or an address after the headline is set aside', () => {
    const result = analyseStructure(
      [h(1, 'Zahlen zum Schuljahr'), p(PROSE_1), small(SENDER), small('Carolaplatz 1 · 01097 Dresden'), p(PROSE_2)],
      senderShare,
    );
    assert.deepEqual(
      result.body.map((b) => b.text),
      [PROSE_1, PROSE_2],
    );
    assert.deepEqual(result.boilerplate, [SENDER, 'Carolaplatz 1 · 01097 Dresden']);
  });
});

describe('analyseStructure: contact block', () => {
  test('the contact block starts at its label, even with other short blocks after it', () => {
    const result = analyseStructure(
      [h(1, 'Brücke wird saniert'), p(PROSE_1), p('Rückfragen an:'), p('Anna Muster'), p('Telefon 0351 123456')],
      senderShare,
    );
    assert.deepEqual(
      result.body.map((b) => b.text),
      [PROSE_1],
    );
    assert.deepEqual(result.tailLines, ['Rückfragen an:', 'Anna Muster', 'Telefon 0351 123456']);
  });

  test('a contact label before the last prose paragraph does not cut the body', () => {
    const result = analyseStructure(
      [h(1, 'Brücke wird saniert'), p(PROSE_1), p('Pressekontakt: Anna Muster'), p(PROSE_2)],
      senderShare,
    );
    assert.deepEqual(result.tailLines, []);
    assert.deepEqual(
      result.body.map((b) => b.text),
      [PROSE_1, 'Pressekontakt: Anna Muster', PROSE_2],
    );
  });
});

describe('analyseStructure: letter paper', () => {
  test('logo words above the sender block and a type heading are not the title', () => {
    const large = (text: string, rank: number): TextBlock => ({ kind: 'heading', text, lines: [text], rank });
    const blocks = [
      large('SACHSEN', 1),
      p(SENDER),
      p('Dresden, 12. März 2024'),
      p('Medieneinladung'),
      large('Neue Lehrkräfte für Sachsens Schulen', 2),
      p(PROSE_1),
    ];
    const result = analyseStructure(blocks, senderShare);
    assert.equal(result.title, 'Neue Lehrkräfte für Sachsens Schulen');
    assert.deepEqual(result.headLines, ['SACHSEN', SENDER, 'Dresden, 12. März 2024', 'Medieneinladung']);
  });

  test('logo words in body type: a headline of three words or more after the sender block', () => {
    const blocks = [p('Freistaat Sachsen'), p(SENDER), p('Neue Lehrkräfte für Sachsens Schulen'), p(PROSE_1)];
    assert.equal(analyseStructure(blocks, senderShare).title, 'Neue Lehrkräfte für Sachsens Schulen');
  });

  test('an HTML <h1> stays the title when a date line and an <h2> follow it', () => {
    const blocks = [
      h(1, 'Neue Lehrkräfte für Sachsens Schulen'),
      p('12.03.2024'),
      h(2, 'Einstellungen abgeschlossen'),
      p(PROSE_1),
    ];
    assert.equal(analyseStructure(blocks, senderShare).title, 'Neue Lehrkräfte für Sachsens Schulen');
  });
});
