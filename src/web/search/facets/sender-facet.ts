/**
 * The kind of facet for the sender („Behörde“): a text facet whose values are the senders' short
 * names, shown with the full name from the ministry directory („Sächsisches Staatsministerium für
 * Kultus (SMK)“) and accepted in a URL as short name, full name or former short name, in any case.
 */
import type { FacetBasics, FacetDefinition, LabelAbbreviation, SenderNames } from './facet-definition.js';
import { senderAliases, type SenderAliases } from './sender-aliases.js';
import { textFacet } from './text-facet.js';

/**
 * An abbreviation has a word with two capitals or more („SMK“, „SenBJF“, „LAGeSo“, „PD Dresden“);
 * an internal id is lower case („ba-friedrichshain-kreuzberg“) and a short name of plain words
 * („Senatskanzlei Berlin“, „Rechnungshof Berlin“) is no abbreviation either.
 */
const isAbbreviation = (short: string): boolean => /\p{Lu}\p{Ll}*\p{Lu}/u.test(short);

/**
 * „Full name (SHORT)“ where the short name is an abbreviation; the full name alone where it is an
 * internal id, which no one should hear, or a plain short name, which would only repeat it; the
 * short name alone when the directory has no other name for it.
 */
export function ministryLabel(short: string, names: SenderNames): string {
  const name = names.get(short);
  if (!name || name === short) return short;
  return isAbbreviation(short) ? `${name} (${short})` : name;
}

/** The parts of „Full name (SHORT)“ for `<abbr title="Full name">SHORT</abbr>`; undefined for other labels. */
export function ministryAbbreviation(short: string, names: SenderNames): LabelAbbreviation | undefined {
  const name = names.get(short);
  if (!name || name === short || !isAbbreviation(short)) return undefined;
  return { before: `${name} `, short, name };
}

/**
 * `ministerium` accepts the abbreviation or the full name (any case), and a sender's former short
 * name („sen-bildung-jugend-familie“ → „SenBJF“). A value the index still holds is taken as it is
 * (until a rebuild files its releases under the new value); values stay as given when unknown.
 */
export function canonicalMinistries(
  values: readonly string[],
  names: SenderNames,
  aliases: SenderAliases = senderAliases(),
): string[] {
  const byKey = new Map<string, string>();
  for (const [short, name] of names) {
    byKey.set(short.toLocaleLowerCase('de'), short);
    byKey.set(name.toLocaleLowerCase('de'), short);
  }
  return [
    ...new Set(
      values.map((value) => {
        const key = value.toLocaleLowerCase('de');
        return byKey.get(key) ?? aliases.get(key) ?? value;
      }),
    ),
  ];
}

export function senderFacet<Key extends string, Field extends string>(
  basics: FacetBasics<Key, Field> & { maxValues?: number },
): FacetDefinition<Key, Field, string> {
  return {
    ...textFacet(basics),
    canonical: (values, names) => canonicalMinistries(values, names),
    label: ministryLabel,
    abbreviation: ministryAbbreviation,
  };
}
