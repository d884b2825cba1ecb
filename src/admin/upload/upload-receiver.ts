/**
 * Receives the upload form (multipart/form-data, parsed by busboy: docs/decisions.md, „Uploads:
 * busboy and yauzl“): each file is streamed to a numbered file in a staging folder of its own under
 * DATA_DIR/uploads/ — never to a path taken from the request — and hashed on the way. Limits: a
 * file over UPLOAD_MAX_MB is cut off and reported as too large, files beyond UPLOAD_MAX_FILES and
 * bytes beyond UPLOAD_MAX_TOTAL_MB are not kept and reported by name (beyond UPLOAD_MAX_FILES and a
 * margin the parts are not read: one line „…“ reports them); the form's other fields (the CSRF
 * token) land in `req.body` for the check that follows. What was received is in
 * `res.locals.upload`; a request that is refused afterwards has its staging folder removed by
 * `discardUpload`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { RequestHandler, Response } from 'express';
import { PRIVATE_DIR, PRIVATE_FILE } from '../../archive/data-dir.js';
import type { UploadConfig } from '../../config.js';
import type { AdminLocals } from '../session/session-middleware.js';
import { displayName } from './upload-names.js';

/** Why a file of an upload is not taken in, before the ingest pipeline sees it. */
export type UploadRefusal =
  | 'upload-too-large'
  | 'upload-too-many'
  | 'upload-unread'
  | 'upload-total'
  | 'zip-path'
  | 'zip-encrypted'
  | 'zip-corrupt'
  | 'zip-empty'
  | 'office-document';

/** One file of an upload: staged under a number, with the name the archivist's computer gave it. */
export interface StagedFile {
  /** The original file name (for display only), or `archive.zip › inner/name.pdf` for a file of a ZIP. */
  name: string;
  /** For a file of a ZIP: the last part of its path (the name its source is recorded under). */
  fileName?: string;
  /** Where its bytes are (absent when refused). */
  staged?: string;
  bytes: number;
  sha256?: string;
  refused?: UploadRefusal;
}

export interface ReceivedUpload {
  /** The staging folder of this upload. */
  dir: string;
  files: StagedFile[];
}

export interface UploadLocals extends AdminLocals {
  upload?: ReceivedUpload;
}

/** Files named beyond UPLOAD_MAX_FILES (each reported by its name, not kept); more are not read (one line). */
export const NAMED_BEYOND_LIMIT = 100;

/** Folder of staged uploads and job records: DATA_DIR/uploads. */
export function uploadsDir(dataDir: string): string {
  return path.join(dataDir, 'uploads');
}

/** The bytes an upload may still keep, shared by all its files while they arrive. */
interface ByteBudget {
  left: number;
}

/**
 * Counts and hashes what passes through, and stops passing on (cuts) beyond `limit` bytes or when
 * the shared `budget` has no room for the next chunk; a file cut off gives back what it took.
 */
function meter(limit: number, budget: ByteBudget) {
  const hash = createHash('sha256');
  let bytes = 0;
  let over = false;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const kept = bytes;
      bytes += chunk.length;
      if (over) return done();
      if (bytes > limit || chunk.length > budget.left) {
        over = true;
        budget.left += kept;
        return done();
      }
      budget.left -= chunk.length;
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return { stream, result: () => ({ bytes, over, sha256: hash.digest('hex') }) };
}

async function stage(
  file: Readable,
  target: string,
  limit: number,
  budget: ByteBudget,
): Promise<{ bytes: number; over: boolean; sha256: string }> {
  const counted = meter(limit, budget);
  await pipeline(file, counted.stream, createWriteStream(target, { mode: PRIVATE_FILE }));
  return counted.result();
}

/** The multipart parser of the upload route: stages the files, puts the text fields into `req.body`. */
export function receiveUpload(dataDir: string, limits: UploadConfig): RequestHandler {
  return async (req, res: Response<unknown, UploadLocals>, next) => {
    if (!req.is('multipart/form-data')) {
      req.body = {};
      return next();
    }
    const fields: Record<string, string> = {};
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: {
          fileSize: limits.maxFileBytes + 1,
          files: limits.maxFiles + NAMED_BEYOND_LIMIT,
          fields: 10,
          fieldSize: 4096,
          parts: limits.maxFiles + NAMED_BEYOND_LIMIT + 10,
        },
      });
    } catch (error) {
      // A malformed header (no boundary): refused like a broken form, before any folder exists.
      return next(Object.assign(error as Error, { status: 400, type: 'upload' }));
    }
    const dir = path.join(uploadsDir(dataDir), `eingang-${randomBytes(8).toString('hex')}`);
    const upload: ReceivedUpload = { dir, files: [] };
    res.locals.upload = upload;
    try {
      await mkdir(dir, { recursive: true, mode: PRIVATE_DIR });
    } catch (error) {
      return next(error);
    }
    const budget: ByteBudget = { left: limits.maxTotalBytes };
    const staging: Array<Promise<void>> = [];
    parser.on('field', (name, value) => {
      if (name === '_csrf') fields[name] = value;
    });
    parser.on('file', (_field, stream, info) => {
      // A file input left empty still sends a part, without a name and without bytes.
      if (!info.filename) return void stream.resume();
      const entry: StagedFile = { name: displayName(info.filename), bytes: 0 };
      upload.files.push(entry);
      if (upload.files.length > limits.maxFiles) {
        entry.refused = 'upload-too-many';
        return void stream.resume();
      }
      if (budget.left <= 0) {
        entry.refused = 'upload-total';
        return void stream.resume();
      }
      const target = path.join(dir, String(upload.files.length));
      staging.push(
        stage(stream, target, limits.maxFileBytes, budget).then(async ({ bytes, over, sha256 }) => {
          entry.bytes = bytes;
          if (!over) {
            Object.assign(entry, { staged: target, sha256 });
            return;
          }
          entry.refused = bytes > limits.maxFileBytes ? 'upload-too-large' : 'upload-total';
          await rm(target, { force: true });
        }),
      );
    });
    parser.on('filesLimit', () => upload.files.push({ name: '…', bytes: 0, refused: 'upload-unread' }));
    try {
      await pipeline(req, parser);
      await Promise.all(staging);
    } catch (error) {
      await Promise.allSettled(staging);
      await discardUpload(res);
      return next(Object.assign(error as Error, { status: 400, type: 'upload' }));
    }
    req.body = fields;
    next();
  };
}

/** Removes the staging folder of a request's upload (a refused form, or after the job took the files over). */
export async function discardUpload(res: Response<unknown, UploadLocals>): Promise<void> {
  const upload = res.locals.upload;
  if (upload) await rm(upload.dir, { recursive: true, force: true });
}
