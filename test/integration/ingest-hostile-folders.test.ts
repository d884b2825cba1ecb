/**
 * A folder that lies, through `npm run ingest` and a real Meilisearch: it holds links to a file
 * outside, to a device, to a FIFO, two links that loop, a FIFO, a file whose name is not UTF-8 and
 * ordinary releases. Every run ends, every entry is reported with its reason, nothing outside the
 * folder is published (neither in the index nor among the kept originals), and with
 * --follow-links a link inside is followed once. Each test has its own timeout, so a walk that
 * loops or a read that blocks fails instead of hanging.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Release } from '../../src/archive/release.js';
import { UNDECODABLE_NAME_WARNING } from '../../ingest/run/file-names.js';
import type { IngestReport } from '../../ingest/run/ingest-report.js';
import { sha256Of } from '../../ingest/store/originals-store.js';
import { REPO_ROOT } from '../helpers/archive-process.js';
import { runIngestCli, type CliRun } from '../helpers/ingest-cli.js';
import { startTestMeili, type TestMeili } from '../helpers/test-meili.js';
import { tempDir } from '../helpers/temp-dir.js';

const GOOD = path.join(REPO_ROOT, 'test/fixtures/good');
const INDEX = 'ordnerwege';
/** The file name that is not UTF-8 (0xff), as bytes and as shown. */
const BAD_NAME = Buffer.from('Mitteilung-\xff.html', 'latin1');
const BAD_SHOWN = 'eingang/Mitteilung-\uFFFD.html';

function report(run: CliRun): IngestReport {
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  return JSON.parse(run.stdout) as IngestReport;
}

/** file → "status" or "status code". */
const outcomes = (r: IngestReport): Record<string, string> =>
  Object.fromEntries(r.files.map((f) => [f.file, f.code ? `${f.status} ${f.code}` : f.status]));

describe('npm run ingest on a folder that lies', { timeout: 400_000 }, () => {
  let meili: TestMeili;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let env: Record<string, string>;
  let secret: Buffer;
  const ingest = (...args: string[]): Promise<CliRun> => runIngestCli(args, env, dir.path);
  const inbox = (...names: string[]): string => path.join(dir.path, 'eingang', ...names);
  const documents = async (): Promise<Release[]> =>
    (await meili.admin.index(INDEX).getDocuments<Release>({ limit: 100 })).results;
  const originals = async (): Promise<string[]> => {
    const root = path.join(env.DATA_DIR!, 'originals');
    const found: string[] = [];
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true }))
      if (entry.isFile()) found.push(entry.name);
    return found;
  };
  /** Neither the index nor the kept originals hold the file outside. */
  const nothingOutsidePublished = async (): Promise<void> => {
    const docs = await documents();
    assert.ok(
      docs.every((d) => d.sources.every((s) => s.sha256 !== sha256Of(secret))),
      'not in the index',
    );
    assert.ok(!(await originals()).some((name) => name.startsWith(sha256Of(secret))), 'not kept as an original');
    assert.ok(!docs.some((d) => d.sources.some((s) => s.filename === 'vertraulich.html')));
  };

  before(async () => {
    meili = await startTestMeili();
    dir = await tempDir();
    env = {
      MEILI_HOST: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      MEILI_INDEX: INDEX,
      DATA_DIR: path.join(dir.path, 'data'),
    };
    await mkdir(inbox('unter'), { recursive: true });
    await mkdir(inbox('.entwurf'));
    await mkdir(path.join(dir.path, 'geheim'));
    await copyFile(path.join(GOOD, 'senbjf-2024-04-03-berlin.html'), inbox('senbjf.html'));
    await copyFile(path.join(GOOD, 'smul-2025-09-12-opengraph.html'), inbox('smul.html'));
    await copyFile(
      path.join(GOOD, 'smwk-2026-06-02-hightech-agenda.html'),
      Buffer.concat([Buffer.from(`${inbox()}/`), BAD_NAME]),
    );
    await copyFile(path.join(GOOD, 'smf-2025-11-20-windows-1252.html'), inbox('.entwurf', 'spaeter.html'));
    const outside = path.join(dir.path, 'geheim', 'vertraulich.html');
    await copyFile(path.join(GOOD, 'pd-leipzig-2016-05-12-doppelt-kodiert.html'), outside);
    secret = await readFile(outside);
    await symlink('../geheim/vertraulich.html', inbox('vertraulich.html'));
    await symlink('/dev/zero', inbox('null.pdf'));
    execFileSync('mkfifo', [inbox('rohr.pdf')]);
    await symlink('rohr.pdf', inbox('zum-rohr.pdf'));
    await symlink('.', inbox('selbst'));
    await symlink('..', inbox('unter', 'hoch'));
    await symlink('senbjf.html', inbox('zweimal.html'));
    await symlink('.entwurf/spaeter.html', inbox('freigabe.html'));
  });
  after(async () => {
    await meili.stop();
    await dir.remove();
  });

  test('by default: links reported as skipped, the FIFO refused, the rest ingested', { timeout: 120_000 }, async () => {
    const run = await ingest('--json', 'eingang');
    assert.equal(run.code, 0, run.stderr);
    const r = report(run);
    assert.deepEqual(outcomes(r), {
      [BAD_SHOWN]: 'new',
      'eingang/freigabe.html': 'skipped symlink',
      'eingang/null.pdf': 'skipped symlink',
      'eingang/rohr.pdf': 'skipped not-a-regular-file',
      'eingang/selbst': 'skipped symlink',
      'eingang/senbjf.html': 'new',
      'eingang/smul.html': 'new',
      'eingang/unter/hoch': 'skipped symlink',
      'eingang/vertraulich.html': 'skipped symlink',
      'eingang/zum-rohr.pdf': 'skipped symlink',
      'eingang/zweimal.html': 'skipped symlink',
    });
    assert.equal(r.files.length, 11, 'each entry once');
    assert.equal(r.summary.skipped, 8);
    assert.ok(r.files.find((f) => f.file === BAD_SHOWN)!.warnings!.includes(UNDECODABLE_NAME_WARNING));
    assert.match(run.stderr, /skipped eingang\/null\.pdf: symbolic link, not followed .*\[symlink\]/);
    const docs = await documents();
    assert.equal(docs.length, 3);
    const shown = docs.flatMap((d) => d.sources.map((s) => s.filename));
    assert.ok(shown.includes('Mitteilung-\uFFFD.html'), `the readable name in the index: ${shown.join(', ')}`);
    assert.equal((await originals()).length, 3);
    await nothingOutsidePublished();
  });

  test(
    '--follow-links: the link inside followed once, outside, device, FIFO and loops reported',
    { timeout: 120_000 },
    async () => {
      const run = await ingest('--json', '--follow-links', 'eingang');
      assert.equal(run.code, 0, run.stderr);
      const r = report(run);
      assert.deepEqual(outcomes(r), {
        [BAD_SHOWN]: 'unchanged',
        'eingang/freigabe.html': 'new',
        'eingang/null.pdf': 'skipped link-outside',
        'eingang/rohr.pdf': 'skipped not-a-regular-file',
        'eingang/selbst': 'skipped link-loop',
        'eingang/senbjf.html': 'unchanged',
        'eingang/smul.html': 'unchanged',
        'eingang/unter/hoch': 'skipped link-loop',
        'eingang/vertraulich.html': 'skipped link-outside',
        'eingang/zum-rohr.pdf': 'skipped not-a-regular-file',
        'eingang/zweimal.html': 'skipped duplicate',
      });
      assert.equal((await documents()).length, 4);
      assert.equal((await originals()).length, 4);
      await nothingOutsidePublished();
    },
  );

  test(
    'named on the command line: a link is followed, a device and a FIFO fail unopened',
    { timeout: 120_000 },
    async () => {
      const run = await ingest('--json', '/dev/zero', 'eingang/rohr.pdf', 'eingang/zweimal.html');
      assert.equal(run.code, 1, run.stderr);
      assert.deepEqual(outcomes(report(run)), {
        '/dev/zero': 'failed not-a-regular-file',
        'eingang/rohr.pdf': 'failed not-a-regular-file',
        'eingang/zweimal.html': 'unchanged',
      });
    },
  );

  test('the file whose name is not UTF-8 keeps its release when it changes', { timeout: 120_000 }, async () => {
    const before = (await documents()).find((d) => d.sources.some((s) => s.filename === 'Mitteilung-\uFFFD.html'))!;
    await copyFile(
      path.join(GOOD, 'smi-2025-03-05-html-als.pdf'),
      Buffer.concat([Buffer.from(`${inbox()}/`), BAD_NAME]),
    );
    const run = await ingest('--json', 'eingang');
    const line = report(run).files.find((f) => f.file === BAD_SHOWN)!;
    assert.equal(line.status, 'updated', JSON.stringify(line));
    assert.equal(line.id, before.id, 'found by its path in the state journal');
    const journal = await readFile(path.join(env.DATA_DIR!, 'state', `${INDEX}.jsonl`), 'utf8');
    assert.ok(journal.includes(JSON.stringify(path.join(dir.path, 'eingang', 'Mitteilung-\udcff.html'))));
  });
});
