/**
 * Accessibility of the archivists' pages in a real Chromium against the real admin app and a real
 * Meilisearch: the sign-in page, its error state, the start page, the audit log, the upload form
 * (and its error state), an upload job's report, the list of runs and the forms for withdrawal,
 * corrections and deletion (each also with its errors), each with axe
 * (light, dark, forced colours), the page design (lang, one h1, title, landmarks, skip link, error
 * summary linked to the invalid field), a keyboard walk, target sizes and reflow at 320 px.
 */
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { addAccount, setMayDelete } from '../../src/admin/accounts/account-commands.js';
import { createAdminApp } from '../../src/admin/admin-app.js';
import { openAdminStorage } from '../../src/admin/admin-storage.js';
import { ensureAdminKey } from '../../src/archive/admin-key.js';
import { applyArchiveSettings, archiveIndexNames } from '../../src/archive/archive-indexes.js';
import { createMeiliClient, waitForSuccess } from '../../src/archive/meili-client.js';
import { CorrectionsStore } from '../../ingest/store/corrections-store.js';
import { markFeedback } from '../../src/feedback/feedback-marks.js';
import { storeFeedback } from '../../src/feedback/feedback-store.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { launchBrowser, type TestBrowser } from '../helpers/browser.js';
import { release } from '../helpers/site-releases.js';
import { fixturePath } from '../helpers/fixture-files.js';
import { tempDir } from '../helpers/temp-dir.js';
import { startTestMeili, type TestMeili } from '../helpers/test-meili.js';
import { axeViolations, formatViolations } from './axe-check.js';
import { allowCompiledFunctions } from './evaluate-shim.js';
import { keyboardProblems } from './keyboard-walk.js';
import { DESKTOP, reflowProblems } from './reflow-check.js';
import { targetSizeProblems } from './target-size-check.js';

const PASSWORD = 'barrierefrei-und-lang';
const CORRECTED = release(
  '2026-06-02-korrigiert',
  '2026-06-02',
  'SMWK',
  ['Wissenschaft'],
  'Korrigierte Mitteilung',
  'Kurz.',
);
const MODES: Array<{ name: string; media: Parameters<Page['emulateMedia']>[0] }> = [
  { name: 'hell', media: { colorScheme: 'light', forcedColors: 'none' } },
  { name: 'dunkel', media: { colorScheme: 'dark', forcedColors: 'none' } },
  { name: 'erzwungene Farben', media: { colorScheme: 'light', forcedColors: 'active' } },
];

interface AdminState {
  name: string;
  open: (page: Page, base: string) => Promise<void>;
  title: RegExp;
  invalidFields?: string[];
}

async function signInWith(page: Page, base: string, password: string): Promise<void> {
  await page.goto(`${base}/verwaltung/anmelden`);
  await page.fill('#name', 'anna');
  await page.fill('#passwort', password);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Anmelden' }).click()]);
}

const STATES: AdminState[] = [
  {
    name: 'Anmelden',
    open: async (page, base) => void (await page.goto(`${base}/verwaltung/anmelden`)),
    title: /^Anmelden – Pressearchiv – Verwaltung$/,
  },
  {
    name: 'Anmelden mit Fehler',
    open: (page, base) => signInWith(page, base, 'falsches-passwort'),
    title: /^Fehler: Anmelden – Pressearchiv – Verwaltung$/,
    invalidFields: ['name'],
  },
  {
    name: 'Übersicht',
    open: async (page, base) => {
      await signInWith(page, base, PASSWORD);
      await page.goto(`${base}/verwaltung/`);
    },
    title: /^Übersicht – Pressearchiv – Verwaltung$/,
  },
  {
    name: 'Protokoll',
    open: async (page, base) => void (await page.goto(`${base}/verwaltung/protokoll`)),
    title: /^Protokoll – Pressearchiv – Verwaltung$/,
  },
  {
    name: 'Mitteilung zurückziehen',
    open: async (page, base) => void (await page.goto(`${base}/verwaltung/zurueckziehen`)),
    title: /^Mitteilung zurückziehen – Pressearchiv – Verwaltung$/,
  },
  {
    name: 'Mitteilung zurückziehen mit Fehler',
    open: async (page, base) => {
      await page.goto(`${base}/verwaltung/zurueckziehen`);
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Zurückziehen' }).click()]);
    },
    title: /^Fehler: Mitteilung zurückziehen – Pressearchiv – Verwaltung$/,
    invalidFields: ['kennung', 'grund'],
  },
  {
    name: 'Metadaten korrigieren',
    open: async (page, base) => void (await page.goto(`${base}/verwaltung/korrigieren`)),
    title: /^Metadaten korrigieren – Pressearchiv – Verwaltung$/,
  },
  {
    name: 'Metadaten korrigieren: Formular mit bisherigen Korrekturen',
    open: async (page, base) => void (await page.goto(`${base}/verwaltung/korrigieren?id=${CORRECTED.id}`)),
    title: /^Metadaten korrigieren – Pressearchiv – Verwaltung$/,
  },
  {
    name: 'Metadaten korrigieren mit Fehler',
    open: async (page, base) => {
      await page.goto(`${base}/verwaltung/korrigieren?id=${CORRECTED.id}`);
      await page.fill('#titel', '');
      await page.fill('#datum', '31.02.2026');
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Korrektur speichern' }).click()]);
    },
    title: /^Fehler: Metadaten korrigieren – Pressearchiv – Verwaltung$/,
    invalidFields: ['titel', 'datum', 'grund'],
  },
  {
    name: 'Rückmeldungen',
    open: async (page, base) => void (await page.goto(`${base}/verwaltung/rueckmeldungen`)),
    title: /^Rückmeldungen – Pressearchiv – Verwaltung$/,
  },
  {
    name: 'Mitteilung endgültig löschen',
    open: async (page, base) => void (await page.goto(`${base}/verwaltung/loeschen`)),
    title: /^Mitteilung endgültig löschen – Pressearchiv – Verwaltung$/,
  },
  {
    name: 'Mitteilung endgültig löschen mit Fehler',
    open: async (page, base) => {
      await page.goto(`${base}/verwaltung/loeschen`);
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Endgültig löschen' }).click()]);
    },
    title: /^Fehler: Mitteilung endgültig löschen – Pressearchiv – Verwaltung$/,
    invalidFields: ['kennung', 'grund', 'bestaetigung'],
  },
  {
    name: 'Zurückgezogene Mitteilungen',
    open: async (page, base) => void (await page.goto(`${base}/verwaltung/zurueckgezogen`)),
    title: /^Zurückgezogene Mitteilungen – Pressearchiv – Verwaltung$/,
  },
  {
    name: 'Mitteilungen hochladen',
    open: async (page, base) => void (await page.goto(`${base}/verwaltung/hochladen`)),
    title: /^Mitteilungen hochladen – Pressearchiv – Verwaltung$/,
  },
  {
    name: 'Mitteilungen hochladen mit Fehler',
    open: async (page, base) => {
      await page.goto(`${base}/verwaltung/hochladen`);
      await submitUpload(page, []);
    },
    title: /^Fehler: Mitteilungen hochladen – Pressearchiv – Verwaltung$/,
    invalidFields: ['dateien'],
  },
  {
    name: 'Aufnahme mit Bericht',
    open: async (page, base) => {
      await page.goto(`${base}/verwaltung/hochladen`);
      await submitUpload(page, [fixturePath('good/smul-2025-09-12-opengraph.html'), fixturePath('bad/truncated.pdf')]);
      // The job runs in the background: reload (the page's own link) until it is done.
      for (let i = 0; i < 120 && !(await page.textContent('main'))!.includes('Fertig.'); i++) {
        await delay(500);
        await page.reload();
      }
      assert.ok(
        (await page.textContent('main'))!.includes('Fertig.'),
        `the job did not finish: ${(await page.textContent('main'))!.replace(/\s+/g, ' ').slice(0, 300)}`,
      );
    },
    title: /^Aufnahme – Pressearchiv – Verwaltung$/,
  },
  {
    name: 'Aufnahmen',
    open: async (page, base) => void (await page.goto(`${base}/verwaltung/laeufe`)),
    title: /^Aufnahmen – Pressearchiv – Verwaltung$/,
  },
];

/** Chooses `files` in the upload form (on the page) and sends it. */
async function submitUpload(page: Page, files: string[]): Promise<void> {
  if (files.length) await page.setInputFiles('#dateien', files);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Hochladen und aufnehmen' }).click()]);
}

async function designProblems(page: Page, state: AdminState): Promise<string[]> {
  const facts = await page.evaluate((invalid) => {
    const problems: string[] = [];
    const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (document.documentElement.lang !== 'de') problems.push('lang is not "de"');
    if (document.querySelectorAll('h1').length !== 1) problems.push('not exactly one h1');
    if (document.querySelectorAll('body > header, main#inhalt, body > footer').length !== 3)
      problems.push('landmarks: header, main#inhalt and footer directly in body');
    for (const nav of document.querySelectorAll('nav'))
      if (!nav.getAttribute('aria-label')) problems.push('a nav without a name');
    const first = document.querySelector('a[href], button, input:not([type=hidden])');
    if (text(first) !== 'Zum Inhalt') problems.push(`first focusable is "${text(first)}", not the skip link`);
    for (const input of document.querySelectorAll('input:not([type=hidden])')) {
      if (!(input as HTMLInputElement).labels?.length) problems.push(`input #${input.id} without a label`);
    }
    const password = document.querySelector<HTMLInputElement>('input[type=password]');
    if (password && password.autocomplete !== 'current-password') problems.push('password without autocomplete');
    if (password && (password.maxLength > 0 || password.hasAttribute('onpaste')))
      problems.push('password limits pasting');
    const summary = document.querySelector('.error-summary');
    if (invalid.length) {
      if (summary?.getAttribute('role') !== 'alert') problems.push('no error summary with role=alert');
      if (!document.title.startsWith('Fehler: ')) problems.push('title does not start with "Fehler: "');
      for (const id of invalid) {
        const field = document.getElementById(id);
        if (!summary?.querySelector(`a[href="#${id}"]`)) problems.push(`error summary: no link to #${id}`);
        if (field?.getAttribute('aria-invalid') !== 'true') problems.push(`#${id} not aria-invalid`);
        const described = (field?.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((d) => document.getElementById(d));
        if (!described.some((d) => text(d).startsWith('Fehler:')))
          problems.push(`#${id}: message not in aria-describedby`);
      }
    } else if (summary) problems.push('an error summary without an error');
    return { problems, title: document.title };
  }, state.invalidFields ?? []);
  if (!state.title.test(facts.title)) facts.problems.push(`title "${facts.title}"`);
  return facts.problems.map((p) => `${state.name}: ${p}`);
}

describe('accessibility of the admin pages in a real browser', { timeout: 300_000 }, () => {
  let meili: TestMeili;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let server: Server;
  let browser: TestBrowser;
  let page: Page;
  let base: string;

  before(
    async () => {
      meili = await startTestMeili();
      dir = await tempDir('pressearchiv-a11y-admin-');
      // Every index of the archive, as `npm start` makes them: an upload's ingest writes the word list too.
      await applyArchiveSettings(meili.admin, archiveIndexNames('pressemitteilungen'));
      const config = loadConfig({ DATA_DIR: dir.path, LOG_LEVEL: 'silent' });
      const storage = await openAdminStorage(dir.path, Date.now);
      await addAccount({ files: storage.files, actor: 'cli:test' }, 'anna', PASSWORD);
      await setMayDelete({ files: storage.files, actor: 'cli:test' }, 'anna', true);
      const report = { name: 'Erika', email: 'erika@example.org', page: '/suche', message: 'Filter nicht bedienbar.' };
      await storeFeedback(dir.path, report);
      const done = await storeFeedback(dir.path, { ...report, message: 'Kontrast zu schwach.' });
      await markFeedback(dir.path, { id: done.id, done: true, at: new Date().toISOString(), account: 'anna' });
      await waitForSuccess(meili.admin.index('pressemitteilungen').addDocuments([CORRECTED]), 'Writing a release');
      const at = new Date().toISOString();
      await new CorrectionsStore(dir.path, 'pressemitteilungen').write(CORRECTED.id, [
        { at, account: 'anna', reason: 'Tippfehler im Titel', values: { title: CORRECTED.title } },
      ]);
      const key = await ensureAdminKey(meili.admin, 'pressemitteilungen');
      const meiliClient = createMeiliClient({ host: meili.url, apiKey: key });
      server = createAdminApp({ config, meili: meiliClient, storage, log: createLogger('silent', 'a11y') }).listen(
        0,
        '127.0.0.1',
      );
      await new Promise((resolve) => server.once('listening', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      browser = await launchBrowser();
      await allowCompiledFunctions(browser.context);
      page = await browser.context.newPage();
    },
    { timeout: 120_000 },
  );
  after(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await meili?.stop();
    await dir?.remove();
  });

  for (const state of STATES) {
    test(state.name, { timeout: 90_000 }, async () => {
      await page.emulateMedia(MODES[0]!.media);
      await page.setViewportSize(DESKTOP);
      await state.open(page, base);
      const problems = await designProblems(page, state);
      problems.push(...(await targetSizeProblems(page, state.name)));
      for (const mode of MODES) {
        await page.emulateMedia(mode.media);
        const violations = await axeViolations(page, `${state.name} (${mode.name})`);
        if (violations.length) problems.push(formatViolations(violations));
      }
      for (const mode of MODES) {
        await page.emulateMedia(mode.media);
        await page.evaluate(() => {
          document.body.tabIndex = -1;
          document.body.focus();
          document.body.removeAttribute('tabindex');
          scrollTo(0, 0);
        });
        const walk = mode.media!.forcedColors === 'active' ? 'forced-colors' : 'colours';
        problems.push(...(await keyboardProblems(page, `${state.name} (Tastatur, ${mode.name})`, walk)));
      }
      await page.emulateMedia(MODES[0]!.media);
      problems.push(...(await reflowProblems(page, state.name)));
      assert.ok(problems.length === 0, `${problems.length} problem(s):\n${problems.join('\n')}`);
    });
  }
});
