/**
 * Handlebars templates compiled once at start-up: pages in views/pages, partials in views/partials,
 * the layout in views/layouts/main.hbs. Handlebars escapes every {{value}}; only helpers that build
 * markup from escaped text (e.g. highlighted snippets) return SafeString. The site's short strings
 * (texts/site-texts.ts) reach every template as `@t`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { SITE_NAME, TEXT } from './texts/site-texts.js';

export const VIEWS_DIR = fileURLToPath(new URL('../../views/', import.meta.url));

export interface ViewEngine {
  render(page: string, data: object): string;
}

function templatesIn(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.hbs')) found.set(path.basename(file, '.hbs'), readFileSync(path.join(dir, file), 'utf8'));
  }
  return found;
}

export function createViewEngine(helpers: Record<string, Handlebars.HelperDelegate> = {}): ViewEngine {
  const hbs = Handlebars.create();
  for (const [name, helper] of Object.entries(helpers)) hbs.registerHelper(name, helper);
  for (const [name, source] of templatesIn(path.join(VIEWS_DIR, 'partials'))) hbs.registerPartial(name, source);
  const options = { strict: false, preventIndent: true };
  const layout = hbs.compile(readFileSync(path.join(VIEWS_DIR, 'layouts', 'main.hbs'), 'utf8'), options);
  const pages = new Map(
    [...templatesIn(path.join(VIEWS_DIR, 'pages'))].map(([name, source]) => [name, hbs.compile(source, options)]),
  );
  // Every template and partial reads the site's strings as @t (and @siteName).
  const runtime = { data: { t: TEXT, siteName: SITE_NAME } };
  return {
    render(page, data) {
      const template = pages.get(page);
      if (!template) throw new Error(`Unknown page template "${page}"`);
      return layout({ ...data, body: new hbs.SafeString(template(data, runtime)) }, runtime);
    },
  };
}
