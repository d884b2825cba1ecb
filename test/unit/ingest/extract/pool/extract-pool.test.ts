/**
 * The extraction pool with stand-in workers (no PDFs): a file over its time limit, a crashing worker,
 * a worker that cannot load, and close() with files running and waiting.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ExtractionError } from '../../../../../ingest/extract/extraction-error.js';
import { createExtractPool } from '../../../../../ingest/extract/pool/extract-pool.js';
import type { WorkerScript } from '../../../../../ingest/extract/pool/worker-script.js';
import { tempDir } from '../../../../helpers/temp-dir.js';

/** A task function that behaves as its file name says. */
const STAND_IN = `
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export default async function ({ bytes, filename }) {
  if (filename === 'hang') for (;;);
  if (filename === 'crash') {
    setTimeout(() => { throw new Error('worker blew up'); });
    return new Promise(() => {});
  }
  if (filename === 'exit') process.exit(3);
  if (filename === 'corrupt') return { error: { code: 'corrupt-pdf', message: 'the PDF is damaged' } };
  if (filename.startsWith('slow')) await sleep(Number(/-(\\d+)ms$/.exec(filename)?.[1] ?? 300));
  return { result: { type: 'pdf', release: { title: filename }, pages: bytes.length, warnings: [] } };
}
`;

let dir: Awaited<ReturnType<typeof tempDir>>;
const script = (file: string): WorkerScript => ({
  url: pathToFileURL(path.join(dir.path, file)),
  bundled: true,
  dispose: async () => {},
});
const bytes = Buffer.from('%PDF');

before(async () => {
  dir = await tempDir();
  await writeFile(path.join(dir.path, 'stand-in.mjs'), STAND_IN);
  await writeFile(path.join(dir.path, 'broken.mjs'), `throw new Error('cannot load');\nexport default () => {};\n`);
});
after(() => dir.remove());

describe('extraction pool', { timeout: 30_000 }, () => {
  test('results and reported errors come back; the ExtractionError keeps its code', async () => {
    const pool = createExtractPool(script('stand-in.mjs'), 2);
    try {
      assert.deepEqual(await pool.extract(bytes, 'a.pdf'), {
        type: 'pdf',
        release: { title: 'a.pdf' },
        pages: 4,
        warnings: [],
      });
      await assert.rejects(pool.extract(bytes, 'corrupt'), (error) => {
        assert.ok(error instanceof ExtractionError);
        assert.equal(error.code, 'corrupt-pdf');
        assert.equal(error.message, 'the PDF is damaged');
        return true;
      });
    } finally {
      await pool.close();
    }
  });

  test('a file over the time limit is stopped as a timeout; the pool goes on', async () => {
    // 4 s, not less: the limit includes starting the worker that replaces the stopped one, which
    // took over 0.5 s on a machine under load (CI failed with the file after the hanging one) and
    // still failed now and then with 2 s while other test files ran beside it.
    const pool = createExtractPool(script('stand-in.mjs'), 1, 4_000);
    try {
      const started = Date.now();
      await assert.rejects(pool.extract(bytes, 'hang'), (error) => {
        assert.ok(error instanceof ExtractionError);
        assert.equal(error.code, 'timeout');
        assert.equal(error.message, 'extraction took longer than 4 s');
        return true;
      });
      assert.ok(Date.now() - started < 12_000, 'stopped at its limit');
      assert.equal((await pool.extract(bytes, 'after.pdf')).release.title, 'after.pdf');
    } finally {
      await pool.close();
    }
  });

  test('the time limit counts from the start of a file, not from the time it waited', async () => {
    const pool = createExtractPool(script('stand-in.mjs'), 1, 3000);
    try {
      // The third file waits 3 s behind the first two (as long as the limit), then needs 1.5 s:
      // within its limit. Each file has 1.5 s to spare for a slow worker start on a busy machine.
      const names = ['slow-1-1500ms', 'slow-2-1500ms', 'slow-3-1500ms'];
      const results = await Promise.all(names.map((name) => pool.extract(bytes, name)));
      assert.deepEqual(
        results.map((r) => r.release.title),
        names,
      );
    } finally {
      await pool.close();
    }
  });

  test('a worker that crashes or exits fails only its file; the others and later ones are extracted', async () => {
    const pool = createExtractPool(script('stand-in.mjs'), 2);
    try {
      const [crashed, exited, fine] = await Promise.allSettled([
        pool.extract(bytes, 'crash'),
        pool.extract(bytes, 'exit'),
        pool.extract(bytes, 'slow-fine'),
      ]);
      assert.equal(crashed.status, 'rejected');
      assert.ok(!(crashed.reason instanceof ExtractionError));
      assert.equal((crashed.reason as Error).message, 'extraction crashed (worker blew up)');
      assert.equal(exited.status, 'rejected');
      assert.match((exited.reason as Error).message, /^extraction crashed \(.*\b3\)$/);
      assert.equal(fine.status, 'fulfilled');
      const later = await Promise.all(['b', 'c', 'd'].map((name) => pool.extract(bytes, name)));
      assert.deepEqual(
        later.map((r) => r.release.title),
        ['b', 'c', 'd'],
      );
    } finally {
      await pool.close();
    }
  });

  test('workers that cannot load fail every file at once instead of leaving them waiting', async () => {
    const pool = createExtractPool(script('broken.mjs'), 1, 60_000);
    try {
      const started = Date.now();
      const settled = await Promise.allSettled(['a', 'b', 'c', 'd'].map((name) => pool.extract(bytes, name)));
      for (const outcome of settled) {
        assert.equal(outcome.status, 'rejected');
        assert.match((outcome.reason as Error).message, /^extraction crashed \(.*cannot load/);
      }
      assert.ok(Date.now() - started < 10_000, 'not by the time limit');
    } finally {
      await pool.close();
    }
  });

  test('close() rejects the files running and waiting at once, and any file asked for after it', async () => {
    const pool = createExtractPool(script('stand-in.mjs'), 1, 60_000);
    const outcomes = Promise.allSettled([pool.extract(bytes, 'hang'), pool.extract(bytes, 'queued.pdf')]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    await pool.close();
    const closed = 'extraction stopped: the extraction pool was closed before the file was done';
    for (const outcome of await outcomes) {
      assert.equal(outcome.status, 'rejected');
      assert.equal((outcome.reason as Error).message, closed);
    }
    await assert.rejects(pool.extract(bytes, 'late.pdf'), { message: closed });
    assert.ok(Date.now() - started < 5_000, 'promptly, not by the time limit');
  });
});
