/**
 * What screen-reader, keyboard and phone users do on the search pages (issue 22), in a real Chromium
 * against the real server and a real Meilisearch holding the sample releases: opening a long filter
 * list keeps what was ticked or typed; filter options are named without internal ids, their counts
 * with a unit, sender abbreviations marked up with their full name; a date that does not exist is
 * named as such, with the error summary focused on load; sort and page links land
 * on the results, whose heading names order and page; on a phone the count and a
 * jump to the results come before the filters.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { afterFirstRendering } from '../helpers/browser.js';
import { FACET_LIST_LIMIT } from '../../src/web/view-models/facet-groups.js';
import { siteForTests } from './a11y-site.js';

describe('search journeys in a real browser', { timeout: 300_000 }, () => {
  const on = siteForTests();

  test('„Alle … Behörden anzeigen“ keeps ticked senders and a typed date, in the order of the short list', async () => {
    await on.page.goto(`${on.site.base}/suche`);
    const boxes = on.page.locator('#filter-ministerium input[type=checkbox]');
    const visibleBefore = await on.page.locator('#filter-ministerium input[type=checkbox]:visible').count();
    assert.equal(visibleBefore, FACET_LIST_LIMIT, 'the short list shows the limit');
    const order = await boxes.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    await boxes.nth(1).check();
    await on.page.fill('#von', '01.01.2020');
    await on.page.getByText(/^Alle \d+ Behörden anzeigen$/).click();
    assert.ok((await boxes.count()) > FACET_LIST_LIMIT);
    assert.equal(
      await on.page.locator('#filter-ministerium input[type=checkbox]:visible').count(),
      await boxes.count(),
    );
    assert.equal(await boxes.nth(1).isChecked(), true, 'the ticked sender is still ticked');
    assert.equal(await on.page.inputValue('#von'), '01.01.2020', 'the typed date is still there');
    assert.deepEqual(
      await boxes.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value)),
      order,
      'the full list continues the short one',
    );
  });

  test('an old „alle=ministerium“ link opens the full list', async () => {
    await on.page.goto(`${on.site.base}/suche?alle=ministerium`);
    const boxes = on.page.locator('#filter-ministerium input[type=checkbox]');
    assert.equal(
      await on.page.locator('#filter-ministerium input[type=checkbox]:visible').count(),
      await boxes.count(),
    );
  });

  test('filter options are named without internal ids, their counts with a unit', async () => {
    await on.page.goto(`${on.site.base}/suche`);
    await on.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const tree = await on.page.locator('search.filters').ariaSnapshot();
    const names = [...tree.matchAll(/- checkbox "([^"]*)"/g)].map((m) => m[1]!);
    const values = await on.page
      .locator('search.filters input[type=checkbox]')
      .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    assert.equal(names.length, values.length, 'every option has a name');
    // „(1 Mitteilung)“, „(41 Mitteilungen)“: the unit in the singular for one.
    for (const name of names) assert.match(name, /\((?:1 Mitteilung|(?!1 )\d[\d.]* Mitteilungen) ?\)$/);
    for (const value of values.filter((v) => v === v.toLowerCase() && /[a-z]/.test(v))) {
      assert.ok(!names.some((name) => name.includes(value)), `internal id ${value} in a name`);
    }
  });

  test('sender abbreviations (SMUL, SMIL) are marked up with their full name wherever they are shown', async () => {
    const abbreviations = async () =>
      on.page.locator('abbr').evaluateAll((els) =>
        els.map((el) => ({
          short: el.textContent,
          title: el.getAttribute('title'),
          before: el.previousSibling?.textContent ?? '',
        })),
      );
    const check = (found: Array<{ short: string | null; title: string | null; before: string }>) => {
      assert.ok(
        found.some((a) => a.short === 'SMUL'),
        JSON.stringify(found),
      );
      for (const a of found) {
        assert.match(a.short ?? '', /\p{Lu}/u);
        assert.ok(a.title && a.title !== a.short && a.before.endsWith(`${a.title} (`), JSON.stringify(a));
      }
    };
    await on.page.goto(`${on.site.base}/`);
    check(await abbreviations());
    await on.page.goto(`${on.site.base}/suche?ministerium=SMUL`);
    const found = await abbreviations();
    check(found);
    const inActiveFilter = await on.page.locator('.active-filters abbr').textContent();
    assert.equal(inActiveFilter, 'SMUL');
    const option = on.page.locator('search.filters label:has(input[value=SMIL]) abbr');
    assert.equal(
      await option.getAttribute('title'),
      'Sächsisches Staatsministerium für Infrastruktur und Landesentwicklung',
    );
  });

  test('31 February: named as a day that does not exist, the summary focused on load, the hint read once', async () => {
    await on.page.goto(`${on.site.base}/suche?q=Schule&von=31.02.2024`);
    await afterFirstRendering(on.page);
    const facts = await on.page.evaluate(() => {
      const input = document.getElementById('von')!;
      const described = (el: Element) => (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const hintUses = [...document.querySelectorAll('[aria-describedby]')].filter((el) =>
        described(el).includes('datum-hint'),
      );
      return {
        focused: document.activeElement?.className,
        summary: document.querySelector('.error-summary a')?.textContent,
        inline: document.getElementById('von-error')?.textContent,
        inputDescribedBy: described(input),
        hintOnGroup: hintUses.some((el) => el.tagName === 'FIELDSET'),
      };
    });
    const message = '„Von“: Den 31. Februar 2024 gibt es nicht, der Februar 2024 hat 29 Tage.';
    assert.equal(facts.focused, 'error-summary');
    assert.equal(facts.summary, message);
    assert.equal(facts.inline, `Fehler: ${message}`);
    assert.deepEqual(facts.inputDescribedBy, ['datum-hint', 'von-error']);
    assert.equal(facts.hintOnGroup, false, 'the fieldset repeats the hint');
  });

  test('sort and page links land on the results, and the heading confirms the order and the page', async () => {
    await on.page.goto(`${on.site.base}/suche`);
    await on.page.getByRole('link', { name: 'Älteste zuerst' }).click();
    await on.page.waitForLoadState('load');
    assert.match(on.page.url(), /sortierung=aelteste#ergebnisse$/);
    assert.match((await on.page.locator('#ergebnisse').textContent()) ?? '', /^\d+ Treffer – älteste zuerst$/);
    assert.match(await on.page.title(), /^Alle Mitteilungen – \d+ Treffer – älteste zuerst – Pressearchiv$/);
    const top = await on.page.evaluate(() => document.getElementById('ergebnisse')!.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 100, `the results heading is at ${top} px, not at the top of the window`);
    await on.page.getByRole('link', { name: /^Nächste/ }).click();
    await on.page.waitForLoadState('load');
    assert.match(on.page.url(), /seite=2#ergebnisse$/);
    assert.match((await on.page.locator('#ergebnisse').textContent()) ?? '', /– älteste zuerst – Seite 2 von \d+$/);
  });

  test('on a phone the count and „Zu den Treffern“ come before the filters, and the link lands on the results', async () => {
    await on.page.setViewportSize({ width: 360, height: 740 });
    try {
      await on.page.goto(`${on.site.base}/suche?q=Schule`);
      const jump = on.page.locator('.results-jump');
      const link = jump.getByRole('link', { name: 'Zu den Treffern' });
      const box = await link.boundingBox();
      const filters = await on.page.locator('search.filters').boundingBox();
      assert.ok(box && box.width >= 24 && box.height >= 24, JSON.stringify(box));
      assert.ok(filters && box.y + box.height <= filters.y, 'above the filters');
      assert.ok(box.y + box.height <= 740, 'on the first screen');
      const heading = (await on.page.locator('#ergebnisse').textContent()) ?? '';
      assert.match(heading, /^\d+ Treffer für „Schule“$/);
      assert.equal((await jump.textContent())?.replace(/\s+/g, ' ').trim(), `${heading} Zu den Treffern`);
      await link.click();
      assert.match(on.page.url(), /#ergebnisse$/);
      const top = await on.page.evaluate(() => document.getElementById('ergebnisse')!.getBoundingClientRect().top);
      assert.ok(top > -1 && top < 100, `the results heading is at ${top} px`);
      await on.page.setViewportSize({ width: 1280, height: 800 });
      assert.equal(await link.isVisible(), false, 'beside the filters the results need no jump');
    } finally {
      await on.page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  test('from the top of a results page, three Tab stops reach the sort links', async () => {
    await on.page.goto(`${on.site.base}/suche?q=Schule`);
    await on.page.keyboard.press('Tab');
    await on.page.keyboard.press('Tab');
    const second = await on.page.evaluate(() => document.activeElement?.textContent);
    assert.equal(second, 'Zu den Suchergebnissen');
    await on.page.keyboard.press('Enter');
    assert.equal(await on.page.evaluate(() => document.activeElement?.id), 'ergebnisse');
    await on.page.keyboard.press('Tab');
    const third = await on.page.evaluate(() => document.activeElement?.closest('nav')?.className);
    assert.equal(third, 'sort', 'the first stop after the heading is a sort link');
  });

  test('no two links of a results page share a name but point to different releases', async () => {
    await on.page.goto(`${on.site.base}/suche?q=Polizeibericht`);
    const links = await on.page
      .locator('ol.results-list h3 a')
      .evaluateAll((els) => els.map((a) => [a.textContent!.replace(/\s+/g, ' ').trim(), a.getAttribute('href')!]));
    const titles = links.map(([name]) => name!.split(' – ')[0]);
    assert.ok(new Set(titles).size < titles.length, 'the samples should hold two reports with one title');
    const byName = new Map<string, Set<string>>();
    for (const [name, href] of links) byName.set(name!, (byName.get(name!) ?? new Set()).add(href!));
    for (const [name, hrefs] of byName) assert.equal(hrefs.size, 1, `„${name}“ names ${hrefs.size} releases`);
  });
});
