/** The checker itself: a deliberately broken page (input without label, low contrast) must fail it. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, type TestBrowser } from '../helpers/browser.js';
import { axeViolations, formatViolations } from './axe-check.js';

let browser: TestBrowser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser.close();
});

test('a broken page is caught with a readable list; a fixed one passes', { timeout: 60_000 }, async () => {
  const page = await browser.context.newPage();
  const shell = (body: string): string =>
    `<!DOCTYPE html><html lang="de"><head><title>Test</title></head><body><main><h1>Test</h1>${body}</main></body></html>`;
  await page.setContent(
    shell('<form><input type="text" name="q"><p style="color:#bbb;background:#fff">blass</p></form>'),
  );
  const broken = await axeViolations(page, 'kaputt');
  const rules = broken.map((v) => v.rule);
  assert.ok(rules.includes('label'), `label violation reported: ${rules.join(', ')}`);
  assert.ok(rules.includes('color-contrast'), 'contrast is judged in a real browser');
  assert.match(formatViolations(broken), /- kaputt: label \[critical\]/);
  await page.setContent(shell('<form><label for="q">Suchbegriff</label><input type="text" id="q" name="q"></form>'));
  assert.deepEqual(await axeViolations(page, 'repariert'), []);
  await page.close();
});
