/** The checkers themselves: deliberately broken pages must fail them, with a readable list. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, type TestBrowser } from '../helpers/browser.js';
import { axeViolations, formatViolations } from './axe-check.js';
import { allowCompiledFunctions } from './evaluate-shim.js';
import { keyboardProblems } from './keyboard-walk.js';
import { markProblems } from './mark-check.js';
import { reflowProblems } from './reflow-check.js';
import { targetSizeProblems } from './target-size-check.js';

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

/** The checks axe cannot do (keyboard, reflow, target size, <mark> in forced colours) catch a broken page too. */
const BROKEN_PAGE = `<!DOCTYPE html><html lang="de"><head><title>Test</title><style>
  .skip-link{position:absolute;left:-9999px}.skip-link:focus{left:0}
  a:focus,a:focus-visible{outline:none}
  mark{background:none;color:inherit}
  @media (forced-colors:active){mark{forced-color-adjust:none}}
</style></head><body>
<a class="skip-link" href="#inhalt">Zum Inhalt</a>
<main id="inhalt" tabindex="-1"><h1>Test</h1>
<ul><li><a href="#eins">Erster Eintrag</a></li></ul>
<button tabindex="1">Zuerst</button>
<p style="width:600px">Eine zu breite Zeile.</p>
<p style="width:100px;height:1.5em;overflow:hidden">Ein langer Text, der umbricht und abgeschnitten wird.</p>
<p><button style="position:relative;top:0">A</button><button style="position:relative;left:-1em">B</button></p>
<p>Ein <mark>Treffer</mark> im Text.</p>
</main></body></html>`;

test('keyboard, reflow, target-size and <mark> checks catch a broken page', { timeout: 60_000 }, async () => {
  await allowCompiledFunctions(browser.context);
  const page = await browser.context.newPage();
  await page.setContent(BROKEN_PAGE);
  const keyboard = (await keyboardProblems(page, 'kaputt')).join('\n');
  assert.match(keyboard, /first Tab stop is <button> "Zuerst", not the skip link/);
  assert.match(keyboard, /Tab order leaves DOM order at stop 1/);
  assert.match(keyboard, /<a> "Erster Eintrag": focus style not visible/);
  const reflow = (await reflowProblems(page, 'kaputt')).join('\n');
  assert.match(reflow, /320 px: scrolls horizontally/);
  assert.match(reflow, /content clipped in <p> "Ein langer Text/);
  assert.match(reflow, /overlapping: <button> "A" and <button> "B"/);
  assert.match((await targetSizeProblems(page, 'kaputt')).join('\n'), /<a> "Erster Eintrag" is .*needs 24×24/);
  await page.emulateMedia({ forcedColors: 'active' });
  assert.match((await markProblems(page, 'kaputt')).join('\n'), /1 of 1 <mark> look like the text around them/);
  await page.close();
});
