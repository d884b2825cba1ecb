/**
 * Issue 16's mixed upload batch, shared by the test of the admin app in the test process
 * (admin-upload.test.ts) and the one of the real admin process (admin-process.test.ts): a good PDF,
 * a good HTML page, one release as PDF and as HTML, a corrupt PDF, a Word document, a ZIP with a
 * name that climbs out and a CP437 name, a file over UPLOAD_MAX_MB (both tests set it to 1). The
 * report each file must get (German reasons) is checked here; the search results each test checks
 * its own way, with the words of `MIXED_BATCH_WORDS`.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { RELEASE_ID_PATTERN } from '../../src/archive/release.js';
import type { ReportRow } from './admin-client.js';
import { fixturePath } from './fixture-files.js';
import { buildZip } from './zip-builder.js';

export interface UploadFile {
  name: string;
  data: Buffer | string;
}

/** UPLOAD_MAX_MB both tests set: the limit is whole megabytes. */
export const MIXED_BATCH_MAX_MB = '1';

/** The good HTML page of the batch (SMUL, 12 September 2025; „Wolfsrudel“ is one of its words). */
export const GOOD_HTML_FIXTURE = 'good/smul-2025-09-12-opengraph.html';

/** A Word document as far as the type check reads it: a ZIP with `[Content_Types].xml`. */
export function wordDocument(): Buffer {
  return buildZip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types/>' },
    { name: 'word/document.xml', data: '<w:document/>' },
  ]);
}

export async function mixedBatch(): Promise<UploadFile[]> {
  const fixture = (name: string) => readFile(fixturePath(name));
  // CP437 (no UTF-8 flag): 0x9A is „Ü“.
  const cp437Name = Buffer.concat([Buffer.from('Mitteilung '), Buffer.from([0x9a]), Buffer.from('bersicht.html')]);
  const zip = buildZip([
    { name: '../../ausbruch.html', data: await fixture('good/senbjf-2024-04-03-berlin.html') },
    { name: cp437Name, data: await fixture('good/smf-2025-11-20-windows-1252.html') },
  ]);
  // Just over 1 MB, and a PDF by its first bytes.
  const tooLarge = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024 * 1024 + 10, 0x20)]);
  return [
    { name: 'Ganztag.pdf', data: await fixture('good/smk-2025-03-14-ganztag-3-seiten.pdf') },
    { name: 'Stadtbäume.html', data: await fixture(GOOD_HTML_FIXTURE) },
    { name: 'hightech.pdf', data: await fixture('good/smwk-2026-06-02-hightech-agenda.pdf') },
    { name: 'hightech.html', data: await fixture('good/smwk-2026-06-02-hightech-agenda.html') },
    { name: 'kaputt.pdf', data: await fixture('bad/truncated.pdf') },
    { name: 'Brief.docx', data: wordDocument() },
    { name: 'paket.zip', data: zip },
    { name: 'riesig.pdf', data: tooLarge },
  ];
}

/** A word of each release of the batch (by a file it came from), and one of the file that climbed out (none). */
export const MIXED_BATCH_WORDS: Array<{ q: string; file: string | undefined }> = [
  { q: 'Ganztagsangebote', file: 'Ganztag.pdf' },
  { q: 'Wolfsrudel', file: 'Stadtbäume.html' },
  { q: 'Gentherapie', file: 'hightech.pdf' },
  { q: 'Steuerschätzung', file: 'paket.zip › Mitteilung Übersicht.html' },
  // The file that climbed out of the ZIP was not taken in.
  { q: 'Mauerpark', file: undefined },
];

/**
 * Checks the report of the batch: each file's line in order, the German reasons, PDF and HTML of
 * one release under one id (both „neu“: the release is new, and both are its originals). Returns
 * the lines by file and the ids of the four releases taken in, sorted.
 */
export function checkMixedReport(rows: ReportRow[]): { byFile: Map<string, ReportRow>; ids: string[] } {
  const byFile = new Map(rows.map((row) => [row.file, row]));
  assert.deepEqual(
    rows.map((row) => [row.file, row.status]),
    [
      ['Ganztag.pdf', 'neu'],
      ['Stadtbäume.html', 'neu'],
      ['hightech.pdf', 'neu'],
      ['hightech.html', 'neu'],
      ['kaputt.pdf', 'fehlgeschlagen'],
      ['Brief.docx', 'fehlgeschlagen'],
      ['paket.zip › ../../ausbruch.html', 'fehlgeschlagen'],
      ['paket.zip › Mitteilung Übersicht.html', 'neu'],
      ['riesig.pdf', 'fehlgeschlagen'],
    ],
  );
  assert.equal(byFile.get('hightech.pdf')!.id, byFile.get('hightech.html')!.id, 'PDF and HTML: one release');
  assert.deepEqual(
    rows.filter((row) => row.status === 'fehlgeschlagen').map((row) => [row.file, row.id, row.reason]),
    [
      ['kaputt.pdf', '–', 'Die PDF-Datei ist beschädigt oder unvollständig.'],
      [
        'Brief.docx',
        '–',
        'Ein Office-Dokument (etwa Word) wird nicht unterstützt. Bitte speichern Sie es als PDF und laden Sie dieses hoch.',
      ],
      [
        'paket.zip › ../../ausbruch.html',
        '–',
        'Der Name im ZIP-Archiv führt aus dem Archiv heraus (ein absoluter Pfad oder „..“); die Datei wurde nicht entpackt.',
      ],
      ['riesig.pdf', '–', 'Die Datei ist größer als 1 MB (Grenze UPLOAD_MAX_MB); sie wurde nicht angenommen.'],
    ],
  );
  const ids = [...new Set(rows.filter((row) => row.status === 'neu').map((row) => row.id))].sort();
  assert.equal(ids.length, 4);
  for (const id of ids) assert.match(id, RELEASE_ID_PATTERN);
  return { byFile, ids };
}
