import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isContactLine, scanContact } from '../../../../ingest/parse/contact-lines.js';

describe('scanContact', () => {
  test('Saxon sender block: label, name, "Durchwahl", phone, e-mail with footnote marker', () => {
    const lines = [
      'Ihr Ansprechpartner',
      'Falk Lange',
      'Durchwahl',
      'Telefon +49 351 564 60200',
      'falk.lange@smwk.sachsen.de*',
      '02.06.2026',
    ];
    const { contact, used } = scanContact(lines);
    assert.deepEqual(contact, { name: 'Falk Lange', phone: '+49 351 564 60200', email: 'falk.lange@smwk.sachsen.de' });
    assert.deepEqual([...used].sort(), [0, 1, 2, 3, 4]);
  });

  test('contact at the end, name on the label line, initials dropped', () => {
    assert.deepEqual(
      scanContact(['Pressekontakt: Anna Muster, Pressesprecherin', 'Tel.: 0351 123-456', 'E-Mail: presse@example.de'])
        .contact,
      {
        name: 'Anna Muster',
        phone: '0351 123-456',
        email: 'presse@example.de',
      },
    );
    assert.deepEqual(scanContact(['Verantwortlich: Michael Günzel (mg)']).contact, { name: 'Michael Günzel' });
  });

  test('an office is not a person; a date is not a phone number', () => {
    const { contact } = scanContact(['Rückfragen an:', 'Pressestelle der Senatsverwaltung für Finanzen', '02.06.2026']);
    assert.deepEqual(contact, {});
  });

  test('isContactLine', () => {
    assert.ok(isContactLine('Telefon: (030) 90227-0000'));
    assert.ok(isContactLine('E-Mail: presse@senbjf.berlin.de'));
    assert.ok(isContactLine('Ihr Ansprechpartner'));
    assert.equal(isContactLine('Die Konferenz beginnt um 10 Uhr.'), false);
  });
});
