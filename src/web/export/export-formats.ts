/**
 * The two export formats, as text: CSV for spreadsheets (csv-writer.ts; the columns are explained on
 * /suchhilfe) and JSON Lines, one /api/suche hit per line (apiHit), with <, > and & escaped as the
 * API's JSON does, so record text is never read as markup. Pure.
 */
import type { Hit } from 'meilisearch';
import type { Release } from '../../archive/release.js';
import type { AbsoluteUrl } from '../absolute-url.js';
import { TEXT } from '../texts/site-texts.js';
import { apiHit } from '../view-models/api-response.js';
import { CSV_BOM, csvRow } from './csv-writer.js';

export interface ExportFormat {
  extension: 'csv' | 'jsonl';
  contentType: string;
  /** What comes before the first row. */
  head: string;
  row(hit: Hit<Release>): string;
}

export function csvFormat(base: string, absolute: AbsoluteUrl): ExportFormat {
  return {
    extension: 'csv',
    contentType: 'text/csv; charset=utf-8; header=present',
    head: CSV_BOM + csvRow(TEXT.export.columns.map((column) => column.name)),
    row(hit) {
      const item = apiHit(hit, base);
      return csvRow([
        item.date,
        item.title,
        item.subtitle ?? '',
        item.ministry,
        item.ministryShort,
        item.topics.join(', '),
        hit.summary ?? '',
        absolute(item.url),
        item.id,
        item.type ?? '',
        item.notice ?? '',
      ]);
    },
  };
}

const JSON_ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026' };

export function jsonLinesFormat(base: string): ExportFormat {
  return {
    extension: 'jsonl',
    contentType: 'application/x-ndjson; charset=utf-8',
    head: '',
    row: (hit) => `${JSON.stringify(apiHit(hit, base)).replace(/[<>&]/g, (c) => JSON_ESCAPES[c]!)}\n`,
  };
}
