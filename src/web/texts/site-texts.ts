/**
 * The short German strings of the site (labels, headings, hints, link texts), in one place for
 * review: view-models use TEXT, templates read the same object as `@t` (view-engine.ts). Error pages
 * and messages are in error-texts.ts; the facets' legends and list links are defined with each facet
 * (src/web/search/facets/facet-registry.ts); long prose pages (Impressum, Leichte Sprache …) stay
 * templates.
 */
export const SITE_NAME = 'Pressearchiv';

export const TEXT = {
  searchHeading: 'Pressemitteilungen durchsuchen',
  queryLabel: 'Suchbegriff',
  // In words: at their default punctuation level screen readers skip quotation marks and the minus.
  queryHint:
    'Genaue Wortfolge: in Anführungszeichen setzen, z. B. „Hightech Agenda“. Ein Wort ausschließen: ein Minuszeichen direkt davor, z. B. -Konferenz.',
  searchButton: 'Suchen',
  applyFilters: 'Filter anwenden',
  filtersHeading: 'Suchergebnisse filtern',
  /** The unit of a count, for screen readers (visually hidden): „(1 Mitteilung)“, „(41 Mitteilungen)“. */
  countUnit: (count: number) => (count === 1 ? ' Mitteilung' : ' Mitteilungen'),
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
  /** The chosen order in the results heading and the title („65 Treffer für „Polizei“ – neueste zuerst“). */
  sortNamed: { relevanz: 'nach Relevanz', neueste: 'neueste zuerst', aelteste: 'älteste zuerst' },
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
  /** The link from the count above the filters (narrow screens) to the results. */
  jumpToResults: 'Zu den Treffern',
  /** Hidden after a title that appears with the same sender and day more than once on a page. */
  titleNumber: (n: number) => `Nummer ${n}`,
  depthNotice: (results: string) =>
    `Mit einem Suchbegriff lassen sich nur die ersten ${results} Treffer durchblättern. Um weitere zu sehen, grenzen Sie die Suche mit Filtern ein oder ändern Sie die Sortierung.`,
  /** When some hits contain only part of the query's words (issue 21: the search was broadened). */
  allWordsCount: (all: number, allText: string, restText: string, rest: number) =>
    all === 0
      ? `Kein Treffer enthält alle Wörter der Suche, ${rest === 1 ? 'der eine enthält' : `alle ${restText} enthalten`} nur einen Teil davon.`
      : `${allText} ${all === 1 ? 'Treffer enthält' : 'Treffer enthalten'} alle Wörter, ${restText} ${rest === 1 ? 'weiterer' : 'weitere'} nur einen Teil.`,
  /** Before the link to the corrected search of a weak result: „Meinten Sie „Kita Pankow“?“ */
  didYouMean: 'Meinten Sie',
  /** A year typed with other words is not searched as a word; the page offers it as a filter. */
  yearInQuery: (year: number) => `Die Jahreszahl ${year} wurde nicht als Suchwort verwendet.`,
  onlyYear: (year: number) => `Nur ${year} anzeigen`,
  singleCharacter:
    'Ein einzelnes Zeichen findet nur Mitteilungen, in denen es als eigenes Wort steht, nicht jedes Wort, das damit beginnt. Für mehr Treffer geben Sie ein ganzes Wort ein.',
  ignoredWords: (words: string) =>
    `Gesucht wurde nur nach den ersten zehn Wörtern Ihrer Eingabe. Nicht berücksichtigt: „${words}“.`,
  topicsLabel: 'Themen',
  /** The mark of an invented sample release on every surface (result list, page, feed, API, exports). */
  sampleLabel: 'Beispieldaten – keine echte Mitteilung',
  similarHeading: 'Ähnliche Mitteilungen',
  sourceTypes: { pdf: 'PDF-Dokument', html: 'HTML-Seite', tiff: 'TIFF-Bild', png: 'PNG-Bild', jpeg: 'JPEG-Bild' },
  downloadOriginal: (type: string, size: string) => `Original herunterladen (${type}, ${size})`,
  layout: {
    skipToContent: 'Zum Inhalt',
    skipToResults: 'Zu den Suchergebnissen',
    homeSuffix: ' – Startseite',
    mainNav: 'Hauptnavigation',
    footerNav: 'Rechtliches und Barrierefreiheit',
    searchHelp: 'Suchhilfe',
    easyLanguage: 'Leichte Sprache',
    signLanguage: 'Gebärdensprache',
    accessibilityStatement: 'Erklärung zur Barrierefreiheit',
    reportBarrier: 'Barriere melden',
    imprint: 'Impressum',
    privacy: 'Datenschutz',
  },
  searchLandmark: 'Pressemitteilungen',
  removeFilterHidden: 'Filter entfernen: ',
  pageHidden: ' Seite',
  pageNumber: 'Seite',
  noHitsTips: {
    intro: 'So finden Sie vielleicht doch etwas:',
    items: [
      'Prüfen Sie die Schreibweise.',
      'Verwenden Sie weniger oder allgemeinere Suchbegriffe.',
      'Entfernen Sie Filter oder wählen Sie einen größeren Zeitraum.',
    ],
    moreBefore: 'Mehr dazu in der ',
  },
  start: {
    totalBefore: 'Das Pressearchiv enthält ',
    totalAfter: ' Pressemitteilungen von Ministerien und Behörden.',
    howSearchWorks: 'So funktioniert die Suche',
    easyLanguageInfo: 'Informationen in Leichter Sprache',
    newestHeading: 'Neueste Mitteilungen',
    allReleasesLink: 'Alle Mitteilungen ansehen',
    bySenderHeading: 'Nach Behörde',
    byTopicHeading: 'Nach Thema',
    /** When the archive holds invented sample releases (count in words or digits). */
    samplesNotice: (count: string, one: boolean) =>
      `Das Archiv enthält ${one ? 'eine erfundene Beispielmitteilung' : `${count} erfundene Beispielmitteilungen`} zum Ausprobieren. ${one ? 'Sie ist' : 'Sie sind'} überall mit „Beispieldaten – keine echte Mitteilung“ gekennzeichnet.`,
  },
  release: {
    date: 'Datum',
    sender: 'Behörde',
    formerly: 'damals',
    topics: 'Themen',
    type: 'Art',
    event: 'Termin',
    eventDownload: 'Termin in den Kalender übernehmen (iCalendar-Datei)',
    footnotes: 'Fußnoten',
    /** The name of a footnote mark in the text (its visible text is the mark, „¹“). */
    footnoteMark: (n: number) => `Fußnote ${n}`,
    /** The link from a note back to its mark in the text; the note's name follows, hidden. */
    footnoteBack: 'zurück zum Text',
    footnoteBackContext: (n: number) => `(Fußnote ${n})`,
    ocrNotice: 'Text durch Texterkennung gewonnen – kann Fehler enthalten',
    /** Before the source address of an original, which follows as a link. */
    publishedAt: 'Veröffentlicht unter',
    /** An archivist's correction of the metadata: when, which fields (not their old values), why. */
    corrected: (day: string) => `Metadaten korrigiert am ${day}:`,
    correctionReason: 'Grund:',
    /** The names of the fields a correction can change (also on the admin pages). */
    correctableFields: {
      title: 'Titel',
      subtitle: 'Unterzeile',
      date: 'Datum',
      sender: 'Behörde',
      topics: 'Themen',
      type: 'Art',
      sourceUrl: 'Quellenadresse',
      contact: 'Kontakt',
    },
    /** On an invented sample release: label, then what it is. */
    inventedSample: {
      label: 'Beispieldaten – keine echte Mitteilung.',
      text: 'Inhalt, Personen und Zahlen sind für das Pressearchiv erfunden; die genannte Behörde hat diese Mitteilung nicht veröffentlicht.',
    },
    /** On the real release among the samples: label, the portal it was published in (a link), what the files are. */
    recreatedSample: {
      label: 'Beispiel aus einer echten Mitteilung.',
      before: 'Die Behörde hat sie im',
      after:
        'veröffentlicht; die genaue Adresse der Mitteilung ist hier nicht bekannt. Die Dateien hat das Projekt Pressearchiv aus dem veröffentlichten Text nachgebaut.',
    },
    /** The name of a table's scrolling region when the table has no caption. */
    tableLabel: (n: number) => `Tabelle ${n}`,
    noReadingVersion:
      'Dieses Dokument besteht vor allem aus Tabellen, die sich nicht verlässlich als Text lesen lassen. Eine Lesefassung gibt es deshalb nicht; bitte nutzen Sie die Originaldatei. Wenn Sie eine barrierefreie Fassung brauchen, schreiben Sie uns über „Barriere melden“.',
  },
  feed: {
    subscribe: 'Diese Suche als Feed abonnieren',
    subscribeAll: 'Alle Mitteilungen als Feed abonnieren',
  },
  /** Printed release pages (views/static/print.css): before the page's address at the top. */
  print: { pageAddress: 'Adresse dieser Seite:' },
  /** Downloads of a search (/suche.csv, /api/suche.jsonl); the columns are explained on /suchhilfe. */
  export: {
    fileName: 'Pressearchiv-Suche',
    /** The link on results pages. */
    download: (most: string) => `Ergebnisse als Tabelle herunterladen (CSV, bis zu ${most} Treffer)`,
    /** The CSV's columns in their order: the header row, and their meaning on /suchhilfe. */
    columns: [
      { name: 'Datum', meaning: 'Tag der Veröffentlichung, als Jahr-Monat-Tag (2026-06-02).' },
      { name: 'Titel', meaning: 'Überschrift der Mitteilung.' },
      { name: 'Untertitel', meaning: 'Unterzeile, wenn die Mitteilung eine hat.' },
      { name: 'Behörde', meaning: 'Name der Behörde, die die Mitteilung herausgegeben hat.' },
      { name: 'Kürzel', meaning: 'Kurzname der Behörde, wie ihn der Filter im Link verwendet (z. B. SMK).' },
      { name: 'Themen', meaning: 'Themen der Mitteilung, durch Komma getrennt.' },
      { name: 'Zusammenfassung', meaning: 'Die ersten Sätze der Mitteilung, ohne Hervorhebungen.' },
      { name: 'Adresse', meaning: 'Dauerhafte Internetadresse der Mitteilung in diesem Archiv.' },
      { name: 'Kennung', meaning: 'Kennung der Mitteilung im Archiv und in der Schnittstelle.' },
      {
        name: 'Art',
        meaning:
          'Art der Mitteilung: Medieninformation, Medieneinladung, Polizeibericht, Rede, Interview oder Sonstiges; leer bei Mitteilungen, die vor der Einführung der Art aufgenommen wurden.',
      },
      {
        name: 'Hinweis',
        meaning: '„Beispieldaten – keine echte Mitteilung“ bei erfundenen Beispielmitteilungen, sonst leer.',
      },
    ],
  },
  citation: {
    heading: 'Zitieren',
    sender: 'Herausgeber',
    title: 'Titel',
    date: 'Datum',
    url: 'Dauerhafte Adresse',
    accessed: 'Abgerufen am',
    plainLabel: 'Zum Kopieren',
    plainHint: 'Markieren Sie den Text und kopieren Sie ihn.',
    plain: (sender: string, title: string, date: string, url: string, accessed: string) =>
      `${sender}: „${title}“, ${date}. ${url} (abgerufen am ${accessed}).`,
  },
  openSearch: {
    /** What browsers offer for the site's search field. */
    linkTitle: 'Pressearchiv durchsuchen',
    description: 'Pressemitteilungen von Ministerien und Behörden im Pressearchiv durchsuchen',
  },
  contact: { heading: 'Kontakt für Rückfragen', phone: 'Telefon', email: 'E-Mail' },
  provenance: {
    heading: 'Herkunft',
    madeFromOne: 'Diese Seite wurde aus der folgenden Originaldatei erstellt.',
    madeFromMany: 'Diese Seite wurde aus den folgenden Originaldateien erstellt.',
    ingested: 'Aufgenommen ins Archiv',
    file: 'Datei',
    type: 'Art',
    pages: 'Seiten',
    size: 'Größe',
    ocr: 'Texterkennung',
    ocrPages: (pages: string, confidence: string) => `Seite ${pages}, mittlere Erkennungssicherheit ${confidence} %`,
  },
  errorPage: { home: 'Zur Startseite', or: ' oder ', searchAll: 'alle Mitteilungen durchsuchen' },
  legalPages: {
    '/barrierefreiheit': 'Erklärung zur Barrierefreiheit',
    '/leichte-sprache': 'Leichte Sprache',
    '/gebaerdensprache': 'Gebärdensprache',
    '/impressum': 'Impressum',
    '/datenschutz': 'Datenschutz',
  },
  feedback: {
    heading: 'Barriere melden',
    intro:
      'Ist Ihnen auf dieser Website eine Barriere aufgefallen? Oder brauchen Sie einen Inhalt in einer anderen Form? Schreiben Sie uns. Wir antworten innerhalb eines Monats, wenn Sie eine E-Mail-Adresse angeben.',
    nameLabel: 'Ihr Name (freiwillig)',
    emailLabel: 'Ihre E-Mail-Adresse (freiwillig)',
    emailHint: 'Nur wenn Sie eine Antwort möchten.',
    pageLabel: 'Auf welcher Seite ist die Barriere? (freiwillig)',
    pageHint: 'Zum Beispiel die Adresse der Seite oder der Titel einer Mitteilung.',
    messageLabel: 'Beschreibung der Barriere',
    messageHintBefore: 'Höchstens ',
    messageHintAfter: ' Zeichen.',
    send: 'Meldung senden',
    privacyBefore: 'Was mit Ihren Angaben geschieht, steht in der ',
    privacyLink: 'Datenschutzerklärung',
    sentTitle: 'Meldung gesendet',
    sentHeading: 'Vielen Dank für Ihre Meldung',
    sentNumberBefore: 'Wir haben Ihre Meldung gespeichert. Ihre Vorgangsnummer ist ',
    sentReply: 'Wenn Sie eine E-Mail-Adresse angegeben haben, antworten wir Ihnen innerhalb eines Monats.',
    tooManyTitle: 'Zu viele Meldungen',
    tooMany: (minutes: number) =>
      `Sie haben in kurzer Zeit mehrere Meldungen gesendet. Ihr Text steht unten noch im Formular. Bitte senden Sie ihn in ${minutes === 1 ? 'einer Minute' : `${minutes} Minuten`} noch einmal.`,
  },
} as const;

/** "„Gentherapie“ – 42 Treffer – Seite 2 – Pressearchiv" */
export function titleOf(...parts: Array<string | undefined>): string {
  return [...parts.filter((p): p is string => p !== undefined && p !== ''), SITE_NAME].join(' – ');
}
