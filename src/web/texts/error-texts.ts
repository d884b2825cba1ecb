/**
 * The German error texts of the site, in one place for review: error pages by status, the messages
 * of invalid search parameters and of the „Barriere melden“ form, and the JSON API's error. Limits
 * are passed in, so this module depends on nothing. The year facet's message is defined with the
 * facet (src/web/search/facets/facet-registry.ts).
 */

export interface ErrorPageText {
  title: string;
  heading: string;
  message: string;
}

/** Error pages by HTTP status; any other status shows the 500 page. */
export const ERROR_PAGES: Readonly<Record<400 | 404 | 413 | 429 | 500 | 503, ErrorPageText>> = {
  400: {
    title: 'Ungültige Anfrage',
    heading: 'Die Anfrage ist ungültig',
    message: 'Die Adresse enthält Angaben, die wir nicht verarbeiten können.',
  },
  404: {
    title: 'Seite nicht gefunden',
    heading: 'Seite nicht gefunden',
    message: 'Unter dieser Adresse gibt es keine Seite. Bitte prüfen Sie die Adresse oder nutzen Sie die Suche.',
  },
  413: {
    title: 'Anfrage zu groß',
    heading: 'Die Anfrage ist zu groß',
    message: 'Bitte kürzen Sie Ihre Eingabe.',
  },
  429: {
    title: 'Zu viele Anfragen',
    heading: 'Zu viele Suchanfragen',
    message:
      'Von Ihrer Adresse kamen in kurzer Zeit sehr viele Suchanfragen. Bitte warten Sie einen Moment und versuchen Sie es dann noch einmal.',
  },
  503: {
    title: 'Suche nicht erreichbar',
    heading: 'Die Suche ist gerade nicht erreichbar',
    message: 'Die Suche ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten noch einmal.',
  },
  500: {
    title: 'Technischer Fehler',
    heading: 'Es ist ein technischer Fehler aufgetreten',
    message: 'Bitte versuchen Sie es später noch einmal.',
  },
};

export const ERROR_TEXT = {
  apiNotFound: 'Nicht gefunden.',
  /** The 503 page when the search is overloaded (the fair queue refused the search) rather than unreachable. */
  searchOverloaded: {
    title: 'Suche ausgelastet',
    heading: 'Die Suche ist gerade ausgelastet',
    message: 'Gerade kommen sehr viele Suchanfragen. Bitte versuchen Sie es in einigen Sekunden noch einmal.',
  },
  noSuchRelease: 'Eine Mitteilung mit dieser Kennung gibt es im Archiv nicht.',
  /** The 410 page and API answer of a withdrawn release: when and why, never its text. */
  withdrawn: {
    title: 'Mitteilung zurückgezogen',
    heading: 'Mitteilung zurückgezogen',
    message: (day: string) => `Diese Mitteilung wurde am ${day} zurückgezogen.`,
    release: (title: string, date: string) => (date ? `„${title}“ vom ${date}` : `„${title}“`),
    releaseLabel: 'Mitteilung',
    reasonLabel: 'Grund',
  },
  noEvent: 'Zu dieser Mitteilung gibt es keinen Termin zum Herunterladen.',
  originalMissing: 'Die Originaldatei dieser Mitteilung ist im Archiv nicht vorhanden.',
  reportFromOtherSite: {
    title: 'Meldung nicht angenommen',
    heading: 'Ihre Meldung wurde nicht angenommen',
    message:
      'Die Meldung kam nicht vom Formular dieser Website. Bitte öffnen Sie „Barriere melden“ auf dieser Website und senden Sie Ihre Meldung dort.',
  },
  reportNotStored: (operatorEmail: string): ErrorPageText => ({
    title: 'Meldung nicht möglich',
    heading: 'Ihre Meldung konnte nicht gespeichert werden',
    message: `Bitte schreiben Sie uns eine E-Mail an ${operatorEmail}.`,
  }),
} as const;

/** Invalid parameters of /suche and /api/suche. */
export const SEARCH_INPUT_MESSAGES = {
  once: (name: string) => `Der Parameter „${name}“ darf nur einmal angegeben werden.`,
  invalidList: (name: string) => `Der Parameter „${name}“ hat ein ungültiges Format.`,
  tooManyValues: (name: string, max: number) => `Für „${name}“ sind höchstens ${max} Werte erlaubt.`,
  valueTooLong: (name: string) => `Ein Wert für „${name}“ ist zu lang.`,
  queryTooLong: (max: number) => `Suchbegriff zu lang: Bitte verwenden Sie höchstens ${max} Zeichen.`,
  from: '„Von“ muss ein Datum sein, zum Beispiel 2024, 3.2024 oder 21.11.2024.',
  to: '„Bis“ muss ein Datum sein, zum Beispiel 2024, 3.2024 oder 21.11.2024.',
  reversed: '„Bis“ muss gleich oder nach „Von“ liegen.',
  /** A date field („Von“, „Bis“) of a date's shape that names no real day. */
  noSuchDay: (field: string, day: number, month: string, year: number, days: number) =>
    `„${field}“: Den ${day}. ${month} ${year} gibt es nicht, der ${month} ${year} hat ${days} Tage.`,
  noSuchMonth: (field: string, month: number) =>
    `„${field}“: Einen ${month}. Monat gibt es nicht. Der Monat muss eine Zahl von 1 bis 12 sein.`,
  yearOutOfRange: (field: string, min: number, max: number) =>
    `„${field}“: Das Jahr muss zwischen ${min} und ${max} liegen.`,
  sort: '„sortierung“ muss „relevanz“, „neueste“ oder „aelteste“ sein.',
  page: (max: number) => `„seite“ muss eine ganze Zahl von 1 bis ${max} sein.`,
  perPage: (max: number) => `„proSeite“ muss eine ganze Zahl von 1 bis ${max} sein.`,
  tooDeep: (results: number, lastPage: number) =>
    `Mit einem Suchbegriff lassen sich nur die ersten ${results.toLocaleString('de-DE')} Treffer durchblättern, hier bis Seite ${lastPage}. Bitte grenzen Sie die Suche mit Filtern ein oder ändern Sie die Sortierung.`,
  /** „alle“ names the URL parameter of a facet: `params` already joined („ministerium“ oder …). */
  expanded: (params: string) => `„alle“ muss ${params} sein.`,
} as const;

/** The „Barriere melden“ form. */
export const FEEDBACK_FORM_MESSAGES = {
  invalid: 'Die Eingabe ist ungültig.',
  nameTooLong: (max: number) => `Der Name darf höchstens ${max} Zeichen lang sein.`,
  email: 'Geben Sie eine E-Mail-Adresse im Format name@beispiel.de ein oder lassen Sie das Feld leer.',
  pageTooLong: (max: number) => `Die Seitenangabe darf höchstens ${max} Zeichen lang sein.`,
  messageMissing: 'Beschreiben Sie die Barriere.',
  messageTooLong: (max: number) => `Die Beschreibung darf höchstens ${max} Zeichen lang sein.`,
} as const;
