/**
 * The press contact of a release: "Ihr Ansprechpartner" / "Pressekontakt:" / "Rückfragen an:" /
 * "Verantwortlich:" + a name, "Telefon +49 …" (also after "Durchwahl"), an e-mail address
 * (a trailing footnote "*" is dropped). Works on lines; reports which lines were contact lines.
 */
import type { Contact } from '../../src/archive/release.js';

const LABEL =
  /^(?:Ihr(?:e)?\s+Ansprechpartner(?:in)?|Ansprechpartner(?:in|innen)?|Ansprechperson|Pressesprecher(?:in)?|Pressereferent(?:in)?|Pressekontakt|Medienkontakt|Kontakt(?:\s+für\s+(?:Medien|die Presse|Journalisten))?|(?:Für\s+)?Rückfragen(?:\s+(?:bitte\s+)?an)?|Verantwortlich|Redaktion|V\.\s?i\.\s?S\.\s?d\.\s?P\.)\s*:?\s*(.*)$/iu;
const PHONE = /(?:Telefon|Tel\.?|Fon|Phone|Mobil|Durchwahl)\s*:?\s*(\+?\(?\d[\d\s/().–-]{4,}\d)/i;
/** A line that is only a phone number: starts with +, 0 or "(0", no date ("02.06.2026"). */
const PHONE_ONLY = /^(?!\d{1,2}\.\d{1,2}\.\d{2,4}\b)(?:\+|\(?0)[\d\s/().–-]{6,}\d$/;
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}/iu;
const OTHER_CONTACT =
  /^(?:Telefax|Fax|E-Mail|Mail|Internet|Web|www\.|Durchwahl|Pressestelle|Presse- und Öffentlichkeitsarbeit)\b/i;
const NAME =
  /^(?:(?:Dr|Prof|Dipl)\.(?:-\p{L}+\.?)?\s+)*\p{Lu}[\p{L}'’-]+(?:\s+(?:von der|von|van|de|zu)?\s*\p{Lu}[\p{L}'’-]+){1,3}(?:\s*\(\p{L}{1,5}\))?$/u;
const NOT_A_NAME =
  /Staats|Ministeri|Pressestelle|Polizei|Referat|Abteilung|Landes|Sachsen|Berlin|Dresden|Telefon|Medien|Presse|Durchwahl|Amt\b|Ansprechp|Kontakt|Rückfrage|Sprecher|Mail|Verantwortlich/;

export function isPersonName(text: string): boolean {
  const candidate = text.split(/,\s*/)[0]?.trim() ?? '';
  return NAME.test(candidate) && !NOT_A_NAME.test(candidate);
}

/** The name in "Falk Lange", "Michael Günzel (mg)" (initials dropped) or "Anna Muster, Pressesprecherin". */
function personName(text: string): string | undefined {
  const candidate = text.split(/,\s*/)[0]?.trim() ?? '';
  return isPersonName(candidate) ? candidate.replace(/\s*\(\p{L}{1,5}\)$/u, '') : undefined;
}

export function cleanEmail(text: string): string | undefined {
  return EMAIL.exec(text)?.[0].replace(/[.*]+$/, '');
}

function phoneIn(line: string): string | undefined {
  const labelled = PHONE.exec(line)?.[1];
  if (labelled) return labelled.trim();
  return PHONE_ONLY.test(line.trim()) ? line.trim() : undefined;
}

/** A line that is a contact label, phone, e-mail, fax or similar — no release text. */
export function isContactLine(line: string): boolean {
  const text = line.trim();
  if (LABEL.test(text) || OTHER_CONTACT.test(text) || PHONE_ONLY.test(text)) return true;
  if (text.length <= 80 && (PHONE.test(text) || EMAIL.test(text))) return !/[.!?]\s+\p{Lu}/u.test(text);
  return false;
}

export function startsWithContactLabel(line: string): boolean {
  return LABEL.test(line.trim()) || /^Pressestelle\b/i.test(line.trim());
}

export interface ContactScan {
  contact: Contact;
  /** Indexes of lines that are contact information (labels, the name after a label, phone, e-mail). */
  used: Set<number>;
}

export function scanContact(lines: readonly string[]): ContactScan {
  const contact: Contact = {};
  const used = new Set<number>();
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const label = LABEL.exec(line);
    if (label) {
      used.add(i);
      const rest = label[1] ?? '';
      const next = lines[i + 1]?.trim() ?? '';
      const name = personName(rest) ?? (rest.length === 0 ? personName(next) : undefined);
      if (name && !contact.name) contact.name = name;
      if (name && rest.length === 0) used.add(i + 1);
    }
    const phone = phoneIn(line);
    if (phone && !contact.phone) contact.phone = phone.replace(/\s+/g, ' ');
    const email = cleanEmail(line);
    if (email && !contact.email) contact.email = email;
    if (phone || email || OTHER_CONTACT.test(line)) used.add(i);
  });
  return { contact, used };
}
