import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isReleaseId, type ParsedRelease } from '../../../../src/archive/release.js';
import { identityKey, mintId } from '../../../../ingest/run/release-identity.js';

const BODY = [
  'Sichere und zugängliche Zell- und Gentherapien sind ein Kernthema der sächsischen Forschungspolitik.',
  'Auf der Konferenz in Dresden treffen sich Fachleute aus Wissenschaft, Wirtschaft und Politik.',
  'Die Staatsministerin eröffnet die Tagung am Dienstag.',
];

function release(extra: Partial<ParsedRelease> = {}): ParsedRelease {
  return {
    title: 'Hightech Agenda bestätigt sächsisches Kernthema Zell- und Gentherapie',
    date: '2026-06-02',
    ministry: 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus',
    ministryShort: 'SMWK',
    topics: ['Wissenschaft und Forschung'],
    contact: {},
    summary: BODY[0]!,
    body: BODY,
    ...extra,
  };
}

describe('identityKey', () => {
  test('the same release as PDF and as HTML page has one identity', () => {
    const fromHtml = release();
    const fromPdf = release({
      // PDF text: other line breaks and dashes, typographic quotes, a soft hyphen, another case
      title: 'HIGHTECH AGENDA bestätigt sächsisches Kernthema „Zell- und Gentherapie“',
      ministryShort: 'smwk',
      body: [BODY.join('\n').replace('Gentherapien', 'Gen\u00adtherapien').replace(/ und /g, '  und  ')],
      subtitle: 'Internationale Konferenz tagt in Dresden',
      summary: 'Another summary',
      topics: ['Gesundheit'],
      contact: { name: 'Falk Lange' },
    });
    assert.equal(identityKey(fromPdf), identityKey(fromHtml));
  });

  test('accents and ß are spelled alike (é = e, ß = ss)', () => {
    assert.equal(
      identityKey(release({ title: 'Café an der Straße eröffnet' })),
      identityKey(release({ title: 'Cafe an der Strasse eröffnet' })),
    );
  });

  test('the same headline on the same day with another text is another release', () => {
    const other = release({ body: ['Die Polizei sucht Zeugen eines Unfalls am Montagabend.', ...BODY.slice(1)] });
    assert.notEqual(identityKey(other), identityKey(release()));
  });

  test('sender, date and title each tell releases apart', () => {
    const key = identityKey(release());
    assert.notEqual(identityKey(release({ ministryShort: 'SMK' })), key);
    assert.notEqual(identityKey(release({ date: '2026-06-03' })), key);
    assert.notEqual(identityKey(release({ title: 'Hightech Agenda bestätigt Kernthema' })), key);
  });

  test('only the opening of the body counts: a change far down the text keeps the identity', () => {
    const longer = release({ body: [...BODY, 'Ein Nachtrag am Ende der Mitteilung mit weiteren Terminen.'] });
    assert.equal(identityKey(longer), identityKey(release()));
  });
});

describe('mintId', () => {
  const free = (): boolean => false;

  test('date, title slug and a hash of the identity: a valid release id, the same on every run', () => {
    const r = release();
    const id = mintId(r, identityKey(r), free);
    assert.match(id, /^2026-06-02-hightech-agenda-bestaetigt-saechsisches-kernthema-zell-und-[0-9a-f]{6}$/);
    assert.ok(isReleaseId(id));
    assert.equal(mintId(r, identityKey(r), free), id);
  });

  test('the PDF and the HTML page of a release mint the same id, whichever comes first', () => {
    const html = release();
    const pdf = release({ title: `„${html.title.toUpperCase()}“`, body: [BODY.join('\n')] });
    assert.equal(mintId(pdf, identityKey(pdf), free), mintId(html, identityKey(html), free));
  });

  test('another identity with the same headline and day gets another id', () => {
    const a = release();
    const b = release({ body: ['Ein ganz anderer Text zur selben Überschrift.'] });
    assert.notEqual(mintId(b, identityKey(b), free), mintId(a, identityKey(a), free));
  });

  test('a long title is cut at a word boundary within 60 characters', () => {
    const r = release({
      title: 'Staatsregierung beschließt Förderprogramm für den ländlichen Raum und die Innenstädte in Sachsen',
    });
    const id = mintId(r, identityKey(r), free);
    const stem = id.slice('2026-06-02-'.length, id.lastIndexOf('-'));
    assert.ok(stem.length <= 60, stem);
    assert.ok('staatsregierung-beschliesst-foerderprogramm-fuer-den-laendlichen-raum'.startsWith(stem), stem);
    assert.ok(!stem.endsWith('-'));
  });

  test('on a clash the hash is extended, so the id stays derived from the identity', () => {
    const r = release();
    const identity = identityKey(r);
    const first = mintId(r, identity, free);
    const asked: string[] = [];
    const second = mintId(r, identity, (id) => {
      asked.push(id);
      return id === first;
    });
    assert.notEqual(second, first);
    assert.deepEqual(asked, [first, second]);
    assert.ok(second.startsWith(first), `${second} extends ${first}`);
    assert.match(second, /-[0-9a-f]{10}$/);
    assert.ok(isReleaseId(second));
    const third = mintId(r, identity, (id) => id === first || id === second);
    assert.ok(third.startsWith(second) && third.length > second.length);
  });

  test('when every length is taken it fails instead of reusing an id', () => {
    const r = release();
    assert.throws(() => mintId(r, identityKey(r), () => true), /Cannot mint an id/);
  });
});
