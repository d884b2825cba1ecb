/**
 * Reflow, text resize and text spacing (WCAG 1.4.10, 1.4.4, 1.4.12): at 320 CSS px width (= 1280 px
 * at 400 % zoom) the page must not scroll horizontally; with the root font size at 200 %, and with
 * the text spacing of 1.4.12 at 320 px, nothing may be clipped or overlap. Checked in each layout:
 * horizontal scrolling, content that overflows a box which hides it, and interactive elements
 * whose boxes overlap.
 */
import type { Page } from 'playwright-core';

export const DESKTOP = { width: 1280, height: 800 };
export const NARROW = { width: 320, height: 800 };

/** The text spacing WCAG 1.4.12 says users must be able to set without loss of content. */
const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }' +
  ' p { margin-bottom: 2em !important; }';

async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element): string => {
      const name = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : '';
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}> "${name}"`;
    };
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) {
      // The culprits: boxes that stick out of their parent, and the innermost boxes whose content overflows.
      const width = doc.clientWidth + 1;
      const overflows = (el: Element): boolean => el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0;
      const culprits = [...document.body.querySelectorAll('*')]
        .filter((el) => el.checkVisibility() && !el.closest('.visually-hidden'))
        .filter(
          (el) =>
            (el.getBoundingClientRect().right > width && el.parentElement!.getBoundingClientRect().right <= width) ||
            (overflows(el) && ![...el.querySelectorAll('*')].some(overflows)),
        )
        .slice(0, 3)
        .map(describe);
      problems.push(
        `scrolls horizontally (${doc.scrollWidth} px content in ${doc.clientWidth} px); too wide: ${culprits.join(', ')}`,
      );
    }
    // Content clipped by a box that hides its overflow (the 1 px visually-hidden pattern excepted).
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const cs = getComputedStyle(el);
      const hides = [cs.overflowX, cs.overflowY].some((o) => o === 'hidden' || o === 'clip');
      if (!hides || el.clientWidth <= 1 || el.clientHeight <= 1 || !el.checkVisibility()) continue;
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
        problems.push(
          `content clipped in ${describe(el)} (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`,
        );
      }
      if (cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth)
        problems.push(`text cut off in ${describe(el)}`);
    }
    // Interactive elements whose boxes overlap (per line box, so wrapped links are judged fairly).
    const interactive = [
      ...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea'),
    ]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('.visually-hidden'))
      .map((el) => ({
        el,
        // Off-screen elements (skip links until focused) cannot overlap anything the user sees.
        rects: [...el.getClientRects()].filter((r) => r.width > 1 && r.height > 1 && r.right > 0 && r.bottom > 0),
      }))
      .filter((t) => t.rects.length > 0);
    const overlap = (a: DOMRect, b: DOMRect): boolean =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    for (let i = 0; i < interactive.length; i++) {
      for (let j = i + 1; j < interactive.length; j++) {
        const a = interactive[i]!;
        const b = interactive[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        if (a.rects.some((ra) => b.rects.some((rb) => overlap(ra, rb)))) {
          problems.push(`overlapping: ${describe(a.el)} and ${describe(b.el)}`);
        }
      }
    }
    return problems;
  });
}

export async function reflowProblems(page: Page, label: string): Promise<string[]> {
  const problems: string[] = [];
  await page.setViewportSize(NARROW);
  problems.push(...(await layoutProblems(page)).map((p) => `320 px: ${p}`));
  await page.setViewportSize(DESKTOP);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  problems.push(...(await layoutProblems(page)).map((p) => `Schrift 200 %: ${p}`));
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '';
  });
  // A constructed style sheet, so the site's Content-Security-Policy (style-src 'self') stays on.
  await page.setViewportSize(NARROW);
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, TEXT_SPACING);
  problems.push(...(await layoutProblems(page)).map((p) => `320 px mit Textabständen: ${p}`));
  await page.evaluate(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1);
  });
  await page.setViewportSize(DESKTOP);
  return problems.map((p) => `${label}: ${p}`);
}
