/**
 * Recognises saved error pages ("404 – Datei nicht gefunden", "Seite nicht gefunden",
 * "Serverfehler"): a crawler saved them in place of a release. Only titles, top headings and the
 * start of a short main text are looked at, so a release that mentions such words is not affected.
 */
import { collapseWhitespace, countLetters } from '../../text/clean-text.js';

const ERROR_PHRASES = [
  /\b(?:400|401|403|404|410|500|502|503)\b\s*[-–—:]?\s*(?:Datei|Seite|Dokument|Verzeichnis|Ressource|Page|File|Not Found|Fehler|Error|Forbidden|Zugriff|Server|Service)/i,
  /\b(?:Seite|Datei|Dokument|Ressource|Inhalt)(?: oder Verzeichnis)? (?:wurde |konnte )?nicht gefunden/i,
  /\b(?:Page|File|Document) not found\b|^Not Found$/i,
  /^(?:Serverfehler|Server Error|Fehlerseite|Zugriff verweigert|Access denied|Forbidden)$/i,
];

/** Main texts longer than this are releases, whatever their title says. */
const MAX_ERROR_PAGE_LETTERS = 1500;

/** Returns the text that identifies an error page, or undefined. */
export function detectErrorPage(titles: readonly string[], mainText: string): string | undefined {
  const text = collapseWhitespace(mainText);
  if (countLetters(text) > MAX_ERROR_PAGE_LETTERS) return undefined;
  const candidates = [...titles.map(collapseWhitespace), text.slice(0, 300)].filter((t) => t.length > 0);
  for (const candidate of candidates) {
    for (const pattern of ERROR_PHRASES) {
      const match = pattern.exec(candidate);
      if (match) return candidate.length <= 120 ? candidate : match[0];
    }
  }
  return undefined;
}
