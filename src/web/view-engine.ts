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

export interface ViewFiles {
  layout: string;
  pagesDir: string;
  /** Folders of partials, and single partial files (named after the file). */
  partials: string[];
  /** Reaches every template as @-data (the site: `@t`, `@siteName`). */
  data: Record<string, unknown>;
}

/** Compiles a layout, its pages and partials; the admin surface uses it with views/admin/. */
export function compileViews(files: ViewFiles, helpers: Record<string, Handlebars.HelperDelegate> = {}): ViewEngine {
  const hbs = Handlebars.create();
  for (const [name, helper] of Object.entries(helpers)) hbs.registerHelper(name, helper);
  for (const place of files.partials) {
    const found = place.endsWith('.hbs')
      ? new Map([[path.basename(place, '.hbs'), readFileSync(place, 'utf8')]])
      : templatesIn(place);
    for (const [name, source] of found) hbs.registerPartial(name, source);
  }
  const options = { strict: false, preventIndent: true };
  const layout = hbs.compile(readFileSync(files.layout, 'utf8'), options);
  const pages = new Map([...templatesIn(files.pagesDir)].map(([name, source]) => [name, hbs.compile(source, options)]));
  const runtime = { data: files.data };
  return {
    render(page, data) {
      const template = pages.get(page);
      if (!template) throw new Error(`Unknown page template "${page}"`);
      // @current.[name] is true in the layout for the page rendered: its navigation links say aria-current.
      const body = new hbs.SafeString(template(data, runtime));
      return layout({ ...data, body }, { data: { ...files.data, current: { [page]: true } } });
    },
  };
}

/** A value as one URL parameter (Handlebars still escapes the result for HTML). */
const urlParam: Handlebars.HelperDelegate = (value: unknown) => encodeURIComponent(String(value ?? ''));

export function createViewEngine(helpers: Record<string, Handlebars.HelperDelegate> = {}): ViewEngine {
  // Every template and partial reads the site's strings as @t (and @siteName).
  return compileViews(
    {
      layout: path.join(VIEWS_DIR, 'layouts', 'main.hbs'),
      pagesDir: path.join(VIEWS_DIR, 'pages'),
      partials: [path.join(VIEWS_DIR, 'partials')],
      data: { t: TEXT, siteName: SITE_NAME },
    },
    { urlParam, ...helpers },
  );
}
