/**
 * `quellen.csv`: the web addresses where the files of a folder were published, one line
 * `Datei;Adresse` each after a header line (UTF-8; `,` accepted as separator too). Read through the
 * bounded reader like every input; every line that cannot be used is named in a warning with its
 * number, and the list's report line is `skipped` (code `source-list`), as it is no release.
 */
import path from 'node:path';
import { safeHref } from '../../src/archive/safe-link.js';
import { escapeControls } from '../../src/archive/control-characters.js';
import type { WalkEntry } from './file-walker.js';
import type { FileReport } from './ingest-report.js';
import { readInputFile } from './input-reader.js';

/** A list of addresses is small: more than this is no list. */
const MAX_LIST_BYTES = 4 * 1024 * 1024;
const HEADER = /^"?datei"?\s*[;,]\s*"?adresse"?$/i;

export interface ParsedSourceList {
  /** File name as written (relative to the list's folder) → address in normal form. */
  addresses: Map<string, string>;
  /** One per line that was not used, naming its number and why. */
  problems: string[];
}

const unquote = (field: string): string => field.trim().replace(/^"(.*)"$/s, '$1');

/** The lines of a list (its text already decoded). Pure. */
export function parseSourceList(text: string): ParsedSourceList {
  const addresses = new Map<string, string>();
  const problems: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let headerSeen = false;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const number = index + 1;
    if (line === '' || line.startsWith('#')) return;
    if (!headerSeen) {
      headerSeen = true;
      if (HEADER.test(line)) return;
      problems.push(`line ${number}: the first line should be the header "Datei;Adresse"; read as an entry`);
    }
    const separator = line.includes(';') ? ';' : ',';
    const at = line.indexOf(separator);
    if (at < 0) return void problems.push(`line ${number}: no ";" between file name and address; ignored`);
    const file = unquote(line.slice(0, at));
    const given = unquote(line.slice(at + 1));
    if (file === '') return void problems.push(`line ${number}: no file name; ignored`);
    const address = safeHref(given, undefined, 'web');
    if (!address)
      return void problems.push(
        `line ${number}: ${JSON.stringify(escapeControls(given))} is not an http or https address the link filter keeps; ignored`,
      );
    if (addresses.has(file))
      return void problems.push(
        `line ${number}: ${JSON.stringify(escapeControls(file))} is listed twice; the first address is used`,
      );
    addresses.set(file, address);
  });
  return { addresses, problems };
}

/**
 * Reads the lists among the walk's entries: their addresses by the absolute path of the file they
 * name, and a report line for each list. Names that lead out of the list's folder, or that the walk
 * did not find, are reported and not used.
 */
export async function readSourceLists(
  lists: readonly WalkEntry[],
  files: readonly WalkEntry[],
  lineFor: (display: string) => FileReport,
): Promise<Map<string, string>> {
  const byPath = new Map<string, string>();
  const found = new Set(files.map((file) => file.absolute));
  for (const list of lists) {
    const line = lineFor(list.display);
    if (list.warnings) line.warnings = [...list.warnings];
    const bytes = await readInputFile(list.open ?? list.absolute, MAX_LIST_BYTES);
    if (!Buffer.isBuffer(bytes)) {
      Object.assign(line, { status: bytes.status === 'skipped' ? 'skipped' : 'failed', code: bytes.code });
      line.reason = `list of source addresses: ${bytes.reason}`;
      continue;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      Object.assign(line, {
        status: 'failed',
        code: 'source-list',
        reason: 'list of source addresses is not UTF-8; not used',
      });
      continue;
    }
    const { addresses, problems } = parseSourceList(text);
    const folder = path.dirname(list.absolute);
    let used = 0;
    for (const [file, address] of addresses) {
      const absolute = path.resolve(folder, file);
      if (path.relative(folder, absolute).startsWith('..') || path.isAbsolute(file))
        problems.push(`${JSON.stringify(escapeControls(file))} lies outside the list's folder; ignored`);
      else if (!found.has(absolute))
        problems.push(`${JSON.stringify(escapeControls(file))} is not among the files of this run; ignored`);
      else if (!byPath.has(absolute)) {
        byPath.set(absolute, address);
        used++;
      }
    }
    Object.assign(line, {
      status: 'skipped',
      code: 'source-list',
      reason: `list of source addresses (${used} of ${addresses.size} used)`,
    });
    if (problems.length > 0) line.warnings = [...(line.warnings ?? []), ...problems];
  }
  return byPath;
}
