/**
 * tsx compiles with esbuild's keepNames, so functions handed to page.evaluate call a `__name`
 * helper that does not exist in the page. This init script defines it for every page of a context.
 */
import type { BrowserContext } from 'playwright-core';

export async function allowCompiledFunctions(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
}
