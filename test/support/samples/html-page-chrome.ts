/**
 * The boilerplate of a ministry web page around a release: cookie banner, header with navigation
 * and search form, breadcrumb, "Weitere Meldungen", footer, scripts. An extractor must drop all of it.
 */
import { escapeHtml as e } from './html-escape.js';

const OTHER_HEADLINES = [
  'Sprechstunde der Ministerin im Landkreis Meißen',
  'Neue Broschüre zum Ehrenamt erschienen',
  'Staatssekretärin besucht Berufsschulzentrum in Plauen',
  'Ausschreibung: Landespreis für Heimatforschung',
  'Girls’ Day im Ministerium: Anmeldung geöffnet',
  'Terminhinweis: Pressekonferenz am Dienstag',
  'Sommerfest der Landesvertretung in Berlin',
  'Fotowettbewerb „Sachsen entdecken“ gestartet',
];

export const PAGE_STYLE = `body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1a1a1a}
.skip-link{position:absolute;left:-999px}.skip-link:focus{left:1rem}
.cookie-banner{background:#f2f2f2;padding:1rem;border-bottom:2px solid #00843d}
.site-header,.breadcrumb,.layout,.site-footer{max-width:70rem;margin:0 auto;padding:0 1rem}
.layout{display:flex;gap:2rem}main{flex:3}.sidebar{flex:1}
.contact-box{border:1px solid #ccc;padding:1rem;margin-top:2rem}.lead{font-weight:bold}`;

export interface ChromeParts {
  title: string;
  sender: string;
  domain: string;
  year: string;
  variant: number;
}

export function pageHeader(p: ChromeParts): string {
  // Paths only: the sample pages invent no addresses on the senders' real domains.
  const base = '';
  const nav = ['Startseite', 'Themen', 'Ministerium', 'Service', 'Presse']
    .map((label) => {
      const current = label === 'Presse' ? ' aria-current="true"' : '';
      return `<li><a href="${base}/${label.toLowerCase()}.html"${current}>${label}</a></li>`;
    })
    .join('');
  return `<div class="cookie-banner" id="cookie-banner" role="dialog" aria-label="Hinweis zu Cookies">
<p>Wir verwenden Cookies, um die Nutzung dieser Website statistisch auszuwerten. Sie entscheiden, ob Sie dies zulassen. <a href="${base}/datenschutz.html">Mehr erfahren</a></p>
<button type="button" data-consent="all">Alle akzeptieren</button> <button type="button" data-consent="none">Nur notwendige Cookies</button>
</div>
<a class="skip-link" href="#inhalt">Direkt zum Inhalt</a>
<header class="site-header">
<a class="logo" href="https://www.sachsen.de/"><img src="/img/logo-freistaat-sachsen.svg" alt="Freistaat Sachsen" width="160" height="48"></a>
<p class="site-name"><a href="${base}/">${e(p.sender)}</a></p>
<nav class="main-nav" aria-label="Hauptnavigation"><ul>${nav}</ul></nav>
<form class="site-search" role="search" action="${base}/suche.html" method="get">
<label for="suchbegriff">Suchbegriff</label> <input id="suchbegriff" name="q" type="search"> <button type="submit">Suchen</button>
</form>
</header>
<nav class="breadcrumb" aria-label="Sie sind hier"><ol>
<li><a href="${base}/">Startseite</a></li><li><a href="${base}/presse.html">Presse</a></li>
<li><a href="${base}/medieninformationen-${p.year}.html">Medieninformationen ${p.year}</a></li>
<li aria-current="page">${e(p.title)}</li>
</ol></nav>`;
}

export function pageSidebar(p: ChromeParts): string {
  const items = [0, 1, 2, 3]
    .map((i) => OTHER_HEADLINES[(p.variant + i * 3) % OTHER_HEADLINES.length] ?? '')
    .map((headline, i) => `<li><a href="/presse/meldung-${p.variant % 1000}${i}.html">${e(headline)}</a></li>`)
    .join('\n');
  return `<aside class="sidebar" aria-labelledby="weitere-meldungen">
<h2 id="weitere-meldungen">Weitere Meldungen</h2>
<ul>
${items}
</ul>
<p><a href="/presse.html">Alle Medieninformationen</a></p>
</aside>`;
}

export function pageFooter(p: ChromeParts): string {
  // Paths only: the sample pages invent no addresses on the senders' real domains.
  const base = '';
  return `<footer class="site-footer">
<nav aria-label="Service"><ul>
<li><a href="${base}/impressum.html">Impressum</a></li><li><a href="${base}/datenschutz.html">Datenschutz</a></li>
<li><a href="${base}/barrierefreiheit.html">Erklärung zur Barrierefreiheit</a></li><li><a href="${base}/kontakt.html">Kontakt</a></li>
</ul></nav>
<p>© ${p.year} Freistaat Sachsen · ${e(p.sender)}</p>
</footer>
<script src="/js/cookie-consent.min.js"></script>
<script>
document.querySelectorAll('#cookie-banner button').forEach(function (b) {
  b.addEventListener('click', function () { document.getElementById('cookie-banner').hidden = true; });
});
</script>`;
}
