import type { SampleContact } from './sample-release.js';

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', é: 'e' };

/** "Katrin Oelschlägel" → "katrin.oelschlaegel" (the local part of an official e-mail address). */
export function mailLocalPart(name: string): string {
  return name
    .replace(/^(Dr\.|Prof\.)\s+/g, '')
    .toLowerCase()
    .replace(/[äöüßé]/g, (c) => TRANSLITERATION[c] ?? c)
    .split(/\s+/)
    .join('.');
}

/** A press contact with the e-mail address built from the name and the sender's domain. */
export function pressContact(name: string, phone: string, domain: string): SampleContact {
  return { name, phone, email: `${mailLocalPart(name)}@${domain}` };
}
