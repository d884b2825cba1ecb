/**
 * The German strings of the archivists' surface (/verwaltung), in one place for review, apart from
 * the public site's (src/web/texts/): the admin process is a program of its own with its own
 * templates (views/admin/), which read this object as `@t`. Messages about signing in never say
 * whether an account exists.
 */
export const ADMIN_NAME = 'Pressearchiv – Verwaltung';

export const ADMIN_TEXT = {
  titleOf: (page: string) => `${page} – ${ADMIN_NAME}`,
  errorPrefix: 'Fehler: ',
  errorSummaryTitle: 'Es gibt ein Problem',
  layout: {
    skipToContent: 'Zum Inhalt',
    siteName: ADMIN_NAME,
    homeSuffix: ' – Startseite',
    mainNav: 'Verwaltung',
    start: 'Übersicht',
    audit: 'Protokoll',
    signOut: 'Abmelden',
    signedInAs: 'Angemeldet als ',
    footerNav: 'Öffentliche Seiten',
    publicSite: 'Zur öffentlichen Seite',
    accessibilityStatement: 'Erklärung zur Barrierefreiheit',
  },
  signIn: {
    title: 'Anmelden',
    heading: 'Anmelden',
    intro: 'Melden Sie sich mit dem Namen und dem Passwort Ihres Kontos für die Verwaltung an.',
    nameLabel: 'Name',
    passwordLabel: 'Passwort',
    submit: 'Anmelden',
    accountHelp:
      'Ein Konto bekommen Sie von der Betriebsstelle: Sie legt es auf dem Server mit „npm run user -- add“ an.',
    signedOut: 'Sie haben sich abgemeldet.',
    expired: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich wieder an.',
    nameMissing: 'Geben Sie Ihren Namen ein.',
    passwordMissing: 'Geben Sie Ihr Passwort ein.',
    failed: 'Anmeldung fehlgeschlagen: Der Name oder das Passwort ist falsch.',
    locked: (minutes: number) =>
      `Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in ${minutes === 1 ? 'einer Minute' : `${minutes} Minuten`} noch einmal.`,
    staleForm: 'Das Formular war veraltet. Bitte melden Sie sich noch einmal an.',
    busy: 'Eine Anmeldung mit diesem Namen oder von Ihrer Adresse wird gerade geprüft. Bitte versuchen Sie es gleich noch einmal.',
  },
  start: {
    title: 'Übersicht',
    heading: 'Verwaltung des Pressearchivs',
    welcome: (name: string) => `Willkommen, ${name}.`,
    archiveHeading: 'Das Archiv',
    releases: (count: string) => `Das Archiv enthält ${count} Mitteilungen.`,
    updated: (when: string) => `Zuletzt geändert am ${when}.`,
    unavailable: 'Der Suchdienst ist gerade nicht erreichbar; die Zahl der Mitteilungen ist unbekannt.',
    hereHeading: 'Was Sie hier tun können',
    auditLink: 'Protokoll',
    auditDescription: ' – wer sich wann angemeldet hat und welche Konten geändert wurden.',
    serverHeading: 'Was noch auf dem Server geschieht',
    serverIntro: 'Diese Aufgaben erledigt bis auf Weiteres die Betriebsstelle auf dem Server:',
    serverTasks: [
      'Mitteilungen aufnehmen, ersetzen und zurückziehen („npm run ingest“)',
      'Konten anlegen, Passwörter ändern, Konten sperren („npm run user“)',
      'das Protokoll ausgeben („npm run audit“)',
    ],
  },
  audit: {
    title: 'Protokoll',
    heading: 'Protokoll',
    intro: (shown: number, total: number) =>
      shown < total
        ? `Die neuesten ${shown} von ${total} Einträgen, der neueste zuerst. Alle gibt „npm run audit“ auf dem Server aus.`
        : `${total} Einträge, der neueste zuerst.`,
    empty: 'Das Protokoll ist noch leer.',
    caption: 'Protokolleinträge',
    time: 'Zeit',
    actor: 'Wer',
    action: 'Aktion',
    subject: 'Betrifft',
    address: 'Adresse',
    nobody: '–',
    damaged: (count: number) =>
      `${count === 1 ? 'Eine Zeile' : `${count} Zeilen`} des Protokolls konnte nicht gelesen werden (unterbrochenes Schreiben).`,
  },
  /** What each audit action is called on the page and in `npm run audit`. */
  actions: {
    'sign-in': 'Angemeldet',
    'sign-in-failed': 'Anmeldung fehlgeschlagen',
    'sign-in-locked': 'Anmeldung vorübergehend gesperrt',
    'sign-out': 'Abgemeldet',
    'account-added': 'Konto angelegt',
    'password-changed': 'Passwort geändert',
    'account-disabled': 'Konto gesperrt',
    'account-enabled': 'Konto entsperrt',
  },
  actorCommandLine: (user: string) => `Kommandozeile (${user})`,
  unknownName: 'unbekannter Name',
  lockedFor: (what: 'account' | 'address', minutes: number) =>
    `${what === 'account' ? 'Konto' : 'Adresse'} für ${minutes} Min.`,
  errors: {
    notFound: {
      title: 'Seite nicht gefunden',
      heading: 'Seite nicht gefunden',
      message: 'Unter dieser Adresse gibt es keine Seite der Verwaltung.',
    },
    forbidden: {
      title: 'Formular abgelehnt',
      heading: 'Das Formular wurde abgelehnt',
      message:
        'Das Formular war veraltet oder kam nicht von dieser Seite. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.',
    },
    tooLarge: {
      title: 'Anfrage zu groß',
      heading: 'Die Anfrage ist zu groß',
      message: 'Bitte kürzen Sie Ihre Eingabe.',
    },
    internal: {
      title: 'Fehler',
      heading: 'Es ist ein Fehler aufgetreten',
      message: 'Bitte versuchen Sie es noch einmal. Wenn der Fehler bleibt, wenden Sie sich an die Betriebsstelle.',
    },
    back: 'Zur Übersicht',
  },
} as const;

export type AuditActionName = keyof typeof ADMIN_TEXT.actions;
