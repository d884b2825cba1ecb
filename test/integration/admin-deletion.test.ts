/**
 * Deletion for legal reasons through the archivists' surface, with a real Meilisearch, the real
 * admin app, the real ingest and user commands and the real public app: only an account given the
 * right (`npm run user -- grant-delete`) may delete; a deleted release — corrected, or withdrawn —
 * leaves nothing: no record, no tombstone (its page answers 404, not 410), no original, cached
 * extraction, correction or journal line, none of its own words in the word list; other releases
 * keep theirs. The audit line says that and why, naming the release only by a fingerprint. Its file,
 * a re-saved copy of it and an upload of it are refused afterwards (command line and upload).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test, before, after } from 'node:test';
import request from 'supertest';
import { readAudit } from '../../src/admin/audit/audit-log.js';
import { inputOf } from '../../src/admin/correction-form.js';
import { archiveIndexNames } from '../../src/archive/archive-indexes.js';
import { originalPath } from '../../src/archive/originals.js';
import type { IngestReport } from '../../ingest/run/ingest-report.js';
import { releaseFingerprint } from '../../src/archive/release-fingerprint.js';
import type { Release } from '../../src/archive/release.js';
import { wordDocumentId, wordsOfRelease, type WordDocument } from '../../src/archive/word-list.js';
import { startAdminHarness, type AdminHarness } from '../helpers/admin-harness.js';
import { AdminClient, formError } from '../helpers/admin-client.js';
import { REPO_ROOT } from '../helpers/archive-process.js';
import { runIngestCli } from '../helpers/ingest-cli.js';
import { runEntry } from '../helpers/run-entry.js';
import { meiliAndTempDir } from '../helpers/test-meili.js';

const INDEX = 'loeschung';
const ADMIN = '/verwaltung';
const PASSWORD = 'richtig-langes-passwort';
const LEGAL = 'Beschluss LG Dresden, Az. 3 O 123/26';

describe('deletion for legal reasons', { timeout: 300_000 }, () => {
  const setup = meiliAndTempDir();
  let harness: AdminHarness;
  let env: Record<string, string>;
  let releases: Release[];
  const anna = () => harness.anna();
  const userCli = (...args: string[]) => runEntry('src/admin/cli/user-cli.ts', args, env);
  const deleteWith = async (c: AdminClient, form: Record<string, string>) => {
    const page = await c.get(`${ADMIN}/loeschen`);
    assert.equal(page.status, 200, page.text);
    return c.post(`${ADMIN}/loeschen`, { _csrf: AdminClient.token(page.text), ...form });
  };
  const wordCount = async (word: string): Promise<number | undefined> => {
    const index = setup.meili.admin.index<WordDocument>(archiveIndexNames(INDEX).words);
    const found = await index.getDocuments({ ids: [wordDocumentId(word)], limit: 1 });
    return found.results[0]?.count;
  };
  /** A word of `release` that no other release has. */
  const ownWord = async (release: Release): Promise<string> => {
    const others = new Set(releases.filter((r) => r.id !== release.id).flatMap((r) => [...wordsOfRelease(r)]));
    const own = [...wordsOfRelease(release)].find((w) => !others.has(w) && w.length > 6);
    assert.ok(own, `${release.id} has a word of its own`);
    return own;
  };

  before(async () => {
    const { meili, dir } = setup;
    env = { MEILI_HOST: meili.url, MEILI_MASTER_KEY: meili.masterKey, MEILI_INDEX: INDEX, DATA_DIR: dir.path };
    const run = await runIngestCli([path.join(REPO_ROOT, 'test/fixtures/good')], env);
    assert.equal(run.code, 0, run.stderr);
    harness = await startAdminHarness(meili, dir.path, INDEX, PASSWORD);
    releases = (await meili.admin.index(INDEX).getDocuments<Release>({ limit: 100 })).results;
    assert.ok(releases.length >= 3);
  });
  after(() => harness?.close());

  test('an account without the right is refused and nothing is deleted', async () => {
    const c = await anna();
    assert.doesNotMatch((await c.get(`${ADMIN}/`)).text, /endgültig löschen/, 'no link on the start page');
    const form = await c.get(`${ADMIN}/loeschen`);
    assert.equal(form.status, 403);
    assert.match(form.text, /Ihr Konto darf keine Mitteilungen endgültig löschen/);
    const token = AdminClient.token((await c.get(`${ADMIN}/zurueckziehen`)).text);
    const post = await c.post(`${ADMIN}/loeschen`, {
      _csrf: token,
      id: releases[0]!.id,
      reason: LEGAL,
      confirmed: 'ja',
    });
    assert.equal(post.status, 403);
    assert.equal((await request(harness.site).get(`/mitteilung/${releases[0]!.id}`)).status, 200);
  });

  test('the right is given and taken on the command line, and is in the audit log', async () => {
    const granted = await userCli('grant-delete', 'anna');
    assert.equal(granted.code, 0, granted.stderr);
    assert.match(granted.stdout, /darf Mitteilungen aus rechtlichen Gründen löschen/);
    assert.match((await userCli('list')).stdout, /^anna\taktiv, darf löschen\t/m);
    assert.equal((await userCli('grant-delete', 'anna')).code, 1, 'already granted');
    const c = await anna();
    assert.match((await c.get(`${ADMIN}/`)).text, /Mitteilung endgültig löschen/);
    const revoked = await userCli('revoke-delete', 'anna');
    assert.equal(revoked.code, 0, revoked.stderr);
    assert.equal((await c.get(`${ADMIN}/loeschen`)).status, 403, 'an open session loses the right at once');
    assert.equal((await userCli('grant-delete', 'anna')).code, 0);
    const actions = (await readAudit(harness.storage.files.audit)).entries.map((e) => e.action);
    assert.deepEqual(
      actions.filter((a) => a.startsWith('delete-right')),
      ['delete-right-granted', 'delete-right-revoked', 'delete-right-granted'],
    );
  });

  test('the form needs a known release, a reason and the confirmation', async () => {
    const c = await anna();
    const missing = await deleteWith(c, { id: releases[0]!.id, reason: LEGAL });
    assert.equal(missing.status, 400);
    assert.equal(formError(missing.text), 'Bestätigen Sie, dass die Mitteilung endgültig gelöscht werden muss.');
    const noReason = await deleteWith(c, { id: releases[0]!.id, reason: '', confirmed: 'ja' });
    assert.equal(formError(noReason.text), 'Geben Sie den rechtlichen Grund an.');
    const unknown = await deleteWith(c, { id: 'smk-1999-01-01-nichts', reason: LEGAL, confirmed: 'ja' });
    assert.equal(formError(unknown.text), 'Eine Mitteilung mit dieser Kennung gibt es im Archiv nicht.');
    assert.equal((await request(harness.site).get(`/mitteilung/${releases[0]!.id}`)).status, 200);
  });

  test('a corrected and a withdrawn release are deleted entirely; the others keep everything', async () => {
    const dir = setup.dir.path;
    const [corrected, withdrawn, kept] = releases;
    const c = await anna();
    // A correction, so that there is one to delete.
    const page = await c.get(`${ADMIN}/korrigieren?id=${corrected!.id}`);
    const form = { _csrf: AdminClient.token(page.text), id: corrected!.id, ...inputOf(corrected!) };
    const saved = await c.post(`${ADMIN}/korrigieren`, {
      ...form,
      title: 'Ein berichtigter Titel',
      reason: 'Tippfehler',
    });
    assert.equal(saved.status, 303, saved.text);
    const removed = await runIngestCli(['--remove', withdrawn!.id, '--reason', 'Veraltet'], env);
    assert.equal(removed.code, 0, removed.stderr);
    assert.equal((await request(harness.site).get(`/mitteilung/${withdrawn!.id}`)).status, 410);
    const ownWords = [await ownWord(corrected!), await ownWord(withdrawn!)];
    // Counted once by the ingest, the corrected one once more when the correction wrote it again.
    for (const word of ownWords) assert.ok(((await wordCount(word)) ?? 0) >= 1, `${word} is in the word list`);
    const keptWord = await ownWord(kept!);

    for (const release of [corrected!, withdrawn!]) {
      const res = await deleteWith(c, { id: release.id, reason: LEGAL, confirmed: 'ja' });
      assert.equal(res.status, 303, res.text);
      assert.match((await c.get(res.location!)).text, /Die Mitteilung ist endgültig gelöscht/);
    }

    for (const release of [corrected!, withdrawn!]) {
      assert.equal((await request(harness.site).get(`/mitteilung/${release.id}`)).status, 404, 'no 410: no tombstone');
      assert.equal((await request(harness.site).get(`/api/mitteilungen/${release.id}`)).status, 404);
      for (const source of release.sources) {
        await assert.rejects(stat(originalPath(dir, source.sha256)), { code: 'ENOENT' }, 'original deleted');
        await assert.rejects(
          stat(path.join(dir, 'cache', 'extraction', source.sha256.slice(0, 2), `${source.sha256}.json`)),
          { code: 'ENOENT' },
          'cached extraction deleted',
        );
      }
    }
    await assert.rejects(stat(path.join(dir, 'corrections', INDEX, `${corrected!.id}.json`)), { code: 'ENOENT' });
    const journal = await readFile(path.join(dir, 'state', `${INDEX}.jsonl`), 'utf8');
    for (const release of [corrected!, withdrawn!]) {
      assert.ok(!journal.includes(release.id), 'no journal line names it');
      assert.ok(!journal.includes(release.sources[0]!.sha256), 'no journal line names its files');
    }
    for (const word of ownWords) assert.equal(await wordCount(word), undefined, `${word} left the word list`);
    assert.ok(((await wordCount(keptWord)) ?? 0) >= 1, 'the other releases keep their words');
    assert.equal((await request(harness.site).get(`/mitteilung/${kept!.id}`)).status, 200);
    assert.ok((await stat(originalPath(dir, kept!.sources[0]!.sha256))).isFile(), 'other originals stay');
    assert.ok((await readdir(path.join(dir, 'originals'))).length > 0);

    const deletions = (await readAudit(harness.storage.files.audit)).entries.filter(
      (e) => e.action === 'release-deleted',
    );
    assert.deepEqual(
      deletions.map((e) => [e.actor, e.subject, e.detail]),
      [
        ['anna', releaseFingerprint(corrected!.id), LEGAL],
        ['anna', releaseFingerprint(withdrawn!.id), LEGAL],
      ],
    );
    const log = await readFile(harness.storage.files.audit, 'utf8');
    const deletionLines = log.split('\n').filter((l) => l.includes('release-deleted'));
    for (const line of deletionLines) {
      assert.ok(!line.includes(corrected!.id) && !line.includes(withdrawn!.id), 'the id is not in the line');
      assert.ok(!line.includes(corrected!.title), 'no content');
    }
  });

  test('a deleted release does not come back: its file, a re-saved copy and an upload of it are refused', async () => {
    const dir = setup.dir.path;
    // A release of one HTML page that the earlier tests left alone.
    const release = releases.slice(3).find((r) => r.sources.length === 1 && r.sources[0]!.type === 'html')!;
    const file = path.join(REPO_ROOT, 'test/fixtures/good', release.sources[0]!.filename);
    const c = await anna();
    const res = await deleteWith(c, { id: release.id, reason: LEGAL, confirmed: 'ja' });
    assert.equal(res.status, 303, res.text);
    await mkdir(path.join(dir, 'einfuhr'));
    const resaved = path.join(dir, 'einfuhr', 'neu-gespeichert.html');
    // Byte for byte plus a comment: some fixtures are not UTF-8 (read as text, „ä“ would be lost).
    await writeFile(resaved, Buffer.concat([await readFile(file), Buffer.from('\n<!-- neu gespeichert -->\n')]));

    const again = await runIngestCli(['--json', file, resaved], env);
    assert.equal(again.code, 1, again.stderr);
    const report = JSON.parse(again.stdout) as IngestReport;
    assert.deepEqual(
      report.files.map((line) => [line.status, line.code, line.id]),
      [
        ['failed', 'deleted-release', undefined],
        ['failed', 'deleted-release', undefined],
      ],
    );
    assert.match(report.files[0]!.reason!, /deleted for legal reasons and is not ingested again/);
    const { rows } = await c.upload(ADMIN, [{ name: 'wieder.html', data: await readFile(file) }]);
    assert.deepEqual(rows, [
      {
        file: 'wieder.html',
        status: 'fehlgeschlagen',
        id: '–',
        reason: 'Diese Mitteilung wurde aus rechtlichen Gründen gelöscht und wird nicht wieder aufgenommen.',
      },
    ]);

    assert.equal((await request(harness.site).get(`/mitteilung/${release.id}`)).status, 404);
    const found = await setup.meili.admin.index(INDEX).search(release.title, { limit: 5 });
    assert.ok(!found.hits.some((hit) => hit.title === release.title), 'not searchable');
    const journal = await readFile(path.join(dir, 'state', `${INDEX}.jsonl`), 'utf8');
    assert.ok(!journal.includes(release.sources[0]!.sha256) && !journal.includes(release.id), 'not in the journal');
    const resavedSha = createHash('sha256')
      .update(await readFile(resaved))
      .digest('hex');
    await assert.rejects(stat(originalPath(dir, resavedSha)), { code: 'ENOENT' }, 'the copy is not kept');
    const refusals = await readFile(path.join(dir, 'state', `${INDEX}.deleted.jsonl`), 'utf8');
    assert.ok(refusals.includes(releaseFingerprint(release.id)), 'the refusal names it as the audit line does');
    assert.ok(!refusals.includes(release.id) && !refusals.includes(release.title), 'and holds no content');
  });
});
