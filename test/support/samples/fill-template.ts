/**
 * Fills generator templates. Lower-case slots ({place}, {amount} …) take the value fixed for the
 * release; upper-case slots ({PLACE}, {AMOUNT} …) draw a new value at every use. Words with "|"
 * marks ("Förder|richt|linie") are written without the marks and collected for hyphenation.
 */

export interface TemplateValues {
  fixed: Readonly<Record<string, string>>;
  fresh: Readonly<Record<string, () => string>>;
}

const SLOT = /\{(\w+)\}/g;
const MARKED_WORD = /[\p{L}-]+(?:\|[\p{L}-]+)+/gu;

export function fillTemplate(template: string, values: TemplateValues, hyphenation?: Set<string>): string {
  const filled = template.replace(SLOT, (_match, name: string) => {
    const fixed = values.fixed[name];
    if (fixed !== undefined) return fixed;
    const draw = values.fresh[name];
    if (draw) return draw();
    throw new RangeError(`Unknown slot {${name}} in template "${template}"`);
  });
  return filled.replace(MARKED_WORD, (marked) => {
    hyphenation?.add(marked);
    return marked.replaceAll('|', '');
  });
}

export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
