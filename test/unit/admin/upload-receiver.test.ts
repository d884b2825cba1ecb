import assert from 'node:assert/strict';
import { readdir, rm, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import express, { type ErrorRequestHandler } from 'express';
import type { UploadConfig } from '../../../src/config.js';
import { receiveUpload, uploadsDir, type UploadLocals } from '../../../src/admin/upload/upload-receiver.js';
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
