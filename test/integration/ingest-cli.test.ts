/** The ingest command against a real Meilisearch: new, unchanged, updated, joined, failed, rebuild, remove. */
import assert from 'node:assert/strict';
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { archiveIndexUids, rebuildIndexName } from '../../src/archive/archive-indexes.js';
import type { Release } from '../../src/archive/release.js';
import { originalPath } from '../../src/archive/originals.js';
import { SAMPLES_DIR } from '../../ingest/samples/load-samples.js';
import { REPO_ROOT } from '../helpers/archive-process.js';
import { runIngestCli, type CliRun } from '../helpers/ingest-cli.js';
import { startTestMeili, type TestMeili } from '../helpers/test-meili.js';
import { tempDir } from '../helpers/temp-dir.js';

const GOOD = path.join(REPO_ROOT, 'test/fixtures/good');
const BAD = path.join(REPO_ROOT, 'test/fixtures/bad');
const INDEX = 'ingesttest';

interface JsonReport {
  summary: Record<'new' | 'updated' | 'unchanged' | 'failed' | 'warnings', number>;
  files: Array<{ file: string; status: string; id?: string; reason?: string; warnings?: string[] }>;
  rebuild?: { swapped: boolean; reason?: string };
}

function report(run: CliRun): JsonReport {
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  return JSON.parse(run.stdout) as JsonReport;
}

describe('npm run ingest', { timeout: 600_000 }, () => {
  let meili: TestMeili;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let env: Record<string, string>;
  const ingest = (...args: string[]): Promise<CliRun> => runIngestCli(args, env, dir.path);
  const count = async (): Promise<number> => (await meili.admin.index(INDEX).getStats()).numberOfDocuments;

  before(async () => {
    meili = await startTestMeili();
    dir = await tempDir();
    env = {
      MEILI_HOST: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      MEILI_INDEX: INDEX,
      DATA_DIR: path.join(dir.path, 'data'),
    };
    await cp(GOOD, path.join(dir.path, 'releases'), { recursive: true });
  });
  after(async () => {
    await meili.stop();
    await dir.remove();
  });

  test('usage errors exit with 2 and a clear line', async () => {
    const run = await ingest();
    assert.equal(run.code, 2);
    assert.match(run.stderr, /Name at least one file or folder/);
    const bad = await ingest('--concurrency', 'viele', 'releases');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--concurrency must be a number/);
  });

  test('--dry-run extracts and reports but writes nothing', async () => {
    const run = await ingest('--dry-run', '--json', 'releases');
    assert.equal(run.code, 0, run.stderr);
    const r = report(run);
    assert.ok(r.summary.new > 0);
    const indexes = await meili.admin.getRawIndexes();
    assert.ok(!indexes.results.some((i) => i.uid === INDEX), 'no index created');
    assert.equal(await stat(path.join(env.DATA_DIR!, 'originals')).catch(() => undefined), undefined);
  });

  test('ingest → search finds; the PDF and HTML of one release become one record with both sources', async () => {
    const run = await ingest('--json', 'releases');
    assert.equal(run.code, 0, run.stderr);
    const r = report(run);
    assert.equal(r.summary.failed, 0);
    assert.equal(r.files.length, r.summary.new + r.summary.unchanged + r.summary.updated);
    for (const file of r.files) assert.ok(file.file.startsWith('releases/'), `path as given: ${file.file}`);
    const { hits } = await meili.admin.index(INDEX).search<Release>('Gentherapie', { limit: 5 });
    const smwk = hits.find((h) => h.title === 'Hightech Agenda bestätigt sächsisches Kernthema Zell- und Gentherapie');
    assert.ok(smwk, 'the SMWK release is found');
    assert.equal(smwk.ministryShort, 'SMWK');
    assert.equal(smwk.date, '2026-06-02');
    assert.deepEqual(
      smwk.sources.map((s) => s.type),
      ['pdf', 'html'],
      'one record, PDF preferred before HTML',
    );
    const smwkFiles = r.files.filter((f) => f.id === smwk.id);
    assert.equal(smwkFiles.length, 2);
    // originals are kept by hash
    for (const source of smwk.sources) {
      assert.equal((await stat(originalPath(env.DATA_DIR!, source.sha256))).size, source.bytes);
    }
    assert.equal(await count(), new Set(r.files.map((f) => f.id)).size, 'one document per release id');
  });

  test('a re-run changes nothing', async () => {
    const before = await count();
    const run = await ingest('--json', 'releases');
    assert.equal(run.code, 0, run.stderr);
    const r = report(run);
    assert.equal(r.summary.unchanged, r.files.length);
    assert.equal(r.summary.new + r.summary.updated, 0);
    assert.equal(await count(), before);
  });

  test('a changed file at the same path updates its release and keeps the id, even with a corrected title', async () => {
    const page = (title: string): string => `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<meta name="date" content="2025-02-03"><title>${title}</title></head><body><main>
<h1>${title}</h1><p>Dresden, 3. Februar 2025</p>
<p>Das Sächsische Staatsministerium für Kultus fördert 40 neue Schulbibliotheken in allen Landkreisen.</p>
<p>Die Förderung umfasst Bücher, Möbel und digitale Ausleihsysteme.</p></main></body></html>`;
    const file = path.join(dir.path, 'releases', 'schulbibliotheken.html');
    await writeFile(file, page('Schulbibliotehken: 40 neue Standorte'));
    const first = report(await ingest('--json', 'releases/schulbibliotheken.html')).files[0]!;
    assert.equal(first.status, 'new', first.reason);
    await writeFile(file, page('Schulbibliotheken: 40 neue Standorte'));
    const second = report(await ingest('--json', 'releases/schulbibliotheken.html')).files[0]!;
    assert.equal(second.status, 'updated');
    assert.equal(second.id, first.id);
    const updated = await meili.admin.index(INDEX).getDocument<Release>(first.id!);
    assert.equal(updated.title, 'Schulbibliotheken: 40 neue Standorte');
    assert.equal(updated.sources.length, 1, 'the old version of the file is replaced, not added');
  });

  test('two identical new files in one run become one release without a clash', async () => {
    const page = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="date" content="2025-04-01">
<title>Doppelt gespeichert</title></head><body><main><h1>Doppelt gespeichert: Landesarchiv öffnet Lesesaal</h1>
<p>Dresden, 1. April 2025</p><p>Das Sächsische Staatsministerium des Innern teilt mit, dass der Lesesaal wieder öffnet.</p>
</main></body></html>`;
    await mkdir(path.join(dir.path, 'doppelt'), { recursive: true });
    for (const name of ['a.html', 'b.html', 'c.html']) await writeFile(path.join(dir.path, 'doppelt', name), page);
    const run = await ingest('--json', 'doppelt');
    assert.equal(run.code, 0, run.stderr);
    const r = report(run);
    assert.equal(r.files.length, 3);
    assert.equal(new Set(r.files.map((f) => f.id)).size, 1, 'one release');
  });

  test('bad files are reported with a reason while the good ones land (exit code 1)', async () => {
    await cp(BAD, path.join(dir.path, 'mixed/bad'), { recursive: true });
    await cp(GOOD, path.join(dir.path, 'mixed/good'), { recursive: true });
    await writeFile(path.join(dir.path, 'mixed/leer.pdf'), '');
    const run = await ingest('--json', 'mixed', 'gibt-es-nicht.pdf');
    assert.equal(run.code, 1);
    const r = report(run);
    const failed = r.files.filter((f) => f.status === 'failed');
    assert.ok(failed.length >= 3);
    for (const f of failed) assert.ok(f.reason && f.reason.length > 5, `${f.file} has a reason`);
    assert.ok(failed.some((f) => f.file === 'gibt-es-nicht.pdf' && /not found/.test(f.reason!)));
    assert.ok(failed.some((f) => f.file === 'mixed/leer.pdf' && /empty/i.test(f.reason!)));
    const good = r.files.filter((f) => f.file.startsWith('mixed/good/'));
    assert.ok(good.length > 0 && good.every((f) => f.status !== 'failed'));
    assert.match(run.stderr, /FAILED {2}gibt-es-nicht\.pdf: file or folder not found/);
  });

  test('a file over MAX_FILE_MB is reported, not read', async () => {
    await mkdir(path.join(dir.path, 'gross'), { recursive: true });
    await writeFile(path.join(dir.path, 'gross', 'riesig.pdf'), Buffer.alloc(2 * 1024 * 1024 + 1, 0x20));
    const run = await runIngestCli(['--json', 'gross'], { ...env, MAX_FILE_MB: '2' }, dir.path);
    assert.equal(run.code, 1);
    const file = report(run).files[0]!;
    assert.equal(file.status, 'failed');
    assert.match(file.reason!, /larger than the limit of 2 MB \(MAX_FILE_MB\)/);
  });

  test('Ctrl-C finishes the files in progress, keeps them indexed and exits with 130', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(
      process.execPath,
      [
        '--import',
        import.meta.resolve('tsx'),
        path.join(REPO_ROOT, 'ingest/cli/ingest-cli.ts'),
        '--json',
        '--batch-size',
        '5',
        SAMPLES_DIR,
      ],
      {
        cwd: dir.path,
        env: { ...process.env, INIT_CWD: dir.path, ...env, MEILI_INDEX: 'abbruch', LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    // interrupt once the first batches are indexed
    const indexed = async (): Promise<number> =>
      (
        await meili.admin
          .index('abbruch')
          .getStats()
          .catch(() => undefined)
      )?.numberOfDocuments ?? 0;
    for (let i = 0; i < 600 && (await indexed()) < 5; i++) await delay(100);
    child.kill('SIGINT');
    assert.equal(await exited, 130);
    const r = JSON.parse(stdout) as JsonReport;
    const done = r.files.filter((f) => f.status === 'new');
    assert.ok(done.length > 0, 'some files were finished');
    for (const f of done) assert.ok(await meili.admin.index('abbruch').getDocument(f.id!), `${f.file} stays indexed`);
  });

  test('--rebuild swaps in a fresh index atomically: the live index never shrinks', async () => {
    const before = await count();
    let minSeen = Number.POSITIVE_INFINITY;
    let polling = true;
    const poll = (async () => {
      while (polling) {
        minSeen = Math.min(minSeen, await count());
        await delay(10);
      }
    })();
    const run = await ingest('--json', '--rebuild');
    polling = false;
    await poll;
    assert.equal(run.code, 0, run.stderr);
    assert.equal(minSeen, before, 'searchers never saw a half-built index');
    assert.equal(await count(), before);
    const indexes = (await meili.admin.getRawIndexes()).results.map((i) => i.uid);
    // Every index of the archive (releases, tombstones, word list) was swapped in one task, and no
    // temporary index is left.
    const live = archiveIndexUids(INDEX);
    assert.deepEqual(live, [INDEX, `${INDEX}_withdrawn`, `${INDEX}_words`]);
    for (const uid of live) assert.ok(!indexes.includes(rebuildIndexName(uid)), `${rebuildIndexName(uid)} is gone`);
    const { results } = await meili.admin.tasks.getTasks({ types: ['indexSwap'], limit: 1 });
    const swaps = (results[0]!.details as { swaps: Array<{ indexes: string[] }> }).swaps;
    assert.deepEqual(
      swaps.map((s) => s.indexes).sort(),
      live.map((uid) => [uid, rebuildIndexName(uid)]),
    );
  });

  test('--rebuild keeps the previous record of a release whose kept original cannot be extracted again', async () => {
    const before = await count();
    const { hits } = await meili.admin.index(INDEX).search<Release>('Ganztagsangebote Grundschulen', { limit: 1 });
    const previous = await meili.admin.index(INDEX).getDocument<Release>(hits[0]!.id);
    const { sha256 } = previous.sources[0]!;
    const kept = originalPath(env.DATA_DIR!, sha256);
    const bytes = await readFile(kept);
    try {
      // As if a new extractor version could not read it: the cached extraction is gone, the original broken.
      await writeFile(kept, '%PDF-1.7\nkaputt');
      await rm(path.join(env.DATA_DIR!, 'cache', 'extraction', sha256.slice(0, 2), `${sha256}.json`));
      const run = await ingest('--json', '--rebuild');
      assert.equal(run.code, 0, run.stderr);
      const entry = report(run).files.find((f) => f.id === previous.id);
      assert.equal(entry?.status, 'unchanged');
      assert.match(
        entry?.warnings?.join('\n') ?? '',
        /^the kept original could not be extracted again \(smk-2025-03-14-ganztag-3-seiten\.pdf: corrupt or truncated PDF \(.+\)\); the release keeps its previous record$/,
      );
      // Named by its path as the archivist gave it (relative to where the command runs).
      assert.equal(entry?.file, 'releases/smk-2025-03-14-ganztag-3-seiten.pdf');
      assert.match(run.stderr, /warning releases\/smk-2025-03-14-ganztag-3-seiten\.pdf: the kept original could not/);
      assert.equal(await count(), before);
      assert.deepEqual(await meili.admin.index(INDEX).getDocument<Release>(previous.id), previous);

      // Without a previous record either, the release is reported as failed (exit code 1), on the
      // line of its file when the rebuild names it.
      const file = 'releases/smk-2025-03-14-ganztag-3-seiten.pdf';
      await meili.admin.index(INDEX).deleteDocument(previous.id).waitTask();
      const again = await ingest('--json', '--rebuild', file);
      assert.equal(again.code, 1, again.stderr);
      const lines = report(again).files.filter((f) => f.id === previous.id);
      assert.deepEqual(
        lines.map((f) => [f.file, f.status]),
        [[file, 'failed']],
        'one line per release',
      );
      assert.match(lines[0]!.reason!, /could not be extracted again .*, and the index has no earlier record of it$/);
      assert.deepEqual(report(again).rebuild, { swapped: true });

      // It stayed in the state: with its original back, the next rebuild restores it and clears its mark.
      await writeFile(kept, bytes);
      const restoredByRebuild = await ingest('--json', '--rebuild');
      assert.equal(restoredByRebuild.code, 0, restoredByRebuild.stderr);
      assert.equal(await count(), before);
      assert.equal(report(await ingest('--json', file)).files[0]?.status, 'unchanged');

      // Failed once more: the state marks it as not indexed, so ingesting its file tries it again.
      // The damage keeps the file's size: the retry must still write the original again.
      const damaged = Buffer.alloc(bytes.length, ' ');
      damaged.write('%PDF-1.7\nkaputt\n');
      await writeFile(kept, damaged);
      await rm(path.join(env.DATA_DIR!, 'cache', 'extraction', sha256.slice(0, 2), `${sha256}.json`));
      await meili.admin.index(INDEX).deleteDocument(previous.id).waitTask();
      assert.equal((await ingest('--json', '--rebuild')).code, 1);
      const retry = await ingest('--json', file);
      assert.equal(retry.code, 0, retry.stderr);
      assert.deepEqual(
        report(retry).files.map((f) => [f.status, f.id]),
        [['updated', previous.id]],
      );
      assert.equal(await count(), before);
      assert.equal((await meili.admin.index(INDEX).getDocument<Release>(previous.id)).title, previous.title);
      assert.deepEqual(await readFile(kept), bytes, 'the broken kept original was replaced by the file');
      const settled = await ingest('--json', file);
      assert.equal(report(settled).files[0]?.status, 'unchanged', 'indexed again, the mark is gone');
    } finally {
      await writeFile(kept, bytes);
      const restored = await ingest('--json', '--rebuild');
      assert.equal(restored.code, 0, restored.stderr);
      assert.equal(await count(), before);
    }
  });

  test('--rebuild is not swapped in when Meilisearch refuses the record of a release the archive has', async () => {
    const before = await count();
    const { hits } = await meili.admin.index(INDEX).search<Release>('Ganztagsangebote Grundschulen', { limit: 1 });
    const previous = await meili.admin.index(INDEX).getDocument<Release>(hits[0]!.id);
    const { sha256 } = previous.sources[0]!;
    const cacheFile = path.join(env.DATA_DIR!, 'cache', 'extraction', sha256.slice(0, 2), `${sha256}.json`);
    try {
      // As if Meilisearch could no longer take its record: the cached extraction carries a field it refuses.
      const cached = JSON.parse(await readFile(cacheFile, 'utf8')) as { result: { release: Record<string, unknown> } };
      cached.result.release._vectors = 'kaputt';
      await writeFile(cacheFile, JSON.stringify(cached));
      const run = await ingest('--json', '--rebuild');
      assert.equal(run.code, 1, run.stderr);
      const r = report(run);
      assert.equal(r.rebuild?.swapped, false);
      const lines = r.files.filter((f) => f.id === previous.id);
      assert.deepEqual(
        lines.map((f) => f.status),
        ['failed'],
      );
      assert.match(lines[0]!.reason!, /^Meilisearch refused the record: /);
      assert.match(
        run.stderr,
        /Rebuild NOT swapped in: 1 release\(s\) of the archive could not be written to the new index/,
      );
      assert.equal(await count(), before, 'the live index keeps every release');
      assert.deepEqual(await meili.admin.index(INDEX).getDocument<Release>(previous.id), previous);
      const indexes = (await meili.admin.getRawIndexes()).results.map((i) => i.uid);
      assert.ok(!indexes.includes(`${INDEX}_rebuild`), 'the unfinished index is dropped');
    } finally {
      await rm(cacheFile, { force: true }); // the next run extracts the kept original again
      const restored = await ingest('--json', '--rebuild');
      assert.equal(restored.code, 0, restored.stderr);
      assert.deepEqual(report(restored).rebuild, { swapped: true });
      assert.equal(await count(), before);
    }
  });

  test('--rebuild takes the text from the HTML page of a release whose kept PDF cannot be extracted again', async () => {
    const { hits } = await meili.admin.index(INDEX).search<Release>('Gentherapie', { limit: 5 });
    const hit = hits.find((h) => h.sources.length === 2 && h.sources[0]!.type === 'pdf');
    assert.ok(hit, 'a release with a PDF and an HTML page');
    const previous = await meili.admin.index(INDEX).getDocument<Release>(hit.id);
    const [pdf, html] = previous.sources as [Release['sources'][0], Release['sources'][0]];
    const kept = originalPath(env.DATA_DIR!, pdf.sha256);
    const bytes = await readFile(kept);
    try {
      await writeFile(kept, '%PDF-1.7\nkaputt');
      await rm(path.join(env.DATA_DIR!, 'cache', 'extraction', pdf.sha256.slice(0, 2), `${pdf.sha256}.json`));
      const run = await ingest('--json', '--rebuild');
      assert.equal(run.code, 0, run.stderr);
      const lines = report(run).files.filter((f) => f.id === previous.id);
      assert.equal(lines.length, 1);
      assert.equal(lines[0]!.status, 'unchanged');
      assert.match(
        lines[0]!.warnings?.join('\n') ?? '',
        new RegExp(
          `^the kept original could not be extracted again \\(${pdf.filename}: .+\\); the text now comes from ${html.filename}$`,
        ),
      );
      const rebuilt = await meili.admin.index(INDEX).getDocument<Release>(previous.id);
      assert.deepEqual(rebuilt.sources, previous.sources, 'both originals are still offered');
      assert.equal(rebuilt.title, previous.title);
      assert.notEqual(rebuilt.body, undefined);
    } finally {
      await writeFile(kept, bytes);
      const restored = await ingest('--json', '--rebuild');
      assert.equal(restored.code, 0, restored.stderr);
      assert.deepEqual(await meili.admin.index(INDEX).getDocument<Release>(previous.id), previous);
    }
  });

  test('--remove --reason withdraws a release for good: tombstone, original kept, not back by ingest or rebuild; --restore brings it back', async () => {
    const { hits } = await meili.admin.index(INDEX).search<Release>('Gentherapie', { limit: 1 });
    const release = hits[0]!;
    const withoutReason = await ingest('--remove', release.id);
    assert.equal(withoutReason.code, 2);
    assert.match(withoutReason.stderr, /--reason/);
    const reason = 'Falsche Angaben zur Studie';
    const run = await ingest('--json', '--remove', release.id, '--reason', reason);
    assert.equal(run.code, 0, run.stderr);
    await assert.rejects(meili.admin.index(INDEX).getDocument(release.id));
    const tombstone = await meili.admin.index(`${INDEX}_withdrawn`).getDocument(release.id);
    assert.equal(tombstone.reason, reason);
    assert.equal(tombstone.title, release.title);
    assert.equal(tombstone.date, release.date);
    assert.ok(await stat(originalPath(env.DATA_DIR!, release.sources[0]!.sha256)));
    const audit = await readFile(path.join(env.DATA_DIR!, 'admin', 'audit.jsonl'), 'utf8');
    assert.match(audit, new RegExp(`"action":"release-withdrawn","actor":"cli:[^"]+","subject":"${release.id}"`));

    // Its files ingested again (the same, and changed): reported as withdrawn, not back.
    const again = report(await ingest('--json', 'releases'));
    const lines = again.files.filter((f) => f.id === release.id);
    assert.ok(lines.length > 0 && lines.every((f) => f.status === 'withdrawn'), JSON.stringify(lines));
    assert.match(lines[0]!.reason!, /withdrawn/);
    await assert.rejects(meili.admin.index(INDEX).getDocument(release.id));

    const rebuilt = await ingest('--json', '--rebuild');
    assert.equal(rebuilt.code, 0, rebuilt.stderr);
    await assert.rejects(meili.admin.index(INDEX).getDocument(release.id), 'a rebuild keeps it withdrawn');
    assert.equal((await meili.admin.index(`${INDEX}_withdrawn`).getDocument(release.id)).reason, reason);

    const restored = await ingest('--json', '--restore', release.id);
    assert.equal(restored.code, 0, restored.stderr);
    assert.equal((await meili.admin.index(INDEX).getDocument<Release>(release.id)).title, release.title);
    await assert.rejects(meili.admin.index(`${INDEX}_withdrawn`).getDocument(release.id), 'the tombstone is gone');
    const after = report(await ingest('--json', 'releases'));
    assert.ok(after.files.filter((f) => f.id === release.id).every((f) => f.status === 'unchanged'));
  });
});
