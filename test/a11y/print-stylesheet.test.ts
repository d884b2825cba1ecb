/**
 * A release page printed, in a real Chromium (print media emulated) against the real server and a
 * real Meilisearch holding the sample releases: no navigation, the page's address at the top, the
 * address of each link that leaves the archive after its text (not twice where the page already
 * shows it), tables unfolded with rows kept whole. On screen none of this shows.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startA11ySite, type A11ySite } from './a11y-site.js';
import { openTableRelease } from './page-states.js';

/** The `content` of each external link's ::after, with whether the page shows its address beside it. */
function linkAfters(page: Page) {
  return page.locator('main a[href^="http"]').evaluateAll((links) =>
    links.map((a) => ({
      href: a.getAttribute('href')!,
      shown:
        a.nextElementSibling?.classList.contains('link-address') === true ||
        a.closest('.published-at, .citation') !== null,
      after: getComputedStyle(a, '::after').content,
    })),
  );
}

describe('print stylesheet of a release page in a real browser', { timeout: 300_000 }, () => {
  let site: A11ySite;
  let page: Page;

  before(
    async () => {
      site = await startA11ySite();
      page = await site.browser.context.newPage();
      assert.equal(await openTableRelease(page, site.base), 200);
    },
    { timeout: 120_000 },
  );
  after(async () => {
    await site?.stop();
  });

  test('on paper: no navigation, the page address, link addresses, whole table rows', async () => {
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header nav', '.site-footer', '.skip-link']) {
      assert.equal(await page.locator(selector).first().isVisible(), false, `${selector} is hidden`);
    }
    const address = page.locator('.print-address');
    assert.equal(await address.isVisible(), true);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    assert.match(canonical!, /\/mitteilung\//);
    assert.equal(await address.textContent(), `Adresse dieser Seite: ${canonical}`);

    const links = await linkAfters(page);
    const printed = links.filter((link) => !link.shown);
    assert.ok(printed.length > 0, 'the release has a link whose address is not on the page');
    for (const link of printed) assert.equal(link.after, `" (${link.href})"`, link.href);
    for (const link of links.filter((l) => l.shown))
      assert.equal(link.after, 'none', `${link.href} is not printed twice`);

    const table = await page
      .locator('.table-scroll')
      .first()
      .evaluate((region) => ({
        overflow: getComputedStyle(region).overflowX,
        row: getComputedStyle(region.querySelector('tr')!).breakInside,
      }));
    assert.deepEqual(table, { overflow: 'visible', row: 'avoid' });
  });

  test('on screen: navigation shown, no addresses added', async () => {
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await page.locator('.site-header nav').isVisible(), true);
    assert.equal(await page.locator('.print-address').isVisible(), false);
    for (const link of await linkAfters(page)) assert.equal(link.after, 'none', link.href);
  });
});
