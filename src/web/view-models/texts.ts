/**
 * The German strings of the search site that code puts together, in one place for review. The facets'
 * legends and list links are defined with each facet (src/web/search/facets/facet-registry.ts).
 */
export const SITE_NAME = 'Pressearchiv';

export const TEXT = {
  searchHeading: 'Pressemitteilungen durchsuchen',
  queryLabel: 'Suchbegriff',
  queryHint: 'Genaue Wortfolge in Anführungszeichen, Wörter ausschließen mit Minus, z. B. „Hightech Agenda“ -Konferenz',
  searchButton: 'Suchen',
  applyFilters: 'Filter anwenden',
  filtersHeading: 'Suchergebnisse filtern',
  dateLegend: 'Veröffentlicht im Zeitraum',
  dateHint: 'z. B. 2024 oder 21.11.2024',
  fromLabel: 'Von',
  toLabel: 'Bis',
  activeFiltersHeading: 'Aktive Filter',
  clearFilters: 'Alle Filter entfernen',
  errorSummaryTitle: 'Es gibt ein Problem',
  errorPrefix: 'Fehler: ',
  sortHeading: 'Sortierung',
  sortLabels: { relevanz: 'Relevanz', neueste: 'Neueste zuerst', aelteste: 'Älteste zuerst' },
  paginationLabel: 'Seitennummerierung',
  previousPage: 'Vorherige',
  nextPage: 'Nächste',
  pageWord: 'Seite',
  pageOf: (page: number, pages: number) => `${page} von ${pages}`,
  allReleases: 'Alle Mitteilungen',
  noHitsHeading: 'Keine Treffer',
  pastLastPage: (pages: number) => `Diese Seite gibt es nicht: Die Ergebnisse reichen bis Seite ${pages}.`,
  backToLastPage: 'Zur letzten Ergebnisseite',
  withoutFilters: (count: string) => `Ohne Filter gibt es ${count} Treffer für diese Suche.`,
  showWithoutFilters: 'Suche ohne Filter anzeigen',
  hitsFor: (countText: string, q: string) => `${countText} Treffer für „${q}“`,
  topicsLabel: 'Themen',
  similarHeading: 'Ähnliche Mitteilungen',
  sourceTypes: { pdf: 'PDF-Dokument', html: 'HTML-Seite' },
  downloadOriginal: (type: string, size: string) => `Original herunterladen (${type}, ${size})`,
} as const;

/** "„Gentherapie“ – 42 Treffer – Seite 2 – Pressearchiv" */
export function titleOf(...parts: Array<string | undefined>): string {
  return [...parts.filter((p): p is string => p !== undefined && p !== ''), SITE_NAME].join(' – ');
}
