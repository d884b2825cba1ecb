/**
 * The page design the issue asks for, checked in the rendered page: lang="de", one h1, a title that
 * says where you are, landmarks, skip links, footer links to the BITV pages, facet groups as
 * fieldset/legend, date fields as text inputs with hint and error in aria-describedby, the error
 * summary, the result list as <ol>, the result count as the results heading and a spelling suggestion
 * as a visible link below it.
 */
import type { Page } from 'playwright-core';
import type { PageState } from './page-states.js';

export const FOOTER_PAGES = [
  '/barrierefreiheit',
  '/barriere-melden',
  '/leichte-sprache',
  '/gebaerdensprache',
  '/impressum',
  '/datenschutz',
];
export const DATE_HINT = 'z. B. 2024 oder 21.11.2024';

interface PageFacts {
  lang: string;
  title: string;
  h1: string[];
  problems: string[];
}

export async function structureProblems(page: Page, state: PageState): Promise<string[]> {
  const facts: PageFacts = await page.evaluate(
    ({ kind, results, suggestion, invalidFields, footerPages, dateHint }) => {
      const problems: string[] = [];
      const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const describedBy = (el: Element): Element[] =>
        (el.getAttribute('aria-describedby') ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => document.getElementById(id))
          .filter((e): e is HTMLElement => e !== null);
      const count = (selector: string): number => document.querySelectorAll(selector).length;

      // Landmarks: banner, main, contentinfo are top-level; every nav and search is named.
      if (count('body > header') !== 1) problems.push('landmark: one <header> (banner) directly in <body>');
      if (count('main') !== 1 || document.querySelector('main')?.id !== 'inhalt') {
        problems.push('landmark: one <main id="inhalt">');
      }
      if (count('body > footer') !== 1) problems.push('landmark: one <footer> (contentinfo) directly in <body>');
      if (!document.querySelector('body > header nav')) problems.push('landmark: main navigation (<nav>) in header');
      for (const el of document.querySelectorAll('nav, search, [role=search]')) {
        if (!el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby')) {
          problems.push(`landmark: <${el.tagName.toLowerCase()}> without a name`);
        }
      }
      const searches = document.querySelectorAll('search, [role=search]');
      if ((kind === 'start' || kind === 'search') && searches.length === 0) problems.push('landmark: no search');

      // Skip links: "Zum Inhalt" first; "Zu den Suchergebnissen" next on pages with results.
      const focusables = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')];
      const first = focusables[0];
      if (!first || text(first) !== 'Zum Inhalt' || first.getAttribute('href') !== '#inhalt') {
        problems.push(`skip link: first focusable element must be "Zum Inhalt" → #inhalt, is "${text(first)}"`);
      }
      if (results) {
        const second = focusables[1];
        if (!second || text(second) !== 'Zu den Suchergebnissen' || second.getAttribute('href') !== '#ergebnisse') {
          problems.push(`skip link: second focusable element must be "Zu den Suchergebnissen" → #ergebnisse`);
        }
      }

      // Footer: the BITV pages from every page.
      // By path: „Barriere melden“ carries the page it is followed from (?seite=).
      const footerLinks = [...document.querySelectorAll<HTMLAnchorElement>('body > footer a')].map((a) => a.pathname);
      for (const path of footerPages) {
        if (!footerLinks.includes(path)) problems.push(`footer: no link to ${path}`);
      }

      // Forms: every checkbox in a fieldset with a legend and a label; date fields as text with hint.
      for (const box of document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
        const fieldset = box.closest('fieldset');
        if (!fieldset || !text(fieldset.querySelector(':scope > legend'))) {
          problems.push(`facet: checkbox ${box.name}=${box.value} not in a fieldset with a legend`);
        }
        if (!box.labels?.length || !text(box.labels[0])) problems.push(`facet: checkbox ${box.value} without label`);
      }
      if (kind === 'search') {
        for (const id of ['von', 'bis']) {
          const input = document.getElementById(id) as HTMLInputElement | null;
          if (!input) {
            problems.push(`date: no field #${id}`);
            continue;
          }
          if (input.type !== 'text') problems.push(`date: #${id} is type=${input.type}, not a text input`);
          const hint = describedBy(input).find((e) => text(e) === dateHint);
          if (!hint) problems.push(`date: #${id} not described by the hint "${dateHint}"`);
          // Read once: no group around the field is described by the same hint.
          for (let up = input.parentElement; hint && up; up = up.parentElement) {
            if (describedBy(up).includes(hint)) problems.push(`date: hint of #${id} read twice (also on its group)`);
          }
        }
        const legend = document.querySelector('#von')?.closest('fieldset')?.querySelector('legend');
        if (!text(legend)) problems.push('date: fields not in a fieldset with a legend');
      }

      // Error summary and invalid fields.
      if (invalidFields.length > 0) {
        const summary = document.querySelector('.error-summary');
        if (!summary || summary.getAttribute('role') !== 'alert') problems.push('error summary: none with role=alert');
        if (summary && document.activeElement !== summary) problems.push('error summary: not focused on load');
        if (text(summary?.querySelector('h2')) !== 'Es gibt ein Problem') {
          problems.push('error summary: heading "Es gibt ein Problem" missing');
        }
        const targets = [...(summary?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
        if (!document.title.startsWith('Fehler: ')) problems.push('error: <title> does not start with "Fehler: "');
        for (const id of invalidFields) {
          const field = document.getElementById(id);
          if (!targets.includes(`#${id}`)) problems.push(`error summary: no link to #${id}`);
          if (field?.getAttribute('aria-invalid') !== 'true') problems.push(`error: #${id} not aria-invalid`);
          if (!field || !describedBy(field).some((e) => text(e).startsWith('Fehler:'))) {
            problems.push(`error: message of #${id} not in its aria-describedby`);
          }
        }
      } else if (document.querySelector('.error-summary, [aria-invalid=true]')) {
        problems.push('error: error summary or invalid field on a page without input errors');
      }

      // Results: the count is the results heading (no script updates the page); hits as an ordered list.
      if (results) {
        const heading = document.querySelector('h2#ergebnisse');
        if (!/^\d[\d.]* Treffer\b/.test(text(heading))) {
          problems.push(`results: heading h2#ergebnisse must state the count, is "${text(heading)}"`);
        }
        if (document.scripts.length > 0 && !document.querySelector('[role=status]')) {
          problems.push('results: scripts on the page but no role=status region for the count');
        }
        const items = document.querySelectorAll('ol.results-list > li');
        if (results === 'hits' && items.length === 0) problems.push('results: hits not in an ordered list');
        if (results === 'none' && items.length > 0) problems.push('results: list shown for no hits');
      }

      // A spelling suggestion: a visible link to the corrected search, right below the count.
      if (suggestion !== null) {
        const shown = document.querySelector('h2#ergebnisse + p.suggestion');
        const link = shown?.querySelector('a');
        const target = new URL(link?.getAttribute('href') ?? '', location.href);
        if (text(shown) !== `Meinten Sie „${suggestion}“?`) {
          problems.push(`suggestion: "Meinten Sie „${suggestion}“?" not right below the count, is "${text(shown)}"`);
        }
        if (!link || link.getClientRects().length === 0 || target.searchParams.get('q') !== suggestion) {
          problems.push(`suggestion: no visible link to the search for "${suggestion}"`);
        }
      }
      return {
        lang: document.documentElement.lang,
        title: document.title,
        h1: [...document.querySelectorAll('h1')].map(text),
        problems,
      };
    },
    {
      kind: state.kind,
      results: state.results ?? null,
      suggestion: state.suggestion ?? null,
      invalidFields: state.invalidFields ?? [],
      footerPages: FOOTER_PAGES,
      dateHint: DATE_HINT,
    },
  );
  const problems = [...facts.problems];
  if (facts.lang !== 'de') problems.push(`<html lang="${facts.lang}">, expected "de"`);
  if (facts.h1.length !== 1) problems.push(`${facts.h1.length} h1 elements, expected one`);
  const titleOk =
    state.kind === 'release' ? facts.title.startsWith(`${facts.h1[0]} – `) : state.title.test(facts.title);
  if (!titleOk) problems.push(`<title> "${facts.title}" does not say where you are (${state.title})`);
  return problems.map((p) => `${state.name}: ${p}`);
}
