/**
 * The folder walk trusts nothing: links inside a folder are reported, not followed, unless asked
 * and inside the named folders; loops end; FIFOs and devices are refused unopened; names that are
 * not UTF-8 stay openable. Each test has its own timeout: a walk that loops fails instead of hanging.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { UNDECODABLE_NAME_WARNING } from '../../../../ingest/run/file-names.js';
import { walkInputs, type WalkEntry } from '../../../../ingest/run/file-walker.js';
import { tempDir } from '../../../helpers/temp-dir.js';

/** display → status and code ("take" for an entry to be taken in). */
const outcomes = (entries: WalkEntry[]): Record<string, string> =>
  Object.fromEntries(entries.map((e) => [e.display, e.refused ? `${e.refused.status} ${e.refused.code}` : 'take']));

describe('walkInputs', { timeout: 20_000 }, () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  /** eingang/: a.html, sub/b.pdf, .versteckt/c.html and links; aussen/geheim.html outside. */
  before(async () => {
    dir = await tempDir();
    const inbox = path.join(dir.path, 'eingang');
    await mkdir(path.join(inbox, 'sub'), { recursive: true });
    await mkdir(path.join(inbox, '.versteckt'));
    await mkdir(path.join(dir.path, 'aussen'));
    await writeFile(path.join(inbox, 'a.html'), 'a');
    await writeFile(path.join(inbox, 'sub', 'b.pdf'), 'b');
    await writeFile(path.join(inbox, '.versteckt', 'c.html'), 'c');
    await writeFile(path.join(dir.path, 'aussen', 'geheim.html'), 'geheim');
    await symlink('../aussen/geheim.html', path.join(inbox, 'nach-aussen.html'));
    await symlink('/dev/zero', path.join(inbox, 'null.pdf'));
    await symlink('.', path.join(inbox, 'selbst'));
    await symlink('..', path.join(inbox, 'sub', 'hoch'));
    await symlink('a.html', path.join(inbox, 'zweimal.html'));
    await symlink('.versteckt/c.html', path.join(inbox, 'freigabe.html'));
    await symlink('fehlt.html', path.join(inbox, 'ins-leere.html'));
    await symlink('kreis-b', path.join(inbox, 'kreis-a'));
    await symlink('kreis-a', path.join(inbox, 'kreis-b'));
    execFileSync('mkfifo', [path.join(inbox, 'rohr.pdf')]);
  });
  after(() => dir.remove());

  test(
    'by default a link is reported as skipped, a FIFO refused, nothing outside listed',
    { timeout: 5_000 },
    async () => {
      const entries = await walkInputs(['eingang'], dir.path);
      assert.deepEqual(outcomes(entries), {
        'eingang/a.html': 'take',
        'eingang/freigabe.html': 'skipped symlink',
        'eingang/ins-leere.html': 'skipped symlink',
        'eingang/kreis-a': 'skipped symlink',
        'eingang/kreis-b': 'skipped symlink',
        'eingang/nach-aussen.html': 'skipped symlink',
        'eingang/null.pdf': 'skipped symlink',
        'eingang/rohr.pdf': 'skipped not-a-regular-file',
        'eingang/selbst': 'skipped symlink',
        'eingang/sub/b.pdf': 'take',
        'eingang/sub/hoch': 'skipped symlink',
        'eingang/zweimal.html': 'skipped symlink',
      });
      const fifo = entries.find((e) => e.display === 'eingang/rohr.pdf')!;
      assert.equal(fifo.refused?.reason, 'not a regular file (a FIFO); not read');
      assert.equal(entries[0]!.absolute, path.join(dir.path, 'eingang', 'a.html'));
    },
  );

  test(
    '--follow-links: inside followed once, outside and loops reported, each entry once',
    { timeout: 5_000 },
    async () => {
      const entries = await walkInputs(['eingang'], dir.path, { followLinks: true });
      assert.deepEqual(outcomes(entries), {
        'eingang/a.html': 'take',
        'eingang/freigabe.html': 'take',
        'eingang/ins-leere.html': 'skipped link-broken',
        'eingang/kreis-a': 'skipped link-loop',
        'eingang/kreis-b': 'skipped link-loop',
        'eingang/nach-aussen.html': 'skipped link-outside',
        'eingang/null.pdf': 'skipped link-outside',
        'eingang/rohr.pdf': 'skipped not-a-regular-file',
        'eingang/selbst': 'skipped link-loop',
        'eingang/sub/b.pdf': 'take',
        'eingang/sub/hoch': 'skipped link-loop',
        'eingang/zweimal.html': 'skipped duplicate',
      });
      assert.equal(entries.length, 12);
      const followed = entries.find((e) => e.display === 'eingang/freigabe.html')!;
      assert.equal(followed.absolute, path.join(dir.path, 'eingang', 'freigabe.html'), 'known by the link’s path');
      assert.equal(await readFile(followed.open!, 'utf8'), 'c', 'opened at its real target');
    },
  );

  test(
    'a link to the outside is followed when its target lies in another named folder',
    { timeout: 5_000 },
    async () => {
      const entries = await walkInputs(['eingang', 'aussen'], dir.path, { followLinks: true });
      const outcome = outcomes(entries);
      assert.equal(outcome['aussen/geheim.html'], 'take');
      assert.equal(outcome['eingang/nach-aussen.html'], 'skipped duplicate', 'listed once, by its own path');
    },
  );

  test(
    'paths named by the user are followed; FIFOs and devices named are refused unopened',
    { timeout: 5_000 },
    async () => {
      const entries = await walkInputs(
        ['eingang/nach-aussen.html', 'eingang/selbst', 'eingang/rohr.pdf', '/dev/zero', 'fehlt.pdf', 'eingang/kreis-a'],
        dir.path,
      );
      const outcome = outcomes(entries);
      assert.equal(outcome['eingang/nach-aussen.html'], 'take');
      assert.equal(outcome['eingang/selbst/a.html'], 'take', 'a named link to a folder is walked');
      assert.equal(outcome['eingang/selbst/selbst'], 'skipped symlink');
      assert.equal(outcome['eingang/rohr.pdf'], 'failed not-a-regular-file');
      assert.equal(outcome['/dev/zero'], 'failed not-a-regular-file');
      assert.equal(outcome['fehlt.pdf'], 'failed not-found');
      assert.equal(outcome['eingang/kreis-a'], 'failed link-loop');
      const named = entries.find((e) => e.display === 'eingang/nach-aussen.html')!;
      assert.equal(await readFile(named.open!, 'utf8'), 'geheim');
    },
  );

  test('a folder named twice, or inside another named one, is walked once', { timeout: 5_000 }, async () => {
    const entries = await walkInputs(['eingang', 'eingang/sub', 'eingang'], dir.path);
    assert.equal(entries.filter((e) => e.display.endsWith('b.pdf')).length, 1);
    assert.deepEqual(
      entries.filter((e) => e.refused?.code === 'duplicate').map((e) => [e.display, e.refused!.reason]),
      [
        ['eingang/sub', 'folder already walked as eingang/sub'],
        ['eingang', 'folder already walked as eingang'],
      ],
    );
  });

  test(
    'a name that is not UTF-8: a readable display name, a warning, the exact bytes to open',
    { timeout: 5_000 },
    async () => {
      const folder = path.join(dir.path, 'bytes');
      await mkdir(folder);
      const names = [Buffer.from('Mitteilung-\xff.html', 'latin1'), Buffer.from('Mitteilung-\xfe.html', 'latin1')];
      for (const [i, name] of names.entries())
        await writeFile(Buffer.concat([Buffer.from(`${folder}/`), name]), `${i}`);
      const entries = await walkInputs(['bytes'], dir.path);
      assert.deepEqual(
        entries.map((e) => e.display),
        ['bytes/Mitteilung-\uFFFD.html', 'bytes/Mitteilung-\uFFFD.html'],
      );
      assert.deepEqual(entries[0]!.warnings, [UNDECODABLE_NAME_WARNING]);
      assert.notEqual(entries[0]!.absolute, entries[1]!.absolute, 'two names, two identities');
      assert.deepEqual(await Promise.all(entries.map((e) => readFile(e.open!, 'utf8'))), ['1', '0']);
    },
  );
});
