import assert from 'node:assert/strict';
import { readdir, rm, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import express, { type ErrorRequestHandler } from 'express';
import type { UploadConfig } from '../../../src/config.js';
import { germanReason, reasonLimits } from '../../../src/admin/texts/upload-texts.js';
import {
  NAMED_BEYOND_LIMIT,
  receiveUpload,
  uploadsDir,
  type UploadLocals,
} from '../../../src/admin/upload/upload-receiver.js';
import { tempDir } from '../../helpers/temp-dir.js';

describe('receiveUpload', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let server: ReturnType<ReturnType<typeof express>['listen']>;
  let base = '';
  const limits: UploadConfig = { maxFileBytes: 1500, maxFiles: 10, maxTotalBytes: 2500 };

  before(async () => {
    dir = await tempDir();
    const app = express();
    app.post('/', receiveUpload(dir.path, limits), (_req, res: express.Response<unknown, UploadLocals>) => {
      res.json(res.locals.upload);
    });
    const errors: ErrorRequestHandler = (error: Error & { status?: number }, _req, res, _next) => {
      res.status(error.status ?? 500).json({ message: error.message });
    };
    app.use(errors);
    await new Promise<void>((resolve) => (server = app.listen(0, '127.0.0.1', () => resolve())));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await dir.remove();
  });

  test('bytes beyond UPLOAD_MAX_TOTAL_MB are not kept; the files beyond it are reported', async () => {
    const form = new FormData();
    for (let i = 1; i <= 5; i += 1) form.append('dateien', new Blob([Buffer.alloc(1000, 65 + i)]), `${i}.txt`);
    const response = await fetch(base, { method: 'POST', body: form });
    assert.equal(response.status, 200);
    const upload = (await response.json()) as { dir: string; files: Array<{ staged?: string; refused?: string }> };
    const kept = upload.files.filter((file) => file.staged);
    assert.equal(kept.length, 2);
    assert.deepEqual(
      upload.files.filter((file) => !file.staged).map((file) => file.refused),
      ['upload-total', 'upload-total', 'upload-total'],
    );
    let onDisk = 0;
    for (const name of await readdir(upload.dir)) onDisk += (await stat(path.join(upload.dir, name))).size;
    assert.ok(onDisk <= limits.maxTotalBytes, `${onDisk} bytes kept`);
    assert.equal(path.dirname(upload.dir), uploadsDir(dir.path));
    await rm(upload.dir, { recursive: true });
  });
  test('files beyond UPLOAD_MAX_FILES are each reported by name and not kept; far beyond, one line reports the rest', async () => {
    const send = async (count: number) => {
      const form = new FormData();
      for (let i = 1; i <= count; i += 1) form.append('dateien', new Blob(['x']), `datei-${i}.html`);
      const response = await fetch(base, { method: 'POST', body: form });
      assert.equal(response.status, 200);
      return (await response.json()) as {
        dir: string;
        files: Array<{ name: string; staged?: string; refused?: string }>;
      };
    };
    const some = await send(limits.maxFiles + 3);
    assert.deepEqual(
      some.files.map((file) => [file.name, file.staged !== undefined, file.refused]),
      Array.from({ length: limits.maxFiles + 3 }, (_, i) =>
        i < limits.maxFiles
          ? [`datei-${i + 1}.html`, true, undefined]
          : [`datei-${i + 1}.html`, false, 'upload-too-many'],
      ),
    );
    assert.equal((await readdir(some.dir)).length, limits.maxFiles, 'only the files within the limit are kept');
    const many = await send(limits.maxFiles + NAMED_BEYOND_LIMIT + 50);
    assert.equal(many.files.length, limits.maxFiles + NAMED_BEYOND_LIMIT + 1);
    assert.deepEqual(many.files.at(-2), {
      name: `datei-${limits.maxFiles + NAMED_BEYOND_LIMIT}.html`,
      bytes: 0,
      refused: 'upload-too-many',
    });
    assert.deepEqual(many.files.at(-1), { name: '…', bytes: 0, refused: 'upload-unread' });
    const reasons = reasonLimits({ maxFileBytes: 0, upload: limits });
    assert.equal(
      germanReason('upload-too-many', reasons),
      'Mehr als 10 Dateien auf einmal (Grenze UPLOAD_MAX_FILES); diese Datei wurde nicht angenommen.',
    );
    assert.match(germanReason('upload-unread', reasons)!, /^Weit mehr als 10 Dateien .*die weiteren Dateien/);
    await rm(some.dir, { recursive: true });
    await rm(many.dir, { recursive: true });
  });
  test('a multipart request without a boundary is a 400 and leaves no staging folder', async () => {
    const response = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data' },
      body: 'kein Formular',
    });
    assert.equal(response.status, 400);
    const left = await readdir(uploadsDir(dir.path)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    assert.deepEqual(
      left.filter((name) => name.startsWith('eingang-')),
      [],
    );
  });
});
