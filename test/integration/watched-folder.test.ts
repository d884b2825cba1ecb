/**
 * The watched folder with the real `npm start` and a real Meilisearch: files dropped into
 * INGEST_WATCH_DIR are ingested and moved — a good one to `erledigt/`, a corrupt PDF and a
 * symbolic link (never followed) to `fehlgeschlagen/` — each with a German report beside it; a
 * second file under the same name is a release of its own (keyed by content, not by name) and is
 * moved beside the first as „name (2)“; the runs are listed by `npm run ingest -- --runs`; a
 * quellen.csv stays in the folder (its report line is no file's), the file beside it gets its own report.
 */
import assert from 'node:assert/strict';
import { copyFile, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import type { Release } from '../../src/archive/release.js';
import { runArchive, type ArchiveProcess } from '../helpers/archive-process.js';
import { fixturePath } from '../helpers/fixture-files.js';
import { runIngestCli } from '../helpers/ingest-cli.js';
import { meiliAndTempDir } from '../helpers/test-meili.js';

const INDEX = 'ordner';
/** The files and their reports beside them, sorted as a folder listing is here. */
const withReports = (...files: string[]): string[] => files.flatMap((f) => [f, `${f}.bericht.txt`]).sort();

describe('the watched folder of npm start', { timeout: 240_000 }, () => {
  const setup = meiliAndTempDir();
  let archive: ArchiveProcess;
  let watch: string;
  let env: Record<string, string>;
  const names = async (folder: string): Promise<string[]> => (await readdir(path.join(watch, folder))).sort();
  /** Waits until the watched folder holds nothing but its two folders. */
  const emptied = async (): Promise<void> => {
    const until = Date.now() + 120_000;
    while ((await readdir(watch)).length > 2) {
      if (Date.now() > until) throw new Error(`not ingested in time: ${await readdir(watch)}\n${archive.output()}`);
      await delay(250);
    }
  };
  const ids = async (q: string) =>
    (await setup.meili.admin.index(INDEX).search<Release>(q, { limit: 20 })).hits.map((hit) => hit.id);

  before(async () => {
    watch = path.join(setup.dir.path, 'eingang');
    env = {
      MEILI_HOST: setup.meili.url,
      MEILI_MASTER_KEY: setup.meili.masterKey,
      MEILI_INDEX: INDEX,
      DATA_DIR: path.join(setup.dir.path, 'data'),
      LOAD_SAMPLES: '0',
      INGEST_WATCH_DIR: watch,
      INGEST_WATCH_INTERVAL_S: '1',
    };
    archive = await runArchive(env);
    await archive.ready();
  });
  after(async () => {
    await archive?.stop();
  });

  test('dropped files are ingested and moved, each with its report; a link is not followed', async () => {
    assert.deepEqual(await readdir(watch).then((n) => n.sort()), ['erledigt', 'fehlgeschlagen']);
    await copyFile(fixturePath('good/smwk-2026-06-02-hightech-agenda.html'), path.join(watch, 'scan.html'));
    await copyFile(fixturePath('bad/truncated.pdf'), path.join(watch, 'kaputt.pdf'));
    await symlink(fixturePath('good/smul-2025-09-12-opengraph.html'), path.join(watch, 'verweis.html'));
    await emptied();
    assert.deepEqual(await names('erledigt'), withReports('scan.html'));
    assert.deepEqual(await names('fehlgeschlagen'), withReports('kaputt.pdf', 'verweis.html'));
    const good = await readFile(path.join(watch, 'erledigt', 'scan.html.bericht.txt'), 'utf8');
    assert.match(
      good,
      /^Datei: scan\.html\nErgebnis: neu\nMitteilung: (\S+) \(http:\/\/127\.0\.0\.1:\d+\/mitteilung\/\1\)/,
    );
    const id = /Mitteilung: (\S+)/.exec(good)![1]!;
    assert.deepEqual(await ids('Gentherapie'), [id]);
    const corrupt = await readFile(path.join(watch, 'fehlgeschlagen', 'kaputt.pdf.bericht.txt'), 'utf8');
    assert.match(corrupt, /Ergebnis: fehlgeschlagen\nGrund: Die PDF-Datei ist beschädigt oder unvollständig\./);
    const link = await readFile(path.join(watch, 'fehlgeschlagen', 'verweis.html.bericht.txt'), 'utf8');
    assert.match(link, /Ergebnis: übersprungen/);
    assert.deepEqual(await ids('Wolfsmonitoring'), [], 'the linked file was not read');
  });

  test('a second file under the same name is a release of its own, moved beside the first', async () => {
    await copyFile(fixturePath('good/smk-2026-05-20-tabelle-links.html'), path.join(watch, 'scan.html'));
    await emptied();
    assert.deepEqual(await names('erledigt'), withReports('scan (2).html', 'scan.html'));
    const report = await readFile(path.join(watch, 'erledigt', 'scan (2).html.bericht.txt'), 'utf8');
    assert.match(report, /Ergebnis: neu/);
    assert.equal((await ids('')).length, 2);
    const runs = await runIngestCli(['--runs'], env);
    assert.equal(runs.code, 0, runs.stderr);
    // The newest first: this drop's run, by the watched folder.
    assert.match(runs.stdout, /^\S+ {2}watch +\S+ {2}1 new, 0 updated, 0 unchanged, 0 failed/);
  });

  test('a quellen.csv stays in the folder; the file beside it gets its own report', async () => {
    await writeFile(
      path.join(watch, 'quellen.csv'),
      'Datei;Adresse\nmit-quelle.html;https://www.example.org/quelle.html\n',
    );
    await copyFile(fixturePath('good/smul-2025-09-12-opengraph.html'), path.join(watch, 'mit-quelle.html'));
    const until = Date.now() + 120_000;
    while ((await readdir(watch)).includes('mit-quelle.html')) {
      if (Date.now() > until) throw new Error(`not ingested in time: ${await readdir(watch)}\n${archive.output()}`);
      await delay(250);
    }
    assert.deepEqual((await readdir(watch)).sort(), ['erledigt', 'fehlgeschlagen', 'quellen.csv']);
    assert.ok((await names('erledigt')).includes('mit-quelle.html'), archive.output());
    const report = await readFile(path.join(watch, 'erledigt', 'mit-quelle.html.bericht.txt'), 'utf8');
    assert.match(report, /^Datei: mit-quelle\.html\nErgebnis: neu\nMitteilung: (\S+)/);
  });
});
