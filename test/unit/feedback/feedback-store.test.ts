import assert from 'node:assert/strict';
import { appendFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { feedbackFile, purgeFeedback, readFeedback, storeFeedback } from '../../../src/feedback/feedback-store.js';
import { tempDir } from '../../helpers/temp-dir.js';

test('reports are stored, survive a torn line, and are deleted after the retention period', async () => {
  const dir = await tempDir();
  try {
    const input = { name: '', email: 'a@b.de', page: '/suche', message: '<script>alert(1)</script>' };
    const old = await storeFeedback(dir.path, input, new Date('2025-01-01T00:00:00Z'));
    await appendFile(feedbackFile(dir.path), '{"torn');
    await appendFile(feedbackFile(dir.path), '\n');
    const fresh = await storeFeedback(dir.path, { ...input, message: 'neu' }, new Date('2026-11-01T00:00:00Z'));
    assert.deepEqual(
      (await readFeedback(dir.path)).map((r) => r.id),
      [old.id, fresh.id],
    );
    assert.equal((await readFeedback(dir.path))[0]!.message, '<script>alert(1)</script>', 'stored as given');
    assert.equal(await purgeFeedback(dir.path, 365, new Date('2026-11-27T00:00:00Z')), 1);
    assert.deepEqual(
      (await readFeedback(dir.path)).map((r) => r.id),
      [fresh.id],
    );
  } finally {
    await dir.remove();
  }
});

test('the reports file is 0600 in a 0700 folder, also after a purge rewrote it', { timeout: 5_000 }, async () => {
  process.umask(0o022);
  const dir = await tempDir();
  try {
    const input = { name: 'Erika Muster', email: 'erika@example.org', page: '', message: 'Kontrast' };
    await storeFeedback(dir.path, input, new Date('2025-01-01T00:00:00Z'));
    await storeFeedback(dir.path, input, new Date('2026-11-01T00:00:00Z'));
    const mode = async (file: string) => (await stat(file)).mode & 0o777;
    assert.equal(await mode(path.dirname(feedbackFile(dir.path))), 0o700);
    assert.equal(await mode(feedbackFile(dir.path)), 0o600);
    assert.equal(await purgeFeedback(dir.path, 365, new Date('2026-11-27T00:00:00Z')), 1);
    assert.equal(await mode(feedbackFile(dir.path)), 0o600, 'after the rewrite');
  } finally {
    await dir.remove();
  }
});
