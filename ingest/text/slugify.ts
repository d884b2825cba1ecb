/**
 * Slugs of German text for ids and facet values: "Hightech Agenda bestätigt" →
 * "hightech-agenda-bestaetigt". Umlauts and ß are spelled out (ä → ae), other accents dropped
 * (é → e; with `foldAccents: false` they separate words instead), everything but a–z and digits
 * separates words. Kept our own instead of a slug
 * library: release ids and sender values made from slugs must never change because a dependency
 * changed its transliteration tables (docs/decisions.md).
 */
export interface SlugOptions {
  /** Cut at the last word boundary within this many characters (a single longer word is cut hard). */
  maxLength?: number;
  /** Words left out, as they appear in the slug (after ä → ae …), e.g. "und", "der" in sender names. */
  dropWords?: ReadonlySet<string>;
  /** Drop accents and apply Unicode compatibility forms (é → e, ﬁ → fi); default true. */
  foldAccents?: boolean;
}

export function slugify(text: string, { maxLength, dropWords, foldAccents = true }: SlugOptions = {}): string {
  const spelled = text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  const folded = foldAccents ? spelled.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : spelled;
  const slug = folded
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0 && !dropWords?.has(word))
    .join('-');
  if (maxLength === undefined || slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}
