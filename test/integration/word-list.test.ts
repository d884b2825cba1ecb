/**
 * The archive's word list (`<MEILI_INDEX>_words`, issue 21) against a real Meilisearch: an ingest
 * fills it with the words of the releases it wrote and the number of releases each occurs in, the
 * next ingest adds to those counts, and a rebuild counts afresh into a new list swapped in with the
 * releases (a word no release holds any more is gone).
 */
import assert from 'node:assert/strict';
import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { Release } from '../../src/archive/release.js';
import { waitForSuccess } from '../../src/archive/meili-client.js';
import { wordDocumentId, wordsOfRelease, type WordDocument } from '../../src/archive/word-list.js';
import { REPO_ROOT } from '../helpers/archive-process.js';
import { runIngestCli, type CliRun } from '../helpers/ingest-cli.js';
import { meiliAndTempDir } from '../helpers/test-meili.js';

const INDEX = 'wordlist';

describe('the word list', { timeout: 300_000 }, () => {
  const setup = meiliAndTempDir();
  let env: Record<string, string>;
  const ingest = (...args: string[]): Promise<CliRun> => runIngestCli(args, env, setup.dir.path);
  const wordList = async (): Promise<Map<string, number>> => {
    const { results } = await setup.meili.admin.index<WordDocument>(`${INDEX}_words`).getDocuments({ limit: 100_000 });
    return new Map(results.map((doc) => [doc.word, doc.count]));
  };
  /** What the list should hold: each word of the indexed releases with the number of releases it occurs in. */
  const countedFromReleases = async (): Promise<Map<string, number>> => {
    const { results } = await setup.meili.admin.index<Release>(INDEX).getDocuments({ limit: 1000 });
    const counts = new Map<string, number>();
    for (const release of results)
      for (const word of wordsOfRelease(release)) counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
  };

  before(async () => {
    env = {
      MEILI_HOST: setup.meili.url,
      MEILI_MASTER_KEY: setup.meili.masterKey,
      MEILI_INDEX: INDEX,
      DATA_DIR: path.join(setup.dir.path, 'data'),
    };
    await cp(path.join(REPO_ROOT, 'test/fixtures/good'), path.join(setup.dir.path, 'releases'), { recursive: true });
  });

  test('an ingest writes every word of its releases with the number of releases it occurs in', async () => {
    const run = await ingest('releases');
    assert.equal(run.code, 0, run.stderr);
    const expected = await countedFromReleases();
    assert.ok(expected.size > 200, `the fixtures have words (${expected.size})`);
    assert.deepEqual(await wordList(), expected);
    assert.ok((expected.get('und') ?? 0) >= 3, 'a word of several releases counts each');
  });

  test('the next ingest adds its releases to the counts', async () => {
    const before = await wordList();
    await writeFile(
      path.join(setup.dir.path, 'more.html'),
      '<html><head><title>Zauberwortbrücke für Hightech</title><meta name="date" content="03.06.2026 10:15"></head><body><h1>Zauberwortbrücke für Hightech</h1>' +
        '<p>Dresden, 3. Juni 2026. Die Zauberwortbrücke verbindet die Hightech-Standorte der Stadt miteinander.</p>' +
        '<p>Sie wird im Sommer eröffnet und steht allen offen, die zu Fuß oder mit dem Rad unterwegs sind.</p></body></html>',
    );
    const run = await ingest('more.html');
    assert.equal(run.code, 0, run.stderr);
    const after = await wordList();
    assert.equal(after.get('zauberwortbrücke'), 1, 'a new word');
    assert.equal(after.get('hightech'), before.get('hightech')! + 1, 'a known word counts one more');
    assert.deepEqual(after, await countedFromReleases());
  });

  test('a rebuild counts afresh into a new list and swaps it in', async () => {
    const stale: WordDocument = { id: wordDocumentId('vergessenwort'), word: 'vergessenwort', count: 3 };
    await waitForSuccess(setup.meili.admin.index(`${INDEX}_words`).addDocuments([stale]), 'stale word');
    const run = await ingest('--rebuild');
    assert.equal(run.code, 0, run.stderr);
    const list = await wordList();
    assert.equal(list.has('vergessenwort'), false, 'a word no release holds is gone');
    assert.deepEqual(list, await countedFromReleases());
    const indexes = (await setup.meili.admin.getRawIndexes()).results.map((i) => i.uid).sort();
    assert.deepEqual(indexes, [INDEX, `${INDEX}_withdrawn`, `${INDEX}_words`], 'the rebuild indexes are gone');
  });
});
