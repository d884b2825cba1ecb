/**
 * Highlighted search words stay visible in forced-colours mode (Windows contrast themes), where
 * background colours are overridden: <mark> must differ from the text around it by more than a
 * colour the theme may erase — a border, an outline or an underline, or forced system colours
 * (Highlight/HighlightText) that differ from the surrounding text.
 */
import type { Page } from 'playwright-core';

export async function markProblems(page: Page, label: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const forced = matchMedia('(forced-colors: active)').matches;
    const marks = [...document.querySelectorAll('mark')];
    // The colour actually painted behind an element: the first ancestor background that is not transparent.
    const painted = (start: Element | null): string => {
      for (let el = start; el; el = el.parentElement) {
        const bg = getComputedStyle(el).backgroundColor;
        if (!/^rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const same = marks.filter((mark) => {
      const m = getComputedStyle(mark);
      const around = getComputedStyle(mark.parentElement!);
      const border = ['Top', 'Right', 'Bottom', 'Left'].some(
        (side) =>
          m.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
          parseFloat(m.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
      );
      const outline = m.outlineStyle !== 'none' && parseFloat(m.outlineWidth) > 0;
      const underline = m.textDecorationLine !== around.textDecorationLine;
      const colours = m.color !== around.color || painted(mark) !== painted(mark.parentElement);
      return !(border || outline || underline || colours);
    });
    return { forced, marks: marks.length, same: same.length };
  });
  const problems: string[] = [];
  if (!found.forced) problems.push('forced-colours emulation not active');
  if (found.marks === 0) problems.push('no <mark> on a page with highlighted search words');
  if (found.same > 0) problems.push(`${found.same} of ${found.marks} <mark> look like the text around them`);
  return problems.map((p) => `${label} (forced colours): ${p}`);
}
