/**
 * Target size (WCAG 2.5.8; axe's target-size runs too, but accepts small targets with enough
 * spacing): every control and every link that stands alone — the only content of its paragraph or
 * heading, or leading a list item (navigation, result titles, facet links, pagination, filter
 * tags) — is at least 24 × 24 CSS px. Links inside a sentence are exempt, as WCAG allows.
 */
import type { Page } from 'playwright-core';

export const MIN_TARGET = 24;

export async function targetSizeProblems(page: Page, label: string): Promise<string[]> {
  const small = await page.evaluate((min) => {
    const text = (node: Node): string => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    const standsAlone = (el: HTMLElement): boolean => {
      if (el.tagName !== 'A') return true;
      const item = el.closest('li');
      if (item) {
        const before = document.createRange();
        before.setStart(item, 0);
        before.setEndBefore(el);
        if (before.toString().trim() === '') return true;
      }
      const block = el.closest('p, li, dt, dd, h1, h2, h3, h4, h5, h6, td, th, legend, label, caption, figcaption');
      return !!block && text(block) === text(el);
    };
    const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && standsAlone(el))
      .map((el) => ({ el, rect: el.getBoundingClientRect() }))
      .filter(({ rect }) => rect.right > 0 && (rect.width < min || rect.height < min))
      .map(({ el, rect }) => {
        const name = (el.getAttribute('aria-label') ?? text(el)).slice(0, 40);
        return `<${el.tagName.toLowerCase()}> "${name}" is ${rect.width.toFixed(1)}×${rect.height.toFixed(1)} px`;
      });
  }, MIN_TARGET);
  return small.map((p) => `${label}: target size: ${p}, needs ${MIN_TARGET}×${MIN_TARGET}`);
}
