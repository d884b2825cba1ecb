/** Runs axe-core in a page and reports violations as a readable list (rule, element, page). */
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

export async function axeViolations(page: Page, label: string): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE_PATH });
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
