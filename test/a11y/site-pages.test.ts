/**
 * Accessibility of every page in every state, in a real Chromium against the real server and a real
 * Meilisearch holding the sample releases: axe-core (WCAG 2.2 AA + best practice) in each colour
 * mode the site supports, the page design (landmarks, skip links, headings, forms, titles), target
 * sizes, <mark> in forced colours, a keyboard walk per page type (in every colour mode on the states
 * that hold every kind of control), and reflow at 320 px, with 200 % text
 * and with the text spacing of WCAG 1.4.12.
 * A failure lists every problem as "page (mode): rule [impact] help / element".
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { afterFirstRendering } from '../helpers/browser.js';
import { VIEWS_DIR } from '../../src/web/view-engine.js';
import { SAMPLE_RELEASES } from '../support/samples/sample-releases.js';
import { startA11ySite, STRUCTURE_FIXTURES, type A11ySite } from './a11y-site.js';
import { axeViolations, formatViolations } from './axe-check.js';
import { keyboardProblems } from './keyboard-walk.js';
import { markProblems } from './mark-check.js';
import { openTableRelease, pageStates, UNAVAILABLE_STATE, type PageState } from './page-states.js';
import { DESKTOP, reflowProblems } from './reflow-check.js';
import { structureProblems } from './structure-check.js';
import { targetSizeProblems } from './target-size-check.js';

interface ColourMode {
  name: string;
  media: Parameters<Page['emulateMedia']>[0];
}

const LIGHT: ColourMode = { name: 'hell', media: { colorScheme: 'light', forcedColors: 'none' } };
const FORCED: ColourMode = { name: 'erzwungene Farben', media: { colorScheme: 'light', forcedColors: 'active' } };
const DARK: ColourMode = { name: 'dunkel', media: { colorScheme: 'dark', forcedColors: 'none' } };

/** The dark scheme is checked as soon as the style sheet offers one. */
async function colourModes(): Promise<ColourMode[]> {
  const css = await readFile(`${VIEWS_DIR}static/site.css`, 'utf8');
  return /prefers-color-scheme\s*:\s*dark/.test(css) ? [LIGHT, FORCED, DARK] : [LIGHT, FORCED];
}

/** Puts the sequential focus starting point back at the top of the page. */
async function focusFromTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    const body = document.body;
    body.tabIndex = -1;
    body.focus();
    body.removeAttribute('tabindex');
    scrollTo(0, 0);
  });
}

async function openState(page: Page, base: string, state: PageState): Promise<string[]> {
  const status = state.open ? await state.open(page, base) : ((await page.goto(`${base}${state.path}`))?.status() ?? 0);
  await afterFirstRendering(page);
  return status === state.status ? [] : [`${state.name}: status ${status}, expected ${state.status}`];
}

/** Every check on one state, on a single page load (the feedback states submit a rate-limited form). */
async function checkState(page: Page, base: string, state: PageState, modes: ColourMode[]): Promise<string[]> {
  await page.emulateMedia(LIGHT.media);
  await page.setViewportSize(DESKTOP);
  const problems = await openState(page, base, state);
  problems.push(...(await structureProblems(page, state)));
  problems.push(...(await targetSizeProblems(page, state.name)));
  for (const mode of modes) {
    await page.emulateMedia(mode.media);
    const violations = await axeViolations(page, `${state.name} (${mode.name})`);
    if (violations.length > 0) problems.push(formatViolations(violations).replace(/^- /gm, ''));
    if (mode === FORCED && state.marks) problems.push(...(await markProblems(page, state.name)));
  }
  if (state.keyboardWalk === 'both') {
    await page.emulateMedia(FORCED.media);
    await focusFromTop(page);
    problems.push(...(await keyboardProblems(page, `${state.name} (Tastatur, ${FORCED.name})`, 'forced-colors')));
  }
  if (state.keyboardWalk === 'both' && modes.includes(DARK)) {
    await page.emulateMedia(DARK.media);
    await focusFromTop(page);
    problems.push(...(await keyboardProblems(page, `${state.name} (Tastatur, ${DARK.name})`, 'colours')));
  }
  if (state.keyboardWalk) {
    await page.emulateMedia(LIGHT.media);
    await focusFromTop(page);
    problems.push(...(await keyboardProblems(page, `${state.name} (Tastatur)`, 'colours')));
  }
  await page.emulateMedia(LIGHT.media);
  problems.push(...(await reflowProblems(page, state.name)));
  return problems;
}

function assertNone(problems: string[]): void {
  assert.ok(
    problems.length === 0,
    `${problems.length} accessibility problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`,
  );
}

describe('accessibility of every page in a real browser', { timeout: 600_000 }, () => {
  let site: A11ySite;
  let page: Page;
  let modes: ColourMode[];

  before(
    async () => {
      site = await startA11ySite();
      page = await site.browser.context.newPage();
      modes = await colourModes();
    },
    { timeout: 120_000 },
  );
  after(async () => {
    await site?.stop();
  });

  test('the site holds the sample releases', (t) => {
    t.diagnostic(`colour modes: ${modes.map((m) => m.name).join(', ')}`);
    // One record per sample release: the PDF and HTML files of one release are joined into one.
    assert.equal(site.releases, SAMPLE_RELEASES.length + STRUCTURE_FIXTURES.length, 'sample releases indexed');
  });

  test(
    'at 320 px a table scrolls in its own labelled, focusable region; the page does not',
    { timeout: 60_000 },
    async () => {
      await page.emulateMedia(LIGHT.media);
      await page.setViewportSize({ width: 320, height: 640 });
      assert.equal(await openTableRelease(page, site.base), 200);
      const found = await page.evaluate(() => {
        const region = document.querySelector('.release-body [role="region"]');
        const table = region?.querySelector('table');
        const labelId = region?.getAttribute('aria-labelledby') ?? '';
        return {
          pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
          regionScrolls: region ? region.scrollWidth > region.clientWidth : false,
          tabindex: region?.getAttribute('tabindex'),
          label: document.getElementById(labelId)?.textContent,
          caption: table?.querySelector('caption')?.id === labelId,
          scopes: [...(table?.querySelectorAll('th') ?? [])].map((th) => th.getAttribute('scope')),
          // Links out of the release (its footnote marks link within the page).
          links: [...document.querySelectorAll('.release-body a:not([href^="#"])')].map((a) => [
            a.getAttribute('href'),
            a.getAttribute('rel'),
          ]),
        };
      });
      assert.equal(found.pageScrolls, false, 'the page scrolls horizontally');
      assert.equal(found.regionScrolls, true, 'the table does not need to scroll at 320 px: the test proves nothing');
      assert.equal(found.tabindex, '0');
      assert.equal(found.label, 'Ganztagsangebote an Grundschulen 2026/27');
      assert.ok(found.caption);
      assert.deepEqual(found.scopes, ['col', 'col', 'col', 'col', 'row', 'row', 'row']);
      assert.deepEqual(found.links, [
        ['https://www.example.org/formulare/ganztag-antrag.pdf', 'noopener noreferrer nofollow'],
        ['https://www.example.org/ganztag', 'noopener noreferrer nofollow'],
        ['mailto:ganztag@example.org', 'noopener noreferrer nofollow'],
      ]);
      await page.setViewportSize(DESKTOP);
    },
  );

  for (const state of pageStates()) {
    test(state.name, { timeout: 90_000 }, async () => {
      assertNone(await checkState(page, site.base, state, modes));
    });
  }

  test(UNAVAILABLE_STATE.name, { timeout: 90_000 }, async () => {
    await site.meili.process.stop();
    assertNone(await checkState(page, site.base, UNAVAILABLE_STATE, modes));
  });
});
