/** The sender facet: labels from the ministry directory, names resolved to short names, quoted filters. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  canonicalMinistries,
  ministryAbbreviation,
  ministryLabel,
  senderFacet,
} from '../../../../../src/web/search/facets/sender-facet.js';
import { parseSenderAliases, senderAliases } from '../../../../../src/web/search/facets/sender-aliases.js';
import { SENDER_FACET } from '../../../../../src/web/search/facets/facet-registry.js';

describe('ministryLabel', () => {
  const names = new Map([
    ['SMK', 'Sächsisches Staatsministerium für Kultus'],
    ['LKA', 'LKA'],
  ]);

  test('full name with the short name in brackets; the short name alone when there is no other name', () => {
    assert.equal(ministryLabel('SMK', names), 'Sächsisches Staatsministerium für Kultus (SMK)');
    assert.equal(ministryLabel('LKA', names), 'LKA');
    assert.equal(ministryLabel('XYZ', names), 'XYZ');
  });

  test('an internal id (lower case) is never part of the label: screen readers would read it out', () => {
    const ids = new Map([
      ['ba-friedrichshain-kreuzberg', 'Bezirksamt Friedrichshain-Kreuzberg'],
      ['sonstige', 'Sonstige'],
      ['PD Dresden', 'Polizeidirektion Dresden'],
      ['Senatskanzlei Berlin', 'Der Regierende Bürgermeister von Berlin – Senatskanzlei'],
    ]);
    assert.equal(ministryLabel('ba-friedrichshain-kreuzberg', ids), 'Bezirksamt Friedrichshain-Kreuzberg');
    assert.equal(ministryLabel('sonstige', ids), 'Sonstige');
    assert.equal(ministryLabel('PD Dresden', ids), 'Polizeidirektion Dresden (PD Dresden)');
  });

  test('a short name of plain words is no abbreviation: the full name alone, nothing repeated', () => {
    const plain = new Map([
      ['Senatskanzlei Berlin', 'Der Regierende Bürgermeister von Berlin – Senatskanzlei'],
      ['LAGeSo', 'Landesamt für Gesundheit und Soziales Berlin'],
    ]);
    assert.equal(
      ministryLabel('Senatskanzlei Berlin', plain),
      'Der Regierende Bürgermeister von Berlin – Senatskanzlei',
    );
    assert.equal(ministryAbbreviation('Senatskanzlei Berlin', plain), undefined);
    assert.equal(ministryLabel('LAGeSo', plain), 'Landesamt für Gesundheit und Soziales Berlin (LAGeSo)');
    assert.equal(ministryAbbreviation('LAGeSo', plain)?.short, 'LAGeSo');
  });
});

describe('ministryAbbreviation', () => {
  const names = new Map([
    ['SMUL', 'Sächsisches Staatsministerium für Umwelt und Landwirtschaft'],
    ['sonstige', 'Sonstige'],
    ['LKA', 'LKA'],
  ]);

  test('the parts of „Full name (SHORT)“, so the abbreviation is marked up with its full name', () => {
    const abbr = ministryAbbreviation('SMUL', names);
    assert.deepEqual(abbr, {
      before: 'Sächsisches Staatsministerium für Umwelt und Landwirtschaft ',
      short: 'SMUL',
      name: 'Sächsisches Staatsministerium für Umwelt und Landwirtschaft',
    });
    assert.equal(`${abbr!.before}(${abbr!.short})`, ministryLabel('SMUL', names));
  });

  test('none where the label holds no abbreviation (an internal id, no other name, unknown)', () => {
    assert.equal(ministryAbbreviation('sonstige', names), undefined);
    assert.equal(ministryAbbreviation('LKA', names), undefined);
    assert.equal(ministryAbbreviation('XYZ', names), undefined);
  });
});

describe('canonicalMinistries', () => {
  const names = new Map([
    ['SMWK', 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus'],
    ['SMK', 'Sächsisches Staatsministerium für Kultus'],
  ]);

  test('accepts the abbreviation in any case and the full name', () => {
    assert.deepEqual(canonicalMinistries(['smwk', 'Sächsisches Staatsministerium für Kultus', 'SMWK'], names), [
      'SMWK',
      'SMK',
    ]);
  });

  test('unknown values stay as given (they find nothing)', () => {
    assert.deepEqual(canonicalMinistries(['XYZ', '" OR 1=1'], names), ['XYZ', '" OR 1=1']);
  });
});

describe('former short names as aliases', () => {
  const aliases = new Map([['sen-bildung-jugend-familie', 'SenBJF']]);
  const current = new Map([['SenBJF', 'Senatsverwaltung für Bildung, Jugend und Familie']]);

  test('a former value (any case) resolves to the sender’s current one', () => {
    assert.deepEqual(
      canonicalMinistries(['sen-bildung-jugend-familie', 'SEN-Bildung-Jugend-Familie'], current, aliases),
      ['SenBJF'],
    );
  });

  test('a value the index still holds is kept (an archive not yet rebuilt files releases under it)', () => {
    const notRebuilt = new Map([['sen-bildung-jugend-familie', 'Senatsverwaltung für Bildung, Jugend und Familie']]);
    assert.deepEqual(canonicalMinistries(['sen-bildung-jugend-familie'], notRebuilt, aliases), [
      'sen-bildung-jugend-familie',
    ]);
  });

  test('the aliases come from formerShorts of ministries.json', () => {
    assert.equal(senderAliases().get('sen-bildung-jugend-familie'), 'SenBJF');
    assert.equal(senderAliases().get('sen-kultur-gesellschaftlichen'), 'SenKultGZ');
    const parsed = parseSenderAliases(
      { ministries: [{ short: 'SMK', formerShorts: ['Kultus-Alt'] }], otherSenders: [{ short: 'X' }] },
      'ministries.json',
    );
    assert.deepEqual([...parsed], [['kultus-alt', 'SMK']]);
  });

  test('the site’s sender facet resolves former values', () => {
    assert.deepEqual(SENDER_FACET.canonical(['sen-bildung-jugend-familie'], current), ['SenBJF']);
  });
});

describe('senderFacet', () => {
  const facet = senderFacet({
    key: 'sender',
    field: 'senders',
    param: 'absender',
    attribute: 'senderShort',
    legend: 'Absender',
    showAll: (n) => `Alle ${n}`,
  });
  const names = new Map([['SMK', 'Sächsisches Staatsministerium für Kultus']]);

  test('shows values with the directory name, resolves names, filters on quoted short names', () => {
    assert.equal(facet.label('SMK', names), 'Sächsisches Staatsministerium für Kultus (SMK)');
    assert.deepEqual(facet.canonical(['Sächsisches Staatsministerium für Kultus', 'smk'], names), ['SMK']);
    assert.deepEqual(facet.filter(['SMK', 'a"b']), ['senderShort = "SMK"', 'senderShort = "a\\"b"']);
  });

  test('orders by the shown name, not the short name', () => {
    const a = { value: 'ZZZ', label: 'Amt für Zahlen (ZZZ)' };
    const b = { value: 'AAA', label: 'Behörde (AAA)' };
    assert.ok(facet.compare(a, b) < 0);
  });
});
