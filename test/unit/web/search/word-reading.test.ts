import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  chooseReading,
  compoundParts,
  freeWords,
  MAX_PARTS,
  NEAR_TYPO_GERMAN_WEIGHT,
  readingFor,
  readWords,
  spellingVariants,
  splitsIntoKnownWords,
} from '../../../../src/web/search/word-reading.js';
import type { SimilarWord } from '../../../../src/web/search-service.js';

const list = (...words: Array<[string, number]>): Map<string, number> => new Map(words);
const archive = list(
  ['polizei', 4731],
  ['zell', 3],
  ['therapie', 40],
  ['gentherapie', 5],
  ['verkehr', 300],
  ['sicherheit', 800],
  ['friedrichs', 12],
  ['trasse', 9],
  ['friedrichstraße', 140],
  ['straßenbahn', 88],
  ['müller', 60],
  ['berlin', 20000],
  ['senat', 5000],
);

describe('the reading the word list chooses', () => {
  test('known words are read plain', () => {
    assert.deepEqual(chooseReading('Polizei Berlin', archive), { reading: 'plain', text: 'Polizei Berlin' });
  });

  test('a misspelt word that does not split into known words is read plain (typo tolerance, no fragments)', () => {
    assert.deepEqual(chooseReading('Polizie', archive), { reading: 'plain', text: 'Polizie' });
  });

  test('an unknown word whose parts are shorter than four letters is read plain („Corona“ never becomes co/ro/na)', () => {
    assert.deepEqual(chooseReading('Corona', list(['co', 5], ['ro', 5], ['na', 5], ['cor', 2], ['ona', 1])), {
      reading: 'plain',
      text: 'Corona',
    });
  });

  test('an unknown compound of known words of four letters or more gets the German reading too', () => {
    assert.equal(chooseReading('Zelltherapie Forschung', archive)?.reading, 'both');
    assert.equal(chooseReading('Verkehrssicherheit', archive)?.reading, 'both', 'with a linking s');
  });

  test('a ß/ss, ä/ae, ö/oe, ü/ue spelling of a known word is replaced by it and read plain', () => {
    assert.deepEqual(chooseReading('Friedrichstrasse', archive), { reading: 'plain', text: 'friedrichstraße' });
    assert.deepEqual(chooseReading('neue Strassenbahn', archive), { reading: 'plain', text: 'neue straßenbahn' });
    assert.deepEqual(chooseReading('Mueller', archive), { reading: 'plain', text: 'müller' });
  });

  test('phrases and excluded words are not read or rewritten', () => {
    assert.deepEqual(freeWords('"Zelltherapie Dresden" -Mueller Senat'), ['senat']);
    assert.deepEqual(chooseReading('"Friedrichstrasse" -Strassenbahn', archive), {
      reading: 'plain',
      text: '"Friedrichstrasse" -Strassenbahn',
    });
  });

  test('without a word list there is no choice (both readings, as before)', () => {
    assert.equal(chooseReading('Polizie', undefined), undefined);
  });
});

describe('spelling variants and compound parts', () => {
  test('every combination of the foldable places, without the word itself', () => {
    assert.deepEqual(spellingVariants('strasse').sort(), ['straße']);
    assert.deepEqual(spellingVariants('grosse strasse'.replace(' ', '')).length, 3);
    assert.deepEqual(spellingVariants('straße'), ['strasse']);
    assert.deepEqual(spellingVariants('polizei'), []);
  });

  test('parts have at least four letters (the first three); a left part is also tried without its linking s', () => {
    const parts = compoundParts('verkehrssicherheit');
    assert.ok(parts.includes('verkehr') && parts.includes('verkehrs') && parts.includes('sicherheit'));
    assert.ok(parts.every((p) => [...p].length >= 4 || (p === 'ver' && 'verkehrssicherheit'.startsWith(p))));
    assert.deepEqual(compoundParts('corona'), [], 'no cut leaves a right part of four letters after three');
    assert.deepEqual(compoundParts('radweg'), [], 'nor here');
    assert.deepEqual(compoundParts('erbrecht').slice(0, 2), ['erb', 'recht'], 'a first part of three letters');
    assert.equal(
      splitsIntoKnownWords('erbrecht', (w) => ['erb', 'recht'].includes(w)),
      true,
    );
    assert.equal(
      splitsIntoKnownWords('rechterb', (w) => ['erb', 'recht'].includes(w)),
      false,
      'only the first part may have three letters',
    );
    const known = (w: string): boolean => ['haus', 'halt', 'plan'].includes(w);
    assert.equal(splitsIntoKnownWords('haushaltplan', known), true, 'three parts');
    assert.equal(splitsIntoKnownWords('haushaltxplan', known), false);
  });
});

describe('the lookups', () => {
  test('one lookup reads every query: its words, their spellings and the parts of their cuts together', async () => {
    const asked: string[][] = [];
    const lookup = async (words: string[]) => {
      asked.push(words);
      return new Map(words.filter((w) => archive.has(w)).map((w) => [w, archive.get(w)!]));
    };
    assert.deepEqual(await readingFor('Polizei Berlin', lookup), { reading: 'plain', text: 'Polizei Berlin' });
    assert.equal(asked.length, 1);
    asked.length = 0;
    assert.equal((await readingFor('Senat Zelltherapie', lookup))?.reading, 'both');
    assert.equal(asked.length, 1, 'no second turn for the word the archive lacks');
    assert.ok(asked[0]!.includes('senat') && asked[0]!.includes('zelltherapie') && asked[0]!.includes('therapie'));
  });

  test('a word that splits but is one typo from a word of the archive: plain, or the German reading weighs less', async () => {
    const list = new Map([
      ['anl', 3],
      ['legen', 40],
      ['anlegen', 25],
      ['zell', 2],
      ['therapie', 9],
      ['zelltherapien', 4],
    ]);
    const lookup = async (words: string[]) => new Map(words.filter((w) => list.has(w)).map((w) => [w, list.get(w)!]));
    const close: Record<string, SimilarWord[]> = {
      anllegen: [{ word: 'anlegen', count: 25, typos: 1 }],
      zelltherapie: [{ word: 'zelltherapien', count: 4, typos: 1 }],
    };
    const similar = async (words: string[]) => new Map(words.map((w) => [w, close[w] ?? []]));
    const read = async (q: string) => (await readWords(q, lookup, similar))?.choice;
    assert.deepEqual(await read('anllegen'), { reading: 'plain', text: 'anllegen' }, 'only „anl“ + „legen“: a typo');
    assert.deepEqual(await read('Zelltherapie'), {
      reading: 'both',
      text: 'Zelltherapie',
      germanWeight: NEAR_TYPO_GERMAN_WEIGHT,
    });
    assert.equal((await readWords('anllegen', lookup))?.choice.reading, 'both', 'without the lookup of similar words');
  });

  test('a query of very long words asks for a bounded number of words (no lookup of 100,000 parts)', async () => {
    const asked: string[][] = [];
    const lookup = async (words: string[]) => {
      asked.push(words);
      return new Map<string, number>();
    };
    // 490 letters as one word: longer than any word of the list, read plain, its parts never asked for.
    const giant = 'abcdefghijklmnopqrstuvwxyz'.repeat(19).slice(0, 490);
    assert.deepEqual(await readingFor(giant, lookup), { reading: 'plain', text: giant });
    assert.equal(asked.flat().length, 0);
    // Twelve unknown words of 40 letters: their parts are cut at MAX_PARTS.
    asked.length = 0;
    const long = Array.from({ length: 12 }, (_, i) => `${'x'.repeat(i + 1)}${giant.slice(0, 39 - i)}`).join(' ');
    assert.equal((await readingFor(long, lookup))?.reading, 'plain');
    assert.equal(asked.length, 1);
    assert.ok(asked[0]!.length <= MAX_PARTS + 12, `${asked[0]!.length} words and parts asked for`);
  });

  test('a list that cannot be read gives no choice', async () => {
    assert.equal(await readingFor('Polizei', async () => undefined), undefined);
  });
});
