/**
 * A real Chromium for accessibility tests, without any download: CHROME_PATH when set, else the
 * binary shipped in @sparticuz/chromium (unpacked to /tmp on first use), driven by playwright-core.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const SAFE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function executable(): Promise<{ path: string; args: string[] }> {
  if (process.env.CHROME_PATH) return { path: process.env.CHROME_PATH, args: SAFE_ARGS };
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return { path: await sparticuz.executablePath(), args: [...sparticuz.args, ...SAFE_ARGS.slice(3)] };
}

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const exe = await executable();
  const profile = await mkdtemp(path.join(os.tmpdir(), 'pressearchiv-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: exe.path,
    headless: true,
    args: exe.args,
    locale: 'de-DE',
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the page has been rendered once after loading. Browsers apply `autofocus` in the
 * rendering step after the load event, so on a busy machine a check right after `goto` can run
 * before the focus moved; two animation frames later it has (the spec's "flush autofocus
 * candidates" runs before the animation-frame callbacks of the same rendering update).
 */
export async function afterFirstRendering(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}
