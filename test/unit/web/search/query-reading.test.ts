import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readQuery } from '../../../../src/web/search/query-reading.js';

describe('readQuery', () => {
  test('a year beside other words is not searched; the query without it is kept for the filter link', () => {
    assert.deepEqual(readQuery('Silvester 2019'), {
      text: 'Silvester',
      year: 2019,
      withoutYear: 'Silvester',
      singleCharacter: false,
      question: false,
    });
    assert.equal(readQuery('Haushalt 2024 Senat').text, 'Haushalt Senat');
    assert.equal(readQuery('Wann war Silvester 2019?').year, 2019);
    assert.equal(
      readQuery('Was geschah Silvester 2019 in Berlin').withoutYear,
      'Was geschah Silvester in Berlin',
      'the filter link keeps the question as typed',
    );
  });

  test('a year still to come is part of a name, not a year', () => {
    const next = new Date().getFullYear() + 1;
    assert.equal(readQuery(`Agenda ${next}`).year, undefined);
    assert.equal(readQuery(`Agenda ${next}`).text, `Agenda ${next}`);
    assert.equal(readQuery('Agenda 2030').year, new Date().getFullYear() >= 2030 ? 2030 : undefined);
  });

  test('no year: alone, excluded, in a phrase, part of a word or number, two years, out of range', () => {
    assert.equal(readQuery('2019').year, undefined, 'the only word stays a word');
    assert.equal(readQuery('Silvester -2019').year, undefined);
    assert.equal(readQuery('"Silvester 2019"').year, undefined);
    assert.equal(readQuery('„Silvester 2019“').year, undefined);
    assert.equal(readQuery('Haushalt 2024/2025').year, undefined);
    assert.equal(readQuery('Haushalt 2024 2025').year, undefined, 'which one is meant is unclear');
    assert.equal(readQuery('Postleitzahl 1234').year, undefined);
    assert.equal(readQuery('Einwohner 12019').year, undefined);
  });

  test('a short last word is matched whole (trailing space), a long one as a prefix', () => {
    assert.equal(readQuery('a').text, 'a ');
    assert.equal(readQuery('BER').text, 'BER ');
    assert.equal(readQuery('Linie U2').text, 'Linie U2 ');
    assert.equal(readQuery('M10').text, 'M10 ');
    assert.equal(readQuery('Bus M10 Umleitung').text, 'Bus M10 Umleitung', 'only the last word is a prefix');
    assert.equal(readQuery('Berlin').text, 'Berlin');
    assert.equal(readQuery('Ber').text, 'Ber', 'a three-letter word in lower case is a prefix as typed');
    assert.equal(readQuery('BERLIN').text, 'BERLIN', 'capitals beyond four letters are no abbreviation');
    assert.equal(readQuery('"U2"').text, '"U2"', 'a phrase is exact already');
  });

  test('the tenth word of a query of ten words (as the site cuts longer ones) is matched whole', () => {
    const nine = 'Presse und Fototermin am 19.12. mit der Bezirksstadträtin';
    assert.equal(readQuery(`${nine} für`).text, `${nine} für `);
    assert.equal(readQuery(nine).text, nine, 'nine words: the last one a prefix as typed');
    assert.equal(readQuery(`${nine} "für"`).text, `${nine} "für"`, 'a phrase is exact already');
  });

  test('a single character is flagged for the hint', () => {
    assert.equal(readQuery('a').singleCharacter, true);
    assert.equal(readQuery('ab').singleCharacter, false);
    assert.equal(readQuery('a b').singleCharacter, false);
  });

  test('a question loses its opening question and filler words, a phrase or a short query does not', () => {
    const reading = readQuery('Was tut der Senat gegen steigende Mieten in Berlin');
    assert.equal(reading.text, 'Senat gegen steigende Mieten in Berlin');
    assert.equal(reading.question, true);
    assert.equal(readQuery('Wann öffnet der BER?').text, 'öffnet der BER ');
    assert.equal(readQuery('Wie geht es weiter mit dem Radweg?').text, 'geht es weiter mit dem Radweg');
    assert.equal(readQuery('Gibt es neue Radwege').text, 'neue Radwege');
    assert.equal(readQuery('Neue Nationalgalerie').text, 'Neue Nationalgalerie', 'no question');
    assert.equal(readQuery('Gewalt gegen Frauen').question, false);
    assert.equal(readQuery('Wer ist').text, 'Wer ist', 'two words: nothing to drop');
    assert.equal(readQuery('"Was tut der Senat"').question, false, 'a phrase is searched as typed');
  });
});
