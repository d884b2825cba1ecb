/** Runs axe-core in a page and reports violations as a readable list (rule, element, page). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface Violation {
  page: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

let axeSource: string | undefined;

export async function axeViolations(page: Page, label: string): Promise<Violation[]> {
  // Evaluated through the DevTools protocol rather than a <script> tag, so the site's
  // Content-Security-Policy (script-src 'self') stays in force while axe runs.
  axeSource ??= readFileSync(AXE_PATH, 'utf8');
  await page.evaluate(axeSource);
  const found = await page.evaluate(async (tags: string[]) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{
            violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  }, AXE_TAGS);
  return found.map((v) => ({ page: label, ...v }));
}

export function formatViolations(violations: Violation[]): string {
  return violations
    .map((v) => `- ${v.page}: ${v.rule} [${v.impact}] ${v.help}\n    ${v.targets.slice(0, 5).join('\n    ')}`)
    .join('\n');
}
