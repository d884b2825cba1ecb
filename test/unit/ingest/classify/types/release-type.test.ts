/** The release type from realistic texts, with the vocabulary of search-config/release-types.json. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseReleaseTypes, releaseTypeNamed, releaseTypes } from '../../../../../src/archive/release-types.js';
import { classifyType, type TypeInput } from '../../../../../ingest/classify/types/release-type.js';
import { readInvitationEvent } from '../../../../../ingest/classify/types/invitation-event.js';

const vocab = releaseTypes();
const typeOf = (release: Partial<TypeInput> & { title: string }) =>
  classifyType({ body: [], head: [], ...release }, vocab);

const INVITATION = {
  title: 'Medieneinladung: Ministerin eröffnet das neue Forschungszentrum für Zelltherapie',
  date: '2026-05-28',
  body: [
    'Sehr geehrte Damen und Herren,',
    'die Staatsministerin für Wissenschaft eröffnet am Dienstag, 3. Juni 2026, um 10:30 Uhr das neue Forschungszentrum. Sie wird durch das Labor geführt und beantwortet Fragen.',
    'Termin: Dienstag, 3. Juni 2026, 10:30 Uhr',
    'Ort: Forschungszentrum, Foyer, Fetscherstraße 74, 01307 Dresden',
    'Medienvertreterinnen und Medienvertreter sind herzlich eingeladen. Um Anmeldung wird gebeten.',
  ],
};

const POLICE = {
  title: 'Einbruch in Kleingartenanlage – Tatverdächtige festgenommen',
  body: [
    'Nr. 0731 Zivilkräfte der Polizei nahmen gestern Abend in Pankow zwei Männer fest, die zuvor in mehrere Lauben eingebrochen sein sollen. Die Ermittlungen dauern an.',
  ],
};

describe('classifyType', () => {
  test('a Medieneinladung by its heading, with day, time and place of its event', () => {
    assert.equal(typeOf(INVITATION), 'Medieneinladung');
    assert.deepEqual(readInvitationEvent(INVITATION), {
      date: '2026-06-03',
      time: '10:30',
      place: 'Forschungszentrum, Foyer, Fetscherstraße 74, 01307 Dresden',
    });
  });

  test('an invitation without the heading, by its sentence to the media; a day without year in the release year or after', () => {
    const release = {
      title: 'Spatenstich für den Neubau der Grundschule Leipzig-Grünau',
      date: '2026-11-20',
      body: [
        'Am 2. Dezember beginnt der Bau der neuen Grundschule. Der Kultusminister setzt gemeinsam mit der Oberbürgermeisterin den ersten Spatenstich.',
        'Wann: 2. Dezember, 9 Uhr',
        'Wo: Baustelle Stuttgarter Allee 12, Leipzig',
        'Vertreterinnen und Vertreter der Medien sind herzlich eingeladen.',
      ],
    };
    assert.equal(typeOf(release), 'Medieneinladung');
    assert.deepEqual(readInvitationEvent(release), {
      date: '2026-12-02',
      time: '09:00',
      place: 'Baustelle Stuttgarter Allee 12, Leipzig',
    });
    assert.equal(readInvitationEvent({ ...release, date: '2026-12-20' })?.date, '2027-12-02', 'passed: next year');
  });

  test('no event without a place (nothing to put in a calendar)', () => {
    assert.equal(
      readInvitationEvent({ date: '2026-05-28', body: ['Am 3. Juni 2026 um 10 Uhr beginnt es.'] }),
      undefined,
    );
  });

  test('a police report by its structure (the shared classifier), even with „Medieninformation“ in its head', () => {
    assert.equal(typeOf(POLICE), 'Polizeibericht');
    assert.equal(typeOf({ ...POLICE, head: ['Polizei Berlin', 'Medieninformation'] }), 'Polizeibericht');
  });

  test('a speech by its heading or „Es gilt das gesprochene Wort“', () => {
    assert.equal(typeOf({ title: 'Rede des Ministerpräsidenten zum Tag der Deutschen Einheit' }), 'Rede');
    assert.equal(typeOf({ title: 'Grußwort der Staatsministerin zur Eröffnung der Buchmesse' }), 'Rede');
    assert.equal(
      typeOf({
        title: 'Sachsen gestaltet den Strukturwandel',
        body: ['Es gilt das gesprochene Wort.', 'Sehr geehrter Herr Präsident, meine Damen und Herren Abgeordnete,'],
      }),
      'Rede',
    );
  });

  test('an interview by its heading', () => {
    assert.equal(
      typeOf({ title: 'Interview mit Staatsminister Piwarz: „Jede Schule braucht Sozialarbeit“' }),
      'Interview',
    );
    assert.equal(typeOf({ title: 'Im Interview: Die Landesbeauftragte für Datenschutz' }), 'Interview');
    assert.equal(typeOf({ title: 'Gesundheitsministerin zur Krankenhausreform', head: ['Interview'] }), 'Interview');
  });

  test('a plain Medieninformation, with or without its heading', () => {
    const release = {
      title: 'Freistaat fördert 120 neue Ganztagsangebote',
      body: ['Das Kultusministerium stellt in diesem Jahr 4,5 Millionen Euro für Ganztagsangebote bereit.'],
    };
    assert.equal(typeOf(release), 'Medieninformation');
    assert.equal(typeOf({ ...release, head: ['Medieninformation 123/2026'] }), 'Medieninformation');
    assert.equal(typeOf({ ...release, head: ['Pressemitteilung'] }), 'Medieninformation');
  });

  test('negatives: words in passing are no headings', () => {
    assert.equal(
      typeOf({
        title: 'Ministerin zieht Bilanz der Ausbildungsoffensive',
        body: [
          'Im Interview mit der Leipziger Volkszeitung hatte die Ministerin bereits angekündigt, die Förderung fortzusetzen.',
          'Ihre Rede auf dem Kongress ist auf der Internetseite des Ministeriums abrufbar.',
        ],
      }),
      'Medieninformation',
    );
    assert.equal(typeOf({ title: 'Ministerpräsident hält Rede vor dem Landtag' }), 'Medieninformation');
    assert.equal(
      typeOf({
        title: 'Neue Ausstellung im Landesmuseum',
        body: ['Nr. 1234 der Sammlung zeigt eine Vase aus Meißen.'],
      }),
      'Medieninformation',
      'a number without police work is no police report',
    );
  });
});

describe('the vocabulary (search-config/release-types.json)', () => {
  test('names and aliases in any case; unknown ones stay unknown', () => {
    assert.equal(releaseTypeNamed('Pressemitteilung'), 'Medieninformation');
    assert.equal(releaseTypeNamed('medieneinladung'), 'Medieneinladung');
    assert.equal(releaseTypeNamed('Polizeimeldung'), 'Polizeibericht');
    assert.equal(releaseTypeNamed('Kochrezept'), undefined);
    assert.deepEqual(vocab.types.map((t) => t.name).sort(), [
      'Interview',
      'Medieneinladung',
      'Medieninformation',
      'Polizeibericht',
      'Rede',
      'Sonstiges',
    ]);
  });

  test('errors name the file and the key', () => {
    const parse = (json: unknown) => () => parseReleaseTypes(json, 'release-types.json');
    assert.throws(parse({ default: 'X', types: [{ name: 'Rede' }] }), /release-types\.json: default/);
    assert.throws(parse({ default: 'Rede', types: [{ name: 'Rede', aliases: ['rede'] }] }), /types\[0\]\.aliases\[0\]/);
    assert.throws(parse({ default: 'Rede', types: [{ name: 'Rede', headCues: ['('] }] }), /types\[0\]\.headCues\[0\]/);
    assert.throws(parse({ default: 'Rede', types: [{ name: 'Rede', cues: [] }] }), /types\[0\]\.cues/);
  });
});
