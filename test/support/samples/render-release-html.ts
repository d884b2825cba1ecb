/**
 * Renders a release as a ministry web page: the release in <main>/<article> (h1, sub-headline,
 * dateline with <time>, paragraphs, footnotes, contact box) inside realistic boilerplate.
 * All release text is escaped: it is data. The layout varies a little per release (stable hash).
 */
import { formatLongDate } from './date-format.js';
import { escapeHtml as e } from './html-escape.js';
import { PAGE_STYLE, pageFooter, pageHeader, pageSidebar, type ChromeParts } from './html-page-chrome.js';
import type { SampleRelease } from './sample-release.js';
import { stableHash } from './stable-hash.js';

function domainOf(r: SampleRelease): string {
  return r.contact.email.split('@')[1] ?? 'sachsen.de';
}

function description(r: SampleRelease): string {
  const first = r.body[0] ?? '';
  return first.length <= 160 ? first : `${first.slice(0, first.lastIndexOf(' ', 157))} …`;
}

function contactBox(r: SampleRelease): string {
  const tel = r.contact.phone.replace(/[^+\d]/g, '');
  return `<aside class="contact-box" aria-labelledby="pressekontakt">
<h2 id="pressekontakt">Pressekontakt</h2>
<dl>
<dt>Ihr Ansprechpartner</dt><dd>${e(r.contact.name)}</dd>
<dt>Telefon</dt><dd><a href="tel:${tel}">${e(r.contact.phone)}</a></dd>
<dt>E-Mail</dt><dd><a href="mailto:${e(r.contact.email)}">${e(r.contact.email)}</a></dd>
</dl>
</aside>`;
}

function footnotes(r: SampleRelease): string {
  const notes = r.footnotes ?? [];
  if (notes.length === 0) return '';
  const items = notes.map((n, i) => `<li id="fn${i + 1}">${e(n)}</li>`).join('\n');
  return `<ol class="footnotes">\n${items}\n</ol>`;
}

function article(r: SampleRelease, variant: number): string {
  const dateline = `<p class="dateline">${e(r.place ?? 'Dresden')}, <time datetime="${r.date}">${formatLongDate(r.date)}</time></p>`;
  const subtitleTag = variant % 2 === 0 ? 'h2' : 'p';
  const subtitle = r.subtitle ? `<${subtitleTag} class="lead">${e(r.subtitle)}</${subtitleTag}>` : '';
  const heading = `<p class="news-type">Medieninformation</p>\n<h1>${e(r.title)}</h1>\n${subtitle}`;
  const head = variant % 3 === 0 ? `${dateline}\n${heading}` : `${heading}\n${dateline}`;
  const body = r.body.map((p) => `<p>${e(p)}</p>`).join('\n');
  return `<article class="news">
${head}
<div class="news-text">
${body}
</div>
${footnotes(r)}
${contactBox(r)}
<ul class="share"><li><a href="mailto:?subject=${encodeURIComponent(r.title)}">Per E-Mail teilen</a></li><li><a href="#" data-print>Seite drucken</a></li></ul>
</article>`;
}

export function renderReleaseHtml(r: SampleRelease): string {
  const variant = stableHash(r.key);
  const parts: ChromeParts = {
    title: r.title,
    sender: r.sender,
    domain: domainOf(r),
    year: r.date.slice(0, 4),
    variant,
  };
  const dateMeta = variant % 2 === 0 ? 'date' : 'DC.date';
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(r.title)} - ${e(r.sender)} - sachsen.de</title>
<meta name="description" content="${e(description(r))}">
<meta name="${dateMeta}" content="${r.date}">
<meta name="DC.publisher" content="${e(r.sender)}">
<meta property="og:type" content="article">
<meta property="og:title" content="${e(r.title)}">
<link rel="stylesheet" href="/css/sachsen.min.css">
<style>
${PAGE_STYLE}
</style>
<script>var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']);</script>
</head>
<body class="page-news">
${pageHeader(parts)}
<div class="layout">
<main id="inhalt">
${article(r, variant)}
</main>
${pageSidebar(parts)}
</div>
${pageFooter(parts)}
</body>
</html>
`;
}
