import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Meilisearch } from 'meilisearch';
import type { Config } from '../../../src/config.js';
import type { Logger } from '../../../src/log.js';
import { UploadJobs } from '../../../src/admin/upload/upload-jobs.js';
import { uploadsDir } from '../../../src/admin/upload/upload-receiver.js';
import { tempDir } from '../../helpers/temp-dir.js';

describe('UploadJobs', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  before(async () => void (dir = await tempDir()));
  after(() => dir.remove());

  test('a job whose failed state cannot be saved does not stop the jobs after it', async () => {
    const uploads = uploadsDir(dir.path);
    const errors: string[] = [];
    let breakSaving: (() => void) | undefined;
    const broken = new Promise<void>((resolve) => {
      breakSaving = () => {
        // The uploads folder becomes a file: the job's record can no longer be written.
        rmSync(uploads, { recursive: true, force: true });
        writeFileSync(uploads, 'x');
        resolve();
      };
    });
    const log = {
      error: (_fields: unknown, message: string) => {
        errors.push(message);
        breakSaving?.();
        breakSaving = undefined;
      },
      warn: () => undefined,
    } as unknown as Logger;
    const config = {
      dataDir: dir.path,
      upload: { maxFileBytes: 100, maxFiles: 10, maxTotalBytes: 1000 },
    } as unknown as Config;
    const jobs = new UploadJobs(config, {} as Meilisearch, path.join(dir.path, 'audit.jsonl'), log);
    const actor = { account: 'archiv', address: '127.0.0.1' };
    // A staged file that is gone makes the job fail before the ingest pipeline.
    const upload = (name: string) => ({
      dir: path.join(dir.path, name),
      files: [{ name: 'a.html', bytes: 1, staged: path.join(dir.path, name, 'fehlt') }],
    });
    await jobs.start(actor, upload('eins'));
    await broken;
    // Settles once the failed state could not be saved (rejected without the fix: checked below).
    await jobs.idle().catch(() => undefined);
    rmSync(uploads, { force: true });
    mkdirSync(uploads);
    const second = await jobs.start(actor, upload('zwei'));
    await jobs.idle();
    assert.equal((await jobs.get(second))?.state, 'failed');
    assert.ok(errors.includes('Upload job: its end could not be saved'), errors.join('; '));
  });
});
