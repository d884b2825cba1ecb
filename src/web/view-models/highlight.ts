/**
 * Snippets from Meilisearch carry our sentinel characters around matched words, and otherwise raw
 * document text (Meilisearch does not escape `_formatted`). The text is escaped first; only then do
 * balanced sentinel pairs become <mark>. Stray sentinels are dropped.
 */
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from '../search/search-query.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => ESCAPES[c]!);
}

const PAIR = new RegExp(`${HIGHLIGHT_PRE}([^${HIGHLIGHT_PRE}${HIGHLIGHT_POST}]*)${HIGHLIGHT_POST}`, 'g');
const STRAY = new RegExp(`[${HIGHLIGHT_PRE}${HIGHLIGHT_POST}]`, 'g');

export function highlightToHtml(text: string): string {
  return escapeHtml(text).replace(PAIR, '<mark>$1</mark>').replace(STRAY, '');
}

export function stripHighlight(text: string): string {
  return text.replace(STRAY, '');
}
