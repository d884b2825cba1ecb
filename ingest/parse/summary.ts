/**
 * The summary of a release: its lead (the first body paragraph that is prose), cut after the
 * last whole sentence that fits into the limit (~400 characters).
 */

/** Words whose final period does not end a sentence. */
const ABBREVIATIONS = new Set(
  'nr dr prof bzw ca vgl usw etc ggf inkl zzgl evtl abs art str tel fa hr fr st mio mrd bspw sog u.a z.b d.h u.ä i.d.r jan feb mär apr jun jul aug sep sept okt nov dez'.split(
    ' ',
  ),
);

/** Indexes just after each sentence end in the text. */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(/[.!?…]["“”»«’')]*(?=\s+["„“»«(]?[\p{Lu}\d])/gu)) {
    const end = m.index + m[0].length;
    const before = text.slice(0, m.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /(?<!\d)\d{1,2}$/.test(before)))
      continue;
    ends.push(end);
  }
  return ends;
}

export function cutAtSentence(text: string, max = 400): string {
  if (text.length <= max) return text;
  const fitting = sentenceEnds(text).filter((end) => end <= max);
  const end = fitting.at(-1);
  if (end !== undefined) return text.slice(0, end).trim();
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trim()} …`;
}

/** The lead: the first paragraph that reads as prose (a sentence, 60+ characters), else the first. */
export function makeSummary(body: readonly string[], max = 400): string {
  const lead =
    body.find((p) => p.length >= 60 && /[.!?…]["“”»«’')]*$/u.test(p)) ??
    body.find((p) => p.length >= 60) ??
    body[0] ??
    '';
  return cutAtSentence(lead, max);
}
