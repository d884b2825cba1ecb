/**
 * The kind of facet for the sender („Behörde“): a text facet whose values are the senders' short
 * names, shown with the full name from the ministry directory („Sächsisches Staatsministerium für
 * Kultus (SMK)“) and accepted in a URL as short name or full name, in any case.
 */
import type { FacetBasics, FacetDefinition, SenderNames } from './facet-definition.js';
import { textFacet } from './text-facet.js';

/**
 * „Full name (SHORT)“ where the short name is an abbreviation; the full name alone where it is an
 * internal id (lower case: „ba-friedrichshain-kreuzberg“, „sonstige“), which no one should hear; the
 * short name alone when the directory has no other name for it.
 */
export function ministryLabel(short: string, names: SenderNames): string {
  const name = names.get(short);
  if (!name || name === short) return short;
  return /\p{Lu}/u.test(short) ? `${name} (${short})` : name;
}

/** `ministerium` accepts the abbreviation or the full name (any case); values stay as given when unknown. */
export function canonicalMinistries(values: readonly string[], names: SenderNames): string[] {
  const byKey = new Map<string, string>();
  for (const [short, name] of names) {
    byKey.set(short.toLocaleLowerCase('de'), short);
    byKey.set(name.toLocaleLowerCase('de'), short);
  }
  return [...new Set(values.map((value) => byKey.get(value.toLocaleLowerCase('de')) ?? value))];
}

export function senderFacet<Key extends string, Field extends string>(
  basics: FacetBasics<Key, Field> & { maxValues?: number },
): FacetDefinition<Key, Field, string> {
  return { ...textFacet(basics), canonical: canonicalMinistries, label: ministryLabel };
}
