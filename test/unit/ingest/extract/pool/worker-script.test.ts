import assert from 'node:assert/strict';
import { access, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CACHE_DIR, prepareWorkerScript } from '../../../../../ingest/extract/pool/worker-script.js';

test('the worker bundle keeps each module its own import.meta.url (search-config/ is found from any folder)', async () => {
  const script = await prepareWorkerScript();
  try {
    assert.equal(script.bundled, true, 'the bundle was built (not the tsx fallback)');
    const code = await readFile(fileURLToPath(script.url), 'utf8');
    assert.doesNotMatch(code, /import\.meta\.url/);
    const configLoader = new URL('../../../../../src/archive/search-config/search-config-file.ts', import.meta.url);
    const pdfium = new URL('../../../../../ingest/extract/pdf/pdfium-library.ts', import.meta.url);
    assert.ok(code.includes(JSON.stringify(configLoader.href)), 'the search-config loader keeps its own URL');
    assert.ok(code.includes(JSON.stringify(pdfium.href)), 'the PDFium loader keeps its own URL');
  } finally {
    await script.dispose();
  }
});

test('bundles left behind by processes that ended are removed; those of running processes stay', async () => {
  const { spawnSync } = await import('node:child_process');
  const ended = spawnSync(process.execPath, ['-e', '']).pid!; // a process that has exited
  const orphan = path.join(CACHE_DIR, `extract-worker-${ended}-0.mjs`);
  const running = path.join(CACHE_DIR, `extract-worker-${process.ppid}-0.mjs`);
  await mkdir(CACHE_DIR, { recursive: true });
  await writeFile(orphan, '');
  await writeFile(running, '');
  const script = await prepareWorkerScript();
  try {
    await assert.rejects(access(orphan), { code: 'ENOENT' });
    await access(running);
  } finally {
    await script.dispose();
    await rm(running, { force: true });
  }
});
