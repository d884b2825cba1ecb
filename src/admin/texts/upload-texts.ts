/**
 * The German strings of uploads and ingest runs in /verwaltung (pages hochladen, laeufe), part of
 * ADMIN_TEXT as `upload`; and the German reason for each code a report line can carry (the
 * pipeline's reasons are English, for the command line and the logs).
 */
const mb = (bytes: number) => Math.round(bytes / 1048576);

export const UPLOAD_TEXT = {
  navUpload: 'Hochladen',
  navRuns: 'Aufnahmen',
  startLink: 'Mitteilungen hochladen',
  startDescription:
    ' – PDF-Dateien, gespeicherte HTML-Seiten oder ZIP-Archive; das Ergebnis je Datei unter „Aufnahmen“.',
  title: 'Mitteilungen hochladen',
  heading: 'Mitteilungen hochladen',
  intro:
    'Laden Sie Pressemitteilungen als PDF-Dateien oder gespeicherte HTML-Seiten hoch, einzeln, mehrere auf einmal oder als ZIP-Archiv. Eine neue Fassung einer Mitteilung ersetzt die alte, wenn Titel, Datum und Behörde übereinstimmen – gleich unter welchem Dateinamen.',
  filesLabel: 'Dateien',
  filesHint: (maxMb: number, maxFiles: number) =>
    `PDF, HTML oder ZIP. Höchstens ${maxMb} MB je Datei und ${maxFiles} Dateien auf einmal (auch in ZIP-Archiven).`,
  submit: 'Hochladen und aufnehmen',
  filesMissing: 'Wählen Sie mindestens eine Datei aus.',
  afterwards:
    'Nach dem Hochladen werden die Dateien im Hintergrund aufgenommen; eine Seite zeigt den Stand und danach das Ergebnis für jede Datei.',
  runsTitle: 'Aufnahmen',
  runsHeading: 'Letzte Aufnahmen',
  runsIntro: (shown: number) =>
    `Die letzten ${shown} Aufnahmen, die neueste zuerst: Hochladen hier, der überwachte Ordner und „npm run ingest“ auf dem Server („npm run ingest -- --runs“ listet sie dort).`,
  runsEmpty: 'Es wurde noch nichts aufgenommen.',
  runsCaption: 'Aufnahmen, die neueste zuerst',
  colFinished: 'Beendet',
  colOrigin: 'Weg',
  colBy: 'Von',
  colResult: 'Ergebnis',
  origins: { cli: 'Kommandozeile', upload: 'Hochgeladen', watch: 'Überwachter Ordner' } as Record<string, string>,
  summary: (s: { new: number; updated: number; unchanged: number; failed: number; skipped: number }) =>
    `${s.new} neu, ${s.updated} aktualisiert, ${s.unchanged} unverändert, ${s.failed} fehlgeschlagen${s.skipped ? `, ${s.skipped} übersprungen` : ''}`,
  stopped: 'abgebrochen',
  details: 'Bericht',
  jobTitle: 'Aufnahme',
  jobHeading: 'Aufnahme der hochgeladenen Dateien',
  jobMeta: (by: string, when: string) => `Hochgeladen von ${by} am ${when}.`,
  states: {
    waiting: 'Wartet auf den Beginn.',
    running: 'Die Dateien werden gerade aufgenommen.',
    done: 'Fertig.',
    failed:
      'Abgebrochen: Die Aufnahme konnte nicht zu Ende geführt werden. Die Betriebsstelle findet den Grund im Protokoll des Servers.',
  } as Record<string, string>,
  waitingFor: (what: string) =>
    `Gerade schreibt ein anderer Vorgang ins Archiv (${what}); die Aufnahme beginnt danach.`,
  reload: 'Seite neu laden, um den Stand zu sehen',
  reportCaption: 'Ergebnis je Datei',
  colFile: 'Datei',
  colStatus: 'Ergebnis',
  colRelease: 'Mitteilung',
  colReason: 'Grund',
  statuses: {
    new: 'neu',
    updated: 'aktualisiert',
    unchanged: 'unverändert',
    failed: 'fehlgeschlagen',
    skipped: 'übersprungen',
    withdrawn: 'zurückgezogen',
  } as Record<string, string>,
  noRelease: '–',
  notFound: {
    title: 'Aufnahme nicht gefunden',
    heading: 'Aufnahme nicht gefunden',
    message: 'Eine Aufnahme mit dieser Nummer gibt es nicht.',
  },
  withdrawnReason: (id: string) =>
    `Die Mitteilung ${id} ist zurückgezogen und bleibt es; unter „Zurückgezogen“ lässt sie sich wiederherstellen.`,
  technical: (text: string) => ` (technisch: ${text})`,
  unknownReason: 'Die Datei konnte nicht aufgenommen werden.',
} as const;

/** The limits the reasons name. */
export interface ReasonLimits {
  uploadMaxBytes: number;
  maxFiles: number;
  maxTotalBytes: number;
  maxFileBytes: number;
}

export function reasonLimits(config: {
  maxFileBytes: number;
  upload: { maxFileBytes: number; maxFiles: number; maxTotalBytes: number };
}): ReasonLimits {
  return {
    uploadMaxBytes: config.upload.maxFileBytes,
    maxFiles: config.upload.maxFiles,
    maxTotalBytes: config.upload.maxTotalBytes,
    maxFileBytes: config.maxFileBytes,
  };
}

/**
 * Why a report line's file was not taken in, in German: by its code, or for a withdrawn release
 * how to bring it back; a failure without a known code says so with the English reason as the
 * technical detail. Undefined for a file that was taken in.
 */
export function lineReason(
  line: { status: string; code?: string; reason?: string; id?: string },
  limits: ReasonLimits,
): string | undefined {
  if (line.status === 'withdrawn' && line.id) return UPLOAD_TEXT.withdrawnReason(line.id);
  const german = germanReason(line.code, limits);
  if (german || (line.status !== 'failed' && line.status !== 'skipped')) return german;
  return UPLOAD_TEXT.unknownReason + (line.reason ? UPLOAD_TEXT.technical(line.reason) : '');
}

/** The German reason of a report line's code; limits for the texts that name them. */
export function germanReason(code: string | undefined, limits: ReasonLimits): string | undefined {
  const reasons: Record<string, string> = {
    'upload-too-large': `Die Datei ist größer als ${mb(limits.uploadMaxBytes)} MB (Grenze UPLOAD_MAX_MB); sie wurde nicht angenommen.`,
    'upload-too-many': `Mehr als ${limits.maxFiles} Dateien auf einmal (Grenze UPLOAD_MAX_FILES); diese Datei wurde nicht angenommen.`,
    'upload-unread': `Weit mehr als ${limits.maxFiles} Dateien auf einmal (Grenze UPLOAD_MAX_FILES); die weiteren Dateien wurden nicht mehr gelesen und nicht angenommen.`,
    'upload-total': `Das Hochgeladene ist zusammen größer als ${mb(limits.maxTotalBytes)} MB (Grenze UPLOAD_MAX_TOTAL_MB); diese Datei wurde nicht angenommen.`,
    'zip-path':
      'Der Name im ZIP-Archiv führt aus dem Archiv heraus (ein absoluter Pfad oder „..“); die Datei wurde nicht entpackt.',
    'zip-encrypted': 'Die Datei im ZIP-Archiv ist verschlüsselt; sie wurde nicht entpackt.',
    'zip-corrupt': 'Das ZIP-Archiv ist beschädigt und lässt sich nicht entpacken.',
    'zip-empty': 'Das ZIP-Archiv enthält keine Dateien.',
    'office-document':
      'Ein Office-Dokument (etwa Word) wird nicht unterstützt. Bitte speichern Sie es als PDF und laden Sie dieses hoch.',
    'empty-file': 'Die Datei ist leer.',
    'unsupported-type':
      'Diese Art von Datei wird nicht unterstützt: nur PDF-Dateien und gespeicherte HTML-Seiten, auch in einem ZIP-Archiv.',
    'corrupt-pdf': 'Die PDF-Datei ist beschädigt oder unvollständig.',
    'password-protected': 'Die PDF-Datei ist mit einem Passwort geschützt.',
    'no-text-layer': 'Die Datei ist ein Scan ohne Text, und die Texterkennung ist ausgeschaltet.',
    'too-little-text': 'Die Datei enthält zu wenig Text für eine Mitteilung.',
    'ocr-no-text': 'Die Texterkennung hat auf dem Scan keinen Text gefunden.',
    'corrupt-image': 'Das Bild ist beschädigt.',
    'error-page': 'Die Seite ist eine gespeicherte Fehlerseite, keine Mitteilung.',
    'no-date': 'In der Datei wurde kein Datum der Mitteilung gefunden.',
    'no-title': 'In der Datei wurde kein Titel der Mitteilung gefunden.',
    'too-complex': 'Die HTML-Seite ist zu verschachtelt, um sie zu lesen.',
    'too-large': `Die Datei ist größer als ${mb(limits.maxFileBytes)} MB (Grenze MAX_FILE_MB).`,
    timeout: 'Das Lesen der Datei hat zu lange gedauert.',
    'deleted-release': 'Diese Mitteilung wurde aus rechtlichen Gründen gelöscht und wird nicht wieder aufgenommen.',
  };
  return code !== undefined && Object.hasOwn(reasons, code) ? reasons[code] : undefined;
}
