/**
 * Text that belongs to the page or the letter, not to the release: e-signature notices, letter
 * footers (Hausanschrift, Verkehrsverbindung), skip links, download links, separators, photo
 * credits, cookie notices; and the generic labels above a release ("Medieninformation",
 * "Pressemitteilung Nr. 123/2024").
 */

const BOILERPLATE: readonly RegExp[] = [
  /Kein Zugang für verschlüsselte elektronische Dokumente/i,
  /qualifiziert elektronisch signierte Dokumente/i,
  /^(?:Hausanschrift|Postanschrift|Besucheranschrift|Lieferanschrift|Paketanschrift|Verkehrsverbindung|Bankverbindung|Zu erreichen mit|Informationen zum Datenschutz|Für Besucher mit Behinderungen|Barrierefreier Zugang)\b/i,
  /^(?:Inhalt|Navigation|Hauptnavigation|Seitenanfang|zum Seitenanfang|zurück zum Seitenanfang|nach oben|Drucken|Seite drucken|Druckversion|Teilen|Artikel teilen|Schließen|zurück|zurück zur Übersicht|Übersicht|Zur Übersicht|Seite versenden|Seite empfehlen|RSS)$/i,
  /\[Download\b|\bDownload\b.*\b\d+(?:[.,]\d+)?\s*(?:KB|MB|kB)\b/,
  /^[\s_\-–—=*~.·•]{3,}$/,
  /^[-–—\s]*Ende[-–—\s]*$/i,
  /^©/,
  /^(?:.{0,160}[.!?]\s*)?(?:Foto|Fotos|Bild|Bilder|Grafik|Abbildung)\s*:\s*[^:]{2,80}$/,
  /\bCookies?\b.{0,200}\b(?:akzeptieren|zustimmen|einverstanden|Einstellungen)\b/i,
];

export function isBoilerplate(text: string): boolean {
  return text.length <= 600 && BOILERPLATE.some((pattern) => pattern.test(text));
}

/** The type of the document as its heading: a press release, an invitation, a police report. */
const DOCUMENT_TYPE = String.raw`(?:Gemeinsame\s+)?(?:Medieninformation(?:en)?|Medieninfo|Pressemitteilung(?:en)?|Presseinformation(?:en)?|Pressemeldung(?:en)?|Medienmitteilung|Pressenotiz|Presseerklärung|Pressestatement|(?:Medien|Presse)einladung(?:en)?|Einladung|(?:Termin|Medien|Presse)hinweis|Terminankündigung|(?:Presse|Foto)termin|Polizeibericht|Polizeimeldung(?:en)?)`;

const GENERIC_LABEL = new RegExp(
  String.raw`^(?:${DOCUMENT_TYPE}|Pressemitteilungen und Reden|Aktuelles|Nachrichten|Meldungen|News|Presse)(?:\s*(?:Nr\.?|Nummer)?\s*:?\s*\d+\s*[/-]\s*\d+)?\s*$`,
  'i',
);

/** Letter-spaced capitals as a letterhead sets them: „P R E S S E M I T T E I L U N G“. */
const LETTER_SPACED = /^(?:\p{Lu}\s){3,}\p{Lu}$/u;

/**
 * "Medieninformation", "Pressemitteilung Nr. 123/2024", "Medieninformation: 206/2019",
 * "Medieneinladung", "P R E S S E M I T T E I L U N G": a heading that names the type of the
 * document, not its subject.
 */
export function isGenericLabel(text: string): boolean {
  const trimmed = text.trim();
  return GENERIC_LABEL.test(LETTER_SPACED.test(trimmed) ? trimmed.replace(/\s/g, '') : trimmed);
}

const FOOTNOTE = /^(?:\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹]+|\(\d{1,2}\)|\d{1,2}\))\s*(?=\S)/u;

/** "¹ Quelle: …", "* Hinweis …", "1) …": a footnote. */
export function isFootnote(text: string): boolean {
  return FOOTNOTE.test(text);
}

/** The footnote's marker: „¹“, „*“, „(1)“; undefined when the text is no footnote. */
export function footnoteMark(text: string): string | undefined {
  return FOOTNOTE.exec(text)?.[0].trim();
}

/** The footnote's text without its marker: "¹ Quelle: Landesamt." → "Quelle: Landesamt.". */
export function footnoteText(text: string): string {
  return text.replace(FOOTNOTE, '').trim();
}
