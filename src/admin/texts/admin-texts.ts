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
    withdrawn: 'Zurückgezogen',
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
    auditDescription: ' – wer sich wann angemeldet hat, welche Konten und Mitteilungen geändert wurden.',
    withdrawLink: 'Mitteilung zurückziehen',
    withdrawDescription: ' – aus Suche und Listen nehmen, mit öffentlich angezeigtem Grund.',
    withdrawnLink: 'Zurückgezogene Mitteilungen',
    withdrawnDescription: ' – ansehen und wiederherstellen.',
    serverHeading: 'Was noch auf dem Server geschieht',
    serverIntro: 'Diese Aufgaben erledigt bis auf Weiteres die Betriebsstelle auf dem Server:',
    serverTasks: [
      'Mitteilungen aufnehmen und ersetzen („npm run ingest“)',
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
  withdraw: {
    title: 'Mitteilung zurückziehen',
    heading: 'Mitteilung zurückziehen',
    intro:
      'Eine zurückgezogene Mitteilung verschwindet aus der Suche, den Listen und den Feeds. Ihre Seite, ihre Originaldatei und ihr Datensatz in der Schnittstelle sagen dann „Diese Mitteilung wurde am … zurückgezogen“ mit dem Grund, ohne ihren Text. Die Originaldateien bleiben auf dem Server; „Wiederherstellen“ bringt die Mitteilung zurück.',
    idLabel: 'Mitteilung',
    idHint: 'Die Kennung (der letzte Teil der Adresse) oder die ganze Adresse der Mitteilung.',
    reasonLabel: 'Grund',
    reasonHint: (max: number) => `Wird öffentlich angezeigt. Höchstens ${max} Zeichen.`,
    submit: 'Zurückziehen',
    idMissing: 'Geben Sie die Kennung oder die Adresse der Mitteilung ein.',
    idUnknown: 'Eine Mitteilung mit dieser Kennung gibt es im Archiv nicht.',
    alreadyWithdrawn: 'Diese Mitteilung ist bereits zurückgezogen.',
    reasonMissing: 'Geben Sie den Grund an.',
    reasonTooLong: (max: number) => `Der Grund darf höchstens ${max} Zeichen lang sein.`,
  },
  withdrawn: {
    title: 'Zurückgezogene Mitteilungen',
    heading: 'Zurückgezogene Mitteilungen',
    empty: 'Es ist keine Mitteilung zurückgezogen.',
    caption: 'Zurückgezogene Mitteilungen, die zuletzt zurückgezogene zuerst',
    release: 'Mitteilung',
    reason: 'Grund',
    when: 'Zurückgezogen am',
    action: 'Aktion',
    untitled: 'ohne Titel',
    restore: 'Wiederherstellen',
    introBefore:
      'Zurückgezogene Mitteilungen sind nicht mehr zu finden; ihre Seiten nennen den Grund. „Wiederherstellen“ bringt eine zurück. Eine weitere Mitteilung ziehen Sie unter ',
    withdrawLink: 'Mitteilung zurückziehen',
    introAfter: ' zurück.',
    withdrawnNotice: (id: string) => `Die Mitteilung ${id} ist zurückgezogen.`,
    restoredNotice: (id: string) => `Die Mitteilung ${id} ist wiederhergestellt.`,
    restoreFailed:
      'Die Mitteilung konnte nicht wiederhergestellt werden: Ihre Originaldateien ließen sich nicht erneut lesen. Sie bleibt zurückgezogen; die Betriebsstelle sieht den Grund mit „npm run ingest -- --restore“ und der Kennung.',
    notWithdrawn: 'Diese Mitteilung ist nicht zurückgezogen.',
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
    'release-withdrawn': 'Mitteilung zurückgezogen',
    'release-restored': 'Mitteilung wiederhergestellt',
    'release-deleted': 'Mitteilung aus rechtlichen Gründen gelöscht',
    'samples-removed': 'Beispielmitteilungen gelöscht',
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
    busy: (what: string) => ({
      title: 'Archiv beschäftigt',
      heading: 'Das Archiv wird gerade geändert',
      message: `Gerade schreibt ein anderer Vorgang ins Archiv (${what}). Bitte versuchen Sie es in einigen Minuten noch einmal; es wurde nichts geändert.`,
    }),
  },
} as const;

export type AuditActionName = keyof typeof ADMIN_TEXT.actions;
