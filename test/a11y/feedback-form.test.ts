/**
 * „Barriere melden“ as screen-reader, keyboard and forced-colours users meet it (issue 22), in a real
 * Chromium against the real server: the required field is exposed as required, fields with errors are
 * marked by more than colour (also in forced colours), the privacy note comes before the button, and
 * reloading the thank-you page sends nothing again.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFeedback } from '../../src/feedback/feedback-store.js';
import { siteForTests } from './a11y-site.js';

describe('the feedback form in a real browser', { timeout: 300_000 }, () => {
  const on = siteForTests();

  test('the description is exposed as required; the privacy note comes before the button', async () => {
    await on.page.goto(`${on.site.base}/barriere-melden`);
    const cdp = await on.page.context().newCDPSession(on.page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ name?: { value: string }; properties?: Array<{ name: string; value: { value: unknown } }> }>;
    };
    const required = (name: string) =>
      nodes.find((n) => n.name?.value === name)?.properties?.find((p) => p.name === 'required')?.value.value;
    await cdp.detach();
    assert.equal(required('Beschreibung der Barriere'), true, 'the description is not exposed as required');
    assert.notEqual(required('Ihr Name (freiwillig)'), true);
    const order = await on.page.evaluate(() => {
      const privacy = document.querySelector('form a[href$="/datenschutz"]');
      const button = document.querySelector('form button[type=submit]');
      return privacy && button ? privacy.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    assert.ok(order, 'the privacy note is not before the button');
  });

  test('fields with errors are marked by a thick border, in forced colours too', async () => {
    await on.page.emulateMedia({ forcedColors: 'active' });
    await on.page.goto(`${on.site.base}/barriere-melden`);
    await on.page.fill('#email', 'keine-adresse');
    await Promise.all([on.page.waitForEvent('load'), on.page.getByRole('button', { name: 'Meldung senden' }).click()]);
    const marks = await on.page.evaluate(() =>
      ['email', 'nachricht', 'name'].map((id) => {
        const field = document.getElementById(id)!;
        const group = getComputedStyle(field.closest('.form-group')!);
        return [
          id,
          parseFloat(group.borderLeftWidth),
          group.borderLeftStyle,
          parseFloat(getComputedStyle(field).borderTopWidth),
        ];
      }),
    );
    await on.page.emulateMedia({ forcedColors: 'none' });
    assert.deepEqual(marks, [
      ['email', 5, 'solid', 4],
      ['nachricht', 5, 'solid', 4],
      ['name', 0, 'none', 2],
    ]);
  });

  test('the thank-you page is a page of its own: reloading it sends nothing; its case number is short', async () => {
    const before = (await readFeedback(on.site.dataDir)).length;
    await on.page.goto(`${on.site.base}/barriere-melden`);
    await on.page.fill('#nachricht', 'Der Kontrast im Kopf ist zu schwach.');
    await Promise.all([
      on.page.waitForURL(/\/barriere-melden\/gesendet\?nummer=/),
      on.page.getByRole('button', { name: 'Meldung senden' }).click(),
    ]);
    const number = await on.page.locator('main strong').textContent();
    assert.match(number ?? '', /^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const reloaded = await on.page.reload();
    assert.equal(reloaded?.status(), 200);
    assert.equal(reloaded?.request().method(), 'GET');
    assert.equal((await readFeedback(on.site.dataDir)).length, before + 1, 'reloading sent the report again');
  });

  test('the footer link fills in the page it was followed from', async () => {
    await on.page.goto(`${on.site.base}/suchhilfe`);
    await Promise.all([
      on.page.waitForURL(/\/barriere-melden\?seite=/),
      on.page.locator('footer').getByRole('link', { name: 'Barriere melden' }).click(),
    ]);
    assert.match(await on.page.inputValue('#seite'), /\/suchhilfe$/);
  });
});
