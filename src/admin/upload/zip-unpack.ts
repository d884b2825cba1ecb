/**
 * Unpacks a ZIP of an upload safely, with yauzl (docs/decisions.md, „Uploads: busboy and yauzl“).
 * Its central directory is read first: a ZIP that holds `[Content_Types].xml` (Word, Excel,
 * PowerPoint) or `mimetype` (OpenDocument) is an Office document — one unsupported file, not an
 * archive. Otherwise each file entry is written to a numbered file of the staging folder (never to
 * a path taken from the ZIP); names that are absolute or climb out with `..` are refused and
 * reported, names are decoded as the ZIP says (UTF-8 flag, Info-ZIP Unicode path field, else the
 * old DOS code page CP437). Limits: entries count against UPLOAD_MAX_FILES, each is cut off at
 * UPLOAD_MAX_MB and all together at what is left of UPLOAD_MAX_TOTAL_MB — by the bytes really
 * unpacked, not by what the ZIP claims (yauzl checks the claimed sizes too). Encrypted entries are
 * refused. Entries beyond the file budget and a margin are not read (one line reports them). A ZIP
 * inside a ZIP is not unpacked: the pipeline reports it as unsupported.
 */
import { createWriteStream } from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { createHash } from 'node:crypto';
import yauzl from 'yauzl';
import { PRIVATE_FILE } from '../../archive/data-dir.js';
import type { StagedFile, UploadRefusal } from './upload-receiver.js';
import { displayName, zipEntryName } from './upload-names.js';

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** Entries that make a ZIP an Office document (OOXML, OpenDocument). */
const OFFICE_MARKERS = new Set(['[content_types].xml', 'mimetype']);
/** Entries read beyond the upload's file budget (folders, refused names), before the rest is cut. */
const ENTRY_MARGIN = 100;

/** What is left of the upload's limits; lowered as entries are unpacked. */
export interface UploadBudget {
  files: number;
  bytes: number;
  maxFileBytes: number;
}

/** Whether a staged file is a ZIP, by its first bytes. */
export async function isZipFile(file: string): Promise<boolean> {
  const handle = await openFile(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && (head.equals(ZIP_SIGNATURE) || head.equals(EMPTY_ZIP_SIGNATURE));
  } finally {
    await handle.close();
  }
}

/** Error codes of the file system (ours, not the ZIP's): unpacking cannot go on. */
const FILE_SYSTEM_ERRORS = new Set([
  'ENOSPC',
  'EDQUOT',
  'EMFILE',
  'ENFILE',
  'EACCES',
  'EPERM',
  'EIO',
  'EROFS',
  'ENOENT',
  'ENOTDIR',
  'EISDIR',
  'EBADF',
  'EBUSY',
]);

/**
 * A ZIP whose bytes yauzl, zlib or Node's buffer reads cannot take (an `ERR_*` code, a zlib code,
 * none) is damaged (their messages are English; the report says „beschädigt“). An error of the file
 * system (ENOSPC, EMFILE …) is thrown on.
 */
export function damaged(error: unknown): 'zip-corrupt' {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && FILE_SYSTEM_ERRORS.has(code)) throw error;
  return 'zip-corrupt';
}

/** The entry's path inside the ZIP as text, with Windows separators read as folders. */
function entryPath(entry: yauzl.Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, false).replace(/\\/g, '/');
}

/** Copies at most `limit` bytes; more marks the copy as over the limit (and stops writing). */
async function unpackEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  target: string,
  limit: number,
): Promise<{ bytes: number; over: boolean; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > limit) return done(new Error('over the limit'));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const source = await zip.openReadStreamPromise(entry);
  try {
    await pipeline(source, counter, createWriteStream(target, { mode: PRIVATE_FILE }));
  } catch (error) {
    if (bytes <= limit) throw error;
    return { bytes, over: true, sha256: '' };
  }
  return { bytes, over: false, sha256: hash.digest('hex') };
}

/**
 * The files of a staged ZIP, each staged in `dir` as `<prefix>-<n>` or refused with its reason; or
 * the reason the ZIP as a whole is not unpacked (an Office document, damaged, empty).
 */
export async function unpackZip(
  zipFile: StagedFile & { staged: string },
  dir: string,
  budget: UploadBudget,
): Promise<StagedFile[] | UploadRefusal> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(zipFile.staged, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: true,
    });
  } catch (error) {
    return damaged(error);
  }
  try {
    const entries: Array<{ entry: yauzl.Entry; name: string }> = [];
    try {
      // Entries beyond the file budget and a margin (for folders and refused names) are not read.
      for await (const entry of zip.eachEntry()) {
        entries.push({ entry, name: entryPath(entry) });
        if (entries.length >= Math.max(budget.files, 0) + ENTRY_MARGIN) break;
      }
    } catch (error) {
      return damaged(error);
    }
    const unread = zip.entryCount - entries.length;
    const files = entries.filter(({ name }) => !name.endsWith('/'));
    if (files.some(({ name }) => OFFICE_MARKERS.has(name.toLowerCase()))) return 'office-document';
    if (files.length === 0) return 'zip-empty';
    const out: StagedFile[] = [];
    for (const { entry, name } of files) {
      const staged: StagedFile = {
        name: zipEntryName(zipFile.name, name),
        fileName: displayName(name),
        bytes: entry.uncompressedSize,
      };
      out.push(staged);
      if (yauzl.validateFileName(name) !== null) staged.refused = 'zip-path';
      else if (budget.files <= 0) staged.refused = 'upload-too-many';
      else if (entry.isEncrypted()) staged.refused = 'zip-encrypted';
      else if (entry.uncompressedSize > budget.maxFileBytes) staged.refused = 'upload-too-large';
      else if (entry.uncompressedSize > budget.bytes) staged.refused = 'upload-total';
      if (staged.refused) continue;
      budget.files -= 1;
      const target = path.join(dir, `${path.basename(zipFile.staged)}-${out.length}`);
      let result;
      try {
        result = await unpackEntry(zip, entry, target, Math.min(budget.maxFileBytes, budget.bytes));
      } catch (error) {
        staged.refused = damaged(error);
        continue;
      }
      budget.bytes -= Math.min(result.bytes, budget.bytes);
      staged.bytes = result.bytes;
      if (result.over) staged.refused = result.bytes > budget.maxFileBytes ? 'upload-too-large' : 'upload-total';
      else Object.assign(staged, { staged: target, sha256: result.sha256 });
    }
    // One line for the entries not read.
    if (unread > 0) out.push({ name: zipEntryName(zipFile.name, '…'), bytes: 0, refused: 'upload-unread' });
    return out;
  } finally {
    zip.close();
  }
}
