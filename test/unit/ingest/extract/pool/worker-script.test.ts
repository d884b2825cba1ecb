import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { prepareWorkerScript } from '../../../../../ingest/extract/pool/worker-script.js';

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
