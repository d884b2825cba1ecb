/**
 * Joins the wrapped lines of one paragraph into a single line and repairs words hyphenated at a
 * line end: "Forschungsein-" + "richtungen" → "Forschungseinrichtungen". Hyphens that belong to
 * the text stay: coordination ("Gen-" + "und Zelltherapien" → "Gen- und Zelltherapien") and
 * compounds with a capital or digit ("Corona-" + "Pandemie" → "Corona-Pandemie").
 */

const COORDINATION = /^(?:und|oder|sowie|bzw\.|beziehungsweise|als auch|noch)(?=[\s,.;:]|$)/;
const LINE_END_HYPHEN = /[-\u2010\u00ad]$/;

function joinPair(left: string, right: string): string {
  if (left.length === 0) return right;
  if (right.length === 0) return left;
  if (left.endsWith('\u00ad')) return left.slice(0, -1) + right;
  if (/(?:https?:\/\/|www\.)\S*[/.\-_]$/.test(left)) return left + right; // a URL broken at the line end
  if (!LINE_END_HYPHEN.test(left)) return `${left} ${right}`;

  const beforeHyphen = left.slice(0, -1);
  const lastChar = beforeHyphen.slice(-1);
  if (!/\p{L}|\d/u.test(lastChar)) return `${left} ${right}`; // a spaced dash " -"
  if (COORDINATION.test(right)) return `${beforeHyphen}- ${right}`;
  if (/^\p{Ll}/u.test(right) && /\p{L}/u.test(lastChar)) return beforeHyphen + right;
  return `${beforeHyphen}-${right}`;
}

export function joinWrappedLines(lines: readonly string[]): string {
  let result = '';
  for (const raw of lines) {
    const line = raw.trim();
    result = result.length === 0 ? line : joinPair(result, line);
  }
  return result.replace(/\u00ad/g, '');
}
