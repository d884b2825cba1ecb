/**
 * Berlin senders of search-config/ministries.json, recognised from a release's own text: police
 * reports with Berlin cues, Bezirksbürgermeister, Senate meetings, e-mail domains; Senatsverwaltungen
 * with abbreviations keep their former pattern values as `formerShorts`; names are never cut.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyRelease } from '../../../../ingest/classify/release-classification.js';
import { classifySender, type SenderEvidence } from '../../../../ingest/classify/senders/sender-matching.js';
import { senderSlug } from '../../../../ingest/classify/senders/sender-text.js';
import { loadDefaultVocabularies } from '../../../../ingest/classify/vocabularies.js';

const vocab = loadDefaultVocabularies();

/** The parser's levels for a bare page: the first paragraph is the only text that may name a sender. */
const firstParagraph = (text: string): SenderEvidence[] => [
  { source: 'head', texts: [''], allowAbbreviations: true },
  { source: 'first paragraph', texts: [text.slice(0, 300)], allowAbbreviations: false },
];

function senderOf(title: string, body: string, evidence = firstParagraph(body)): string {
  const release = { title, date: '2024-05-02', contact: {}, summary: '', body: [body] };
  return classifyRelease(release, evidence, vocab).release.ministryShort;
}

describe('Berlin senders from the release itself', () => {
  test('a numbered police report with a Berlin cue is Polizei Berlin’s', () => {
    for (const body of [
      'Nr. 0815 Gestern Abend wurde in Moabit ein Radfahrer verletzt. Ein Fachkommissariat ermittelt.',
      'Nr. 0816 Heute früh brannte ein Auto in Neu-Hohenschönhausen. Ein Brandkommissariat ermittelt.',
      'Nr. 0817 In Mitte nahmen Einsatzkräfte einen Mann fest.',
      'Nr. 0818 Beamte des Abschnitts 53 stoppten einen Autofahrer ohne Führerschein.',
    ])
      assert.equal(senderOf('Einsatz', body), 'Polizei Berlin', body);
  });

  test('without a Berlin cue, or without a report number, it stays „Sonstige“', () => {
    assert.equal(senderOf('Einsatz', 'Nr. 0815 In Musterhausen nahm die Polizei einen Mann fest.'), 'sonstige');
    assert.equal(
      senderOf('Einsatz', 'Gestern Abend wurde in Moabit ein Radfahrer verletzt. Ein Fachkommissariat ermittelt.'),
      'sonstige',
    );
  });

  test('a sender named in the head still wins over the police-report level', () => {
    const body = 'Nr. 0815 In Moabit nahmen Einsatzkräfte einen Mann fest.';
    const evidence: SenderEvidence[] = [
      { source: 'head', texts: ['Staatsanwaltschaft? Nein: Bezirksamt Mitte'], allowAbbreviations: true },
      ...firstParagraph(body),
    ];
    assert.equal(senderOf('Einsatz', body, evidence), 'ba-mitte');
  });

  test('Bezirksbürgermeister, Senate meetings and e-mail domains name their senders', () => {
    assert.equal(
      senderOf('Bänke', 'Der Bezirksbürgermeister von Spandau informiert: Zwölf neue Bänke stehen bereit.'),
      'ba-spandau',
    );
    assert.equal(
      senderOf('Bänke', 'Die Bezirksbürgermeisterin von Mitte, Erika Muster, informiert: Das Rathaus ist zu.'),
      'ba-mitte',
    );
    assert.equal(
      senderOf('Haushalt', 'Aus der Sitzung des Senats am 2. Mai 2024: Der Senat hat …'),
      'Senatskanzlei Berlin',
    );
    const contact: SenderEvidence[] = [
      { source: 'contact e-mail', texts: ['pressestelle@ba-tk.berlin.de'], allowAbbreviations: true },
    ];
    assert.equal(classifySender(vocab.ministries, contact).short, 'ba-treptow-koepenick');
  });

  test('Senatsverwaltungen with abbreviations, and their full names never cut', () => {
    assert.equal(senderOf('Schule', 'Die Senatsverwaltung für Bildung, Jugend und Familie teilt mit: …'), 'SenBJF');
    const kultur = classifySender(
      vocab.ministries,
      firstParagraph('Die Senatsverwaltung für Kultur und Gesellschaftlichen Zusammenhalt fördert …'),
    );
    assert.deepEqual(
      [kultur.name, kultur.short],
      ['Senatsverwaltung für Kultur und Gesellschaftlichen Zusammenhalt', 'SenKultGZ'],
    );
  });

  test('the generic Senatsverwaltung pattern takes an adjective with its noun (the cause of cut names)', () => {
    const onlyPatterns = { ...vocab.ministries, senders: [] };
    for (const [text, name] of [
      [
        'Die Senatsverwaltung für Kultur und Gesellschaftlichen Zusammenhalt lädt ein',
        'Senatsverwaltung für Kultur und Gesellschaftlichen Zusammenhalt',
      ],
      [
        'Die Senatsverwaltung für Soziales und Öffentliche Ordnung Berlin teilt mit',
        'Senatsverwaltung für Soziales und Öffentliche Ordnung',
      ],
      ['Die Senatsverwaltung für Kultur und Europa Klaus Lederer eröffnet', 'Senatsverwaltung für Kultur und Europa'],
    ] as const)
      assert.equal(classifySender(onlyPatterns, firstParagraph(text)).name, name, text);
  });

  test('every fixed sender that a pattern also matches keeps the pattern’s value among its formerShorts', () => {
    for (const sender of vocab.ministries.senders) {
      for (const pattern of vocab.ministries.patterns) {
        const m = [...sender.name.matchAll(pattern.regex)][0];
        if (!m || m[0] !== sender.name) continue;
        const old = pattern.short.replace(/\{(\w+)\}/g, (_, g: string) => senderSlug(m.groups?.[g] ?? ''));
        if (old === sender.short) continue;
        assert.ok(sender.formerShorts.includes(old), `${sender.name}: formerShorts lacks "${old}"`);
      }
    }
  });
});
