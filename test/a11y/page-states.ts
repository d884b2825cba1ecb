/**
 * Every page of the site in every state the browser checks visit, with what each state must show.
 * The 503 state is separate: it needs Meilisearch stopped, so it runs last.
 */
import type { Page } from 'playwright-core';
import { FACET_LIST_LIMIT } from '../../src/web/view-models/facet-groups.js';
import { CORRECTED } from './a11y-site.js';

export type PageKind = 'start' | 'search' | 'release' | 'error' | 'content' | 'form';

export interface PageState {
  /** Name in reports, e.g. "Ergebnisse mit Filtern". */
  name: string;
  kind: PageKind;
  /** Path for a plain GET; `open` replaces it for states reached by submitting a form. */
  path: string;
  open?: (page: Page, base: string) => Promise<number>;
  status: number;
  /** The <title> must say where you are. */
  title: RegExp;
  /** Search pages with a result list: skip link to the results, count in the results heading. */
  results?: 'hits' | 'none';
  /** A spelling suggestion: „Meinten Sie“ and a link to the search for this query. */
  suggestion?: string;
  /** Snippets with highlighted words (<mark>). */
  marks?: boolean;
  /** Ids of fields that must be marked invalid and linked from the error summary. */
  invalidFields?: string[];
  /**
   * Tab walk on this state: one state per page type is enough, the others share its templates.
   * 'both' walks again in forced-colours mode and in the dark scheme — on the states that together
   * hold every kind of control (links, checkboxes, text fields, textarea, buttons, pagination, error
   * summary).
   */
  keyboardWalk?: 'light' | 'both';
}

const TITLE_END = ' – Pressearchiv$';

async function submitFeedback(page: Page, base: string, fields: Record<string, string>): Promise<number> {
  await page.goto(`${base}/barriere-melden`);
  for (const [selector, value] of Object.entries(fields)) await page.fill(selector, value);
  // The page shown in the end: the form again (400) or the thank-you page after the post's redirect.
  const response = page.waitForResponse(
    (r) => r.request().isNavigationRequest() && (r.status() < 300 || r.status() >= 400),
  );
  const loaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Meldung senden' }).click();
  const status = (await response).status();
  await loaded;
  return status;
}

/** The release page of the first hit for „Schule“ (its id depends on the sample files). */
async function openFirstResult(page: Page, base: string): Promise<number> {
  await page.goto(`${base}/suche?q=Schule`);
  const href = await page.getAttribute('ol.results-list a', 'href');
  return (await page.goto(`${base}${href}`))?.status() ?? 0;
}

/** The release page of the first hit for `query`. */
async function openHit(page: Page, base: string, query: string): Promise<number> {
  await page.goto(`${base}/suche?q=${encodeURIComponent(query)}`);
  const href = await page.getAttribute('ol.results-list a', 'href');
  return (await page.goto(`${base}${href}`))?.status() ?? 0;
}

/** The release with a table, a list and links (test/fixtures/good/smk-2026-05-20-tabelle-links.html). */
export const openTableRelease = (page: Page, base: string): Promise<number> =>
  openHit(page, base, 'Kooperationsverträge');

/** The release an archivist corrected (a11y-site.ts): its page must show the correction note. */
async function openCorrectedRelease(page: Page, base: string): Promise<number> {
  const status = await openHit(page, base, CORRECTED.query);
  if ((await page.locator('text=Metadaten korrigiert am').count()) === 0)
    throw new Error(`no correction note on ${page.url()}`);
  if ((await page.content()).includes(CORRECTED.removedPhone)) throw new Error('the removed phone number is shown');
  return status;
}

/** The full sender list, opened through the summary under the shortened list (more senders than the limit). */
async function showAllMinistries(page: Page, base: string): Promise<number> {
  const status = (await page.goto(`${base}/suche`))?.status() ?? 0;
  await page.getByText(/^Alle \d+ Behörden anzeigen$/).click();
  const boxes = await page.locator('#filter-ministerium input[type=checkbox]:visible').count();
  if (boxes <= FACET_LIST_LIMIT) throw new Error(`the full list shows only ${boxes} senders`);
  return status;
}

export function pageStates(): PageState[] {
  return [
    {
      name: 'Startseite',
      kind: 'start',
      path: '/',
      status: 200,
      title: /^Pressearchiv – Pressemitteilungen durchsuchen$/,
      keyboardWalk: 'both',
    },
    {
      name: 'Ergebnisse',
      kind: 'search',
      path: '/suche?q=Schule',
      status: 200,
      title: new RegExp(`^„Schule“ – \\d+ Treffer${TITLE_END}`),
      results: 'hits',
      marks: true,
    },
    {
      name: 'Ergebnisse mit Filtern und Zeitraum',
      kind: 'search',
      path: '/suche?q=Schule&ministerium=SMK&thema=Bildung&von=2022&bis=2025',
      status: 200,
      title: new RegExp(`^„Schule“ – \\d+ Treffer${TITLE_END}`),
      results: 'hits',
      marks: true,
      keyboardWalk: 'light',
    },
    {
      // The facet „Art“ (release types) with a selection; the samples are invented, so each hit is labelled.
      name: 'Ergebnisse nach Art',
      kind: 'search',
      path: '/suche?art=Medieninformation',
      status: 200,
      title: new RegExp(`^Alle Mitteilungen – \\d+ Treffer${TITLE_END}`),
      results: 'hits',
    },
    {
      name: 'Keine Treffer',
      kind: 'search',
      path: '/suche?q=qwxyzzy&thema=Bildung',
      status: 200,
      title: new RegExp(`^„qwxyzzy“ – 0 Treffer${TITLE_END}`),
      results: 'none',
    },
    {
      // An empty result with a misspelt word („Euro“): „Meinten Sie „Euro“?“ links to the corrected search.
      name: 'Meinten Sie',
      kind: 'search',
      path: '/suche?q=Eruo',
      status: 200,
      title: new RegExp(`^„Eruo“ – 0 Treffer${TITLE_END}`),
      results: 'none',
      suggestion: 'Euro',
    },
    {
      name: 'Ungültiges Datum',
      kind: 'search',
      path: '/suche?q=Schule&von=31.02.2024&bis=gestern',
      status: 400,
      title: new RegExp(`^Fehler: „Schule“${TITLE_END}`),
      invalidFields: ['von', 'bis'],
      keyboardWalk: 'light',
    },
    {
      name: 'Seite 2',
      kind: 'search',
      path: '/suche?seite=2',
      status: 200,
      title: new RegExp(`^Alle Mitteilungen – \\d+ Treffer – Seite 2 von \\d+${TITLE_END}`),
      results: 'hits',
      keyboardWalk: 'both',
    },
    {
      name: 'Alle Behörden im Filter',
      kind: 'search',
      path: '/suche',
      open: showAllMinistries,
      status: 200,
      title: new RegExp(`^Alle Mitteilungen – \\d+ Treffer${TITLE_END}`),
      results: 'hits',
    },
    {
      name: 'Mitteilung',
      kind: 'release',
      path: '/mitteilung/…',
      open: openFirstResult,
      status: 200,
      title: /^.+ – Pressearchiv$/,
      keyboardWalk: 'both',
    },
    {
      name: 'Mitteilung mit Tabelle und Verweisen',
      kind: 'release',
      path: '/mitteilung/… (Tabelle)',
      open: openTableRelease,
      status: 200,
      title: /^Ganztagsangebote: Zahlen zum Schuljahr 2026\/27 – Pressearchiv$/,
      keyboardWalk: 'light',
    },
    {
      name: 'Mitteilung mit Korrekturhinweis',
      kind: 'release',
      path: '/mitteilung/… (korrigiert)',
      open: openCorrectedRelease,
      status: 200,
      title: /^Ganztag: Antragsfrist verlängert – Pressearchiv$/,
    },
    {
      name: '404',
      kind: 'error',
      path: '/gibt-es-nicht',
      status: 404,
      title: new RegExp(`^Seite nicht gefunden${TITLE_END}`),
      keyboardWalk: 'light',
    },
    {
      name: 'Ungültige Anfrage (400)',
      kind: 'error',
      path: '/suche?seite=abc',
      status: 400,
      title: new RegExp(`^Ungültige Anfrage${TITLE_END}`),
    },
    {
      name: 'Erklärung zur Barrierefreiheit',
      kind: 'content',
      path: '/barrierefreiheit',
      status: 200,
      title: new RegExp(`^Erklärung zur Barrierefreiheit${TITLE_END}`),
      keyboardWalk: 'light',
    },
    {
      name: 'Leichte Sprache',
      kind: 'content',
      path: '/leichte-sprache',
      status: 200,
      title: new RegExp(`^Leichte Sprache${TITLE_END}`),
    },
    {
      name: 'Gebärdensprache',
      kind: 'content',
      path: '/gebaerdensprache',
      status: 200,
      title: new RegExp(`^Gebärdensprache${TITLE_END}`),
    },
    {
      name: 'Impressum',
      kind: 'content',
      path: '/impressum',
      status: 200,
      title: new RegExp(`^Impressum${TITLE_END}`),
    },
    {
      name: 'Datenschutz',
      kind: 'content',
      path: '/datenschutz',
      status: 200,
      title: new RegExp(`^Datenschutz${TITLE_END}`),
    },
    {
      name: 'Suchhilfe',
      kind: 'content',
      path: '/suchhilfe',
      status: 200,
      title: new RegExp(`^Suchhilfe${TITLE_END}`),
    },
    {
      name: 'Barriere melden',
      kind: 'form',
      path: '/barriere-melden',
      status: 200,
      title: new RegExp(`^Barriere melden${TITLE_END}`),
      keyboardWalk: 'light',
    },
    {
      name: 'Barriere melden mit Fehlern',
      kind: 'form',
      path: '/barriere-melden',
      open: (page, base) => submitFeedback(page, base, { '#email': 'keine-adresse' }),
      status: 400,
      title: new RegExp(`^Fehler: Barriere melden${TITLE_END}`),
      invalidFields: ['email', 'nachricht'],
      keyboardWalk: 'both',
    },
    {
      name: 'Meldung gesendet',
      kind: 'content',
      path: '/barriere-melden',
      open: (page, base) => submitFeedback(page, base, { '#nachricht': 'Der Kontrast im Kopf ist zu schwach.' }),
      status: 200,
      title: new RegExp(`^Meldung gesendet${TITLE_END}`),
    },
  ];
}

/** Shown when Meilisearch is down; checked after the other states, with Meilisearch stopped. */
export const UNAVAILABLE_STATE: PageState = {
  name: '503 (Suche nicht erreichbar)',
  kind: 'error',
  path: '/suche?q=Schule',
  status: 503,
  title: new RegExp(`^Suche nicht erreichbar${TITLE_END}`),
  keyboardWalk: 'light',
};
