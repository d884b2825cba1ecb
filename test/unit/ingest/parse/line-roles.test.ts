import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isHeadInfo, type SenderShare } from '../../../../ingest/parse/line-roles.js';

/** A stand-in for the sender vocabulary: the share of the text taken up by one known sender name. */
const SENDER = 'Sächsisches Staatsministerium für Kultus';
const senderShare: SenderShare = (text) => (text.includes(SENDER) ? SENDER.length / text.length : 0);
const noSender: SenderShare = () => 0;

describe('isHeadInfo', () => {
  test('labels, date and contact lines make a head block', () => {
    assert.equal(
      isHeadInfo(
        [
          'Medieninformation',
          'Dresden, 12. März 2024',
          'Pressesprecher: Dirk Reelfs',
          'Telefon: 0351 564-65100',
          'presse@smk.sachsen.de',
        ],
        noSender,
      ),
      true,
    );
  });

  test('a line of ordinary text makes the block text', () => {
    assert.equal(isHeadInfo(['Medieninformation', 'Neue Lehrkräfte für Sachsens Schulen'], noSender), false);
  });

  test('an empty block is not head information', () => {
    assert.equal(isHeadInfo([], noSender), false);
  });

  test('a sender name wrapped over two lines counts as a whole', () => {
    const lines = ['Sächsisches Staatsministerium', 'für Kultus', 'Medieninformation'];
    const share: SenderShare = (text) => (text === 'Sächsisches Staatsministerium für Kultus' ? 1 : 0);
    assert.equal(isHeadInfo(lines, share), true);
  });

  test('a run of text lines with the sender name in its first line only is text', () => {
    const lines = [SENDER, 'kündigt für das kommende Schuljahr eine große Zahl neuer Stellen an'];
    assert.equal(isHeadInfo(lines, senderShare), false);
  });

  test('the sender name alone (with date) is head information', () => {
    assert.equal(isHeadInfo([SENDER, '12.03.2024'], senderShare), true);
  });

  test('each run of text lines is checked: a second run without sender makes it text', () => {
    assert.equal(isHeadInfo([SENDER, 'Medieninformation', 'Heute beginnt das Schuljahr'], senderShare), false);
  });

  test('the name under a bare contact label is contact information', () => {
    assert.equal(isHeadInfo(['Ihr Ansprechpartner', 'Falk Lange', 'Telefon: 0351 564-65100'], noSender), true);
  });

  test('after a label with its own value, the next line is not taken as a name', () => {
    assert.equal(isHeadInfo(['Pressesprecher: Dirk Reelfs', 'Falk Lange'], noSender), false);
  });

  test('after a bare contact label, a line that is not a person name stays text', () => {
    assert.equal(isHeadInfo(['Ihr Ansprechpartner', 'Neue Stellen im Freistaat'], noSender), false);
  });
});
