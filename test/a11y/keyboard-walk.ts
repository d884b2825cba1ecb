/**
 * Keyboard walk (WCAG 2.1.1, 2.1.2, 2.4.1, 2.4.3, 2.4.7, 2.4.11, 1.4.11): Tab through a page from
 * the top until focus wraps or leaves the page, and check that
 * - the first stop is the skip link, and each skip link moves focus to its target when activated;
 * - the Tab order is the DOM order of the focusable elements, and every one of them is reached;
 * - every stop has a visible focus style: outline, box-shadow or background differ from the
 *   unfocused element, with at least 3:1 contrast against what is next to it (in forced-colours
 *   mode only the outline survives, so it must be there);
 * - the focused element is on screen and not covered by anything;
 * - there is no trap: the walk ends by wrapping to the first stop or leaving the page.
 */
import type { Page } from 'playwright-core';

/**
 * Which focus indicator counts: in the site's own colours (light or dark) outline, box-shadow or
 * background; in forced-colours mode only the outline survives.
 */
export type WalkMode = 'colours' | 'forced-colors';

interface FocusStop {
  id: string;
  description: string;
  problem?: string;
}

/** Tags the focusable elements in DOM order and remembers their unfocused styles. */
async function prepare(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], area[href], button, input:not([type=hidden]), select, textarea, iframe, summary, [tabindex], [contenteditable]';
    const describe = (el: HTMLElement): string => {
      const label =
        el.getAttribute('aria-label') ??
        (el as HTMLInputElement).labels?.[0]?.textContent ??
        el.textContent ??
        (el as HTMLInputElement).value ??
        '';
      const name = label.replace(/\s+/g, ' ').trim().slice(0, 50);
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${name}"`;
    };
    const focusable = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) =>
        el.tabIndex >= 0 &&
        !(el as HTMLInputElement).disabled &&
        !el.closest('[inert]') &&
        el.checkVisibility({ visibilityProperty: true }),
    );
    const styles: Record<string, Record<string, string>> = {};
    const descriptions: string[] = [];
    focusable.forEach((el, i) => {
      el.dataset.a11yStop = String(i);
      const cs = getComputedStyle(el);
      styles[i] = {
        outlineStyle: cs.outlineStyle,
        outlineWidth: cs.outlineWidth,
        outlineColor: cs.outlineColor,
        boxShadow: cs.boxShadow,
        backgroundColor: cs.backgroundColor,
      };
      descriptions.push(describe(el));
    });
    (window as unknown as { __a11yUnfocused: typeof styles }).__a11yUnfocused = styles;
    return descriptions;
  });
}

/** Looks at the focused element: which one it is, and whether its focus is visible and unobscured. */
async function inspectFocus(page: Page, mode: WalkMode): Promise<FocusStop | null> {
  return page.evaluate((mode) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const rgba = (value: string): [number, number, number, number] | null => {
      const m = value.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
    };
    const luminance = ([r, g, b]: number[]): number => {
      const lin = (c: number): number => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    const contrast = (a: number[], b: number[]): number => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const backgroundBehind = (start: Element | null): number[] => {
      for (let node = start; node; node = node.parentElement) {
        const bg = rgba(getComputedStyle(node).backgroundColor);
        if (bg && bg[3] > 0) return bg;
      }
      return [255, 255, 255, 1];
    };
    const label =
      el.getAttribute('aria-label') ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent ??
      (el as HTMLInputElement).value ??
      '';
    const description = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${label.replace(/\s+/g, ' ').trim().slice(0, 50)}"`;
    if (!el.dataset.a11yStop) el.dataset.a11yStop = `unexpected-${Math.random().toString(36).slice(2)}`;
    const id = el.dataset.a11yStop;
    const before = (window as unknown as { __a11yUnfocused: Record<string, Record<string, string>> }).__a11yUnfocused[
      id
    ];
    const cs = getComputedStyle(el);
    const problems: string[] = [];

    // Visible change with enough contrast (WCAG 2.4.7, 1.4.11).
    const outline = rgba(cs.outlineColor);
    const outlineVisible = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1 && (outline?.[3] ?? 0) > 0;
    const outlineChanged =
      outlineVisible &&
      (before?.outlineStyle !== cs.outlineStyle ||
        before?.outlineWidth !== cs.outlineWidth ||
        before?.outlineColor !== cs.outlineColor);
    const shadowChanged = cs.boxShadow !== 'none' && cs.boxShadow !== before?.boxShadow;
    const backgroundChanged = cs.backgroundColor !== before?.backgroundColor;
    const behind = backgroundBehind(el.parentElement);
    const ratios: number[] = [];
    if (outlineChanged && outline) ratios.push(contrast(outline, behind));
    if (mode === 'colours') {
      if (shadowChanged) {
        const own = backgroundBehind(el);
        for (const shadow of cs.boxShadow.split(/,(?![^(]*\))/)) {
          const colour = rgba(shadow);
          if (colour && colour[3] > 0) ratios.push(contrast(colour, shadow.includes('inset') ? own : behind));
        }
      }
      if (backgroundChanged) {
        const now = rgba(cs.backgroundColor);
        const was = rgba(before?.backgroundColor ?? '');
        if (now && now[3] > 0) ratios.push(contrast(now, was && was[3] > 0 ? was : behind));
      }
    }
    const best = Math.max(0, ...ratios);
    if (mode === 'forced-colors' && !outlineChanged) problems.push('no visible outline in forced-colours mode');
    else if (ratios.length === 0)
      problems.push('focus style not visible (outline, box-shadow and background unchanged)');
    else if (best < 3) problems.push(`focus indicator contrast ${best.toFixed(2)}:1, needs 3:1`);

    // On screen and not covered (WCAG 2.4.11): the middle of one of its line boxes shows the element.
    const rects = [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    const visible = rects.filter((r) => r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight);
    if (visible.length === 0) problems.push('focused element is not on screen');
    else {
      const hits = visible.map((r) =>
        document.elementFromPoint(
          Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1),
          Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1),
        ),
      );
      const shows = (hit: Element | null): boolean =>
        !!hit && (el.contains(hit) || !!(el as HTMLInputElement).labels?.[0]?.contains(hit));
      if (!hits.some(shows)) {
        const hit = hits[0];
        problems.push(
          `focused element covered by <${hit?.tagName.toLowerCase()}${hit?.className ? `.${hit.className}` : ''}>`,
        );
      }
    }
    return { id, description, ...(problems.length ? { problem: problems.join('; ') } : {}) };
  }, mode);
}

/** Activates each skip link with Enter and checks that focus lands on its target. */
async function skipLinkProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const links = await page.$$eval('a.skip-link', (as) =>
    as.map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
  );
  for (const [index, { text, href }] of links.entries()) {
    await page.evaluate((i) => document.querySelectorAll<HTMLElement>('a.skip-link')[i]!.focus(), index);
    await page.keyboard.press('Enter');
    const landed = await page
      .waitForFunction((target) => document.activeElement === document.querySelector(target), href, { timeout: 2000 })
      .then(() => true)
      .catch(() => false);
    if (!landed) {
      const focused = await page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? 'nothing');
      problems.push(`skip link "${text}": Enter moves focus to <${focused}>, not to ${href}`);
      continue;
    }
    // The next Tab continues from the target, not from the top of the page.
    await page.keyboard.press('Tab');
    const inside = await page.evaluate((target) => {
      const start = document.querySelector(target)!;
      const now = document.activeElement;
      return (
        !!now && (start.contains(now) || !!(start.compareDocumentPosition(now) & Node.DOCUMENT_POSITION_FOLLOWING))
      );
    }, href);
    if (!inside) problems.push(`skip link "${text}": the Tab after it does not continue from ${href}`);
  }
  return problems;
}

export async function keyboardProblems(page: Page, label: string, mode: WalkMode = 'colours'): Promise<string[]> {
  const expected = await prepare(page);
  const problems: string[] = [];
  const stops: FocusStop[] = [];
  let ended: 'wrapped' | 'left' | undefined;
  for (let i = 0; i < expected.length + 10; i++) {
    await page.keyboard.press('Tab');
    const stop = await inspectFocus(page, mode);
    if (!stop) {
      ended = 'left';
      break;
    }
    if (stops.length > 0 && stop.id === stops[0]!.id) {
      ended = 'wrapped';
      break;
    }
    if (stops.some((s) => s.id === stop.id)) {
      problems.push(`keyboard trap: focus returns to ${stop.description} after ${stops.at(-1)!.description}`);
      break;
    }
    stops.push(stop);
    if (stop.problem) problems.push(`${stop.description}: ${stop.problem}`);
  }
  if (!ended && !problems.some((p) => p.startsWith('keyboard trap'))) {
    problems.push(`keyboard trap: focus neither wrapped nor left the page after ${stops.length} Tab presses`);
  }
  const first = stops[0]?.description ?? 'nothing';
  if (!first.startsWith('<a> "Zum Inhalt"'))
    problems.push(`first Tab stop is ${first}, not the skip link "Zum Inhalt"`);
  const order = stops.map((s) => s.id);
  const mismatch = order.findIndex((id, i) => id !== String(i));
  if (mismatch >= 0) {
    const got = stops[mismatch]!;
    const wanted = expected[mismatch] ?? 'the end of the page';
    problems.push(`Tab order leaves DOM order at stop ${mismatch + 1}: ${got.description} instead of ${wanted}`);
  } else if (order.length < expected.length) {
    problems.push(`not reached by Tab: ${expected.slice(order.length).slice(0, 5).join(', ')}`);
  }
  if (mode === 'colours') problems.push(...(await skipLinkProblems(page)));
  return problems.map((p) => `${label}: ${p}`);
}
