import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BodyNode } from '../../../../src/archive/body-structure.js';
import { foreignLanguage, markLanguages } from '../../../../ingest/parse/language-parts.js';

describe('foreignLanguage', () => {
  test('English and French passages are recognised', () => {
    assert.equal(foreignLanguage('We are delighted to work with our partners in Saxony on this project.'), 'en');
    assert.equal(foreignLanguage('Science meets Society: Open Day at the Technical University'), 'en');
    assert.equal(foreignLanguage('La coopération franco-allemande est un moteur pour l’Europe.'), 'fr');
  });

  test('German text is never foreign, not even with English names and loan words', () => {
    for (const text of [
      'Hightech Agenda bestätigt sächsisches Kernthema Zell- und Gentherapie',
      'Treptow-Köpenick bleibt Fairtrade-Town',
      'Kick-Off 2020 - Moving Poets Novilla',
      'Konzert CEEYS: Contact im Kulturforum Hellersdorf',
      'Viva la Fiesta Mexikana am 18.11. im Stadtteilzentrum Kaulsdorf',
      'Lamborghini vor Polizei geflüchtet',
      'Schnelltests im CAZ Neukölln',
      'Mit dieser Aufgabe beschäftigen sich internationale Experten aus Wissenschaft und Politik.',
      'Made in Germany',
    ])
      assert.equal(foreignLanguage(text), undefined, text);
  });
});

describe('markLanguages', () => {
  test('a quotation in English inside a German paragraph becomes a run with lang; the paragraph stays German', () => {
    const [node] = markLanguages([
      {
        type: 'paragraph',
        text: [
          {
            text: 'Die Gastprofessorin sagte: „This is a great day for science in Saxony and for all of us.“ Danach begann die Konferenz.',
          },
        ],
      },
    ]);
    assert.deepEqual(node, {
      type: 'paragraph',
      text: [
        { text: 'Die Gastprofessorin sagte: „' },
        { text: 'This is a great day for science in Saxony and for all of us.', lang: 'en' },
        { text: '“ Danach begann die Konferenz.' },
      ],
    });
  });

  test('a whole paragraph or heading in another language carries lang; German ones are left as they are; links stay', () => {
    const nodes: BodyNode[] = [
      { type: 'heading', level: 2, text: [{ text: 'La coopération franco-allemande est un moteur pour l’Europe' }] },
      { type: 'paragraph', text: [{ text: 'Der Minister begrüßte die Gäste aus Frankreich.' }] },
      {
        type: 'paragraph',
        text: [{ text: '„We are delighted to work with our partners“', href: 'https://example.org/' }],
      },
    ];
    const [heading, german, link] = markLanguages(nodes);
    assert.equal(heading?.type === 'heading' && heading.lang, 'fr');
    assert.deepEqual(german, nodes[1]);
    assert.deepEqual(link, { ...nodes[2], lang: 'en' });
  });
});
