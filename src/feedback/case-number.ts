/**
 * The case number of a feedback report („Vorgangsnummer“): eight characters in two groups of four
 * („K7QX-4M2P“), from letters and digits that cannot be mistaken for one another when read aloud or
 * typed (no 0/O, 1/I/L), and unique among the stored reports. About 10^12 possible numbers, so a
 * collision is rare; it is retried.
 */
import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** „XXXX-XXXX“ of ALPHABET: what a case number looks like (also checked when one comes in a URL). */
export const CASE_NUMBER = /^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/;

export function newCaseNumber(taken: ReadonlySet<string>, pick: (n: number) => number = randomInt): string {
  for (;;) {
    const chars = Array.from({ length: 8 }, () => ALPHABET[pick(ALPHABET.length)]!);
    const number = `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
    if (!taken.has(number)) return number;
  }
}
