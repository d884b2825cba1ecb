/**
 * The feedback inbox of the archivists' surface, with the real admin app: the „Barriere melden“
 * reports are listed (open first, their text escaped), marked done and opened again; the marks go
 * to their own file, which tolerates a torn last line, while the reports file stays as the public
 * server and the retention purge write it; each mark is an audit line.
 */
import assert from 'node:assert/strict';
import { appendFile, readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { readAudit } from '../../src/admin/audit/audit-log.js';
import { feedbackMarksFile, readFeedbackMarks } from '../../src/feedback/feedback-marks.js';
import { feedbackFile, purgeFeedback, storeFeedback, type FeedbackReport } from '../../src/feedback/feedback-store.js';
import { AdminClient } from '../helpers/admin-client.js';
import { startAdminHarness, type AdminHarness } from '../helpers/admin-harness.js';
import { meiliAndTempDir } from '../helpers/test-meili.js';

const ADMIN = '/verwaltung';
const PASSWORD = 'richtig-langes-passwort';

describe('feedback inbox', { timeout: 120_000 }, () => {
  const setup = meiliAndTempDir();
  let harness: AdminHarness;
  let old: FeedbackReport;
  let recent: FeedbackReport;
  /** The section of the page between `heading` and the next h2 (or the end). */
  const part = (html: string, heading: RegExp): string => {
    const start = html.search(heading);
    assert.ok(start >= 0, `no heading ${heading}`);
    const rest = html.slice(start + 1);
    const end = rest.search(/<h2/);
    return end < 0 ? rest : rest.slice(0, end);
  };

  before(async () => {
    const dir = setup.dir.path;
    harness = await startAdminHarness(setup.meili, dir, 'rueckmeldung', PASSWORD);
    old = await storeFeedback(
      dir,
      { name: 'Erika', email: 'erika@example.org', page: '/suche', message: 'Der Filter ist <b>nicht</b> bedienbar.' },
      new Date(Date.now() - 40 * 86_400_000),
    );
    recent = await storeFeedback(dir, { name: '', email: '', page: '/mitteilung/x', message: 'Kontrast zu schwach.' });
  });
  after(() => harness?.close());

  test('reports are listed, marked done and opened again; marks live in their own file', async () => {
    const dir = setup.dir.path;
    const reportsBefore = await readFile(feedbackFile(dir), 'utf8');
    const c = await harness.anna();
    const page = await c.get(`${ADMIN}/rueckmeldungen`);
    assert.equal(page.status, 200);
    const open = part(page.text, /<h2>Offen \(2\)/);
    assert.ok(open.indexOf(recent.id) < open.indexOf(old.id), 'newest first');
    assert.match(open, /Der Filter ist &lt;b&gt;nicht&lt;\/b&gt; bedienbar\./, 'the text is escaped');
    assert.match(page.text, /<h2>Erledigt \(0\)/);

    const token = AdminClient.token(page.text);
    const marked = await c.post(`${ADMIN}/rueckmeldungen`, { _csrf: token, id: old.id, done: 'ja' });
    assert.equal(marked.status, 303);
    const after = await c.get(marked.location!);
    assert.match(after.text, new RegExp(`Fall ${old.id} ist als erledigt markiert`));
    assert.ok(part(after.text, /<h2>Erledigt \(1\)/).includes(old.id));
    assert.ok(!part(after.text, /<h2>Offen \(1\)/).includes(old.id));
    assert.match(after.text, /Erledigt von anna am/);
    assert.equal(await readFile(feedbackFile(dir), 'utf8'), reportsBefore, 'the reports file is not touched');

    // A torn last line (an append cut off) is skipped; the next mark is a line of its own.
    await appendFile(feedbackMarksFile(dir), '{"id":"TORN');
    assert.equal((await c.get(`${ADMIN}/rueckmeldungen`)).status, 200);
    const reopened = await c.post(`${ADMIN}/rueckmeldungen`, { _csrf: token, id: old.id, done: 'nein' });
    assert.equal(reopened.status, 303);
    assert.match((await c.get(reopened.location!)).text, /<h2>Offen \(2\)/);
    assert.equal((await readFeedbackMarks(dir)).get(old.id)?.done, false);

    const unknown = await c.post(`${ADMIN}/rueckmeldungen`, { _csrf: token, id: 'AAAA-AAAA', done: 'ja' });
    assert.equal(unknown.status, 400);

    const actions = (await readAudit(harness.storage.files.audit)).entries
      .filter((e) => e.action.startsWith('feedback-'))
      .map((e) => [e.action, e.actor, e.subject]);
    assert.deepEqual(actions, [
      ['feedback-done', 'anna', old.id],
      ['feedback-reopened', 'anna', old.id],
    ]);

    // The retention purge rewrites the reports; a purged report's marks are simply not shown.
    await c.post(`${ADMIN}/rueckmeldungen`, { _csrf: token, id: old.id, done: 'ja' });
    assert.equal(await purgeFeedback(dir, 30), 1);
    const purged = await c.get(`${ADMIN}/rueckmeldungen`);
    assert.ok(!purged.text.includes(old.id));
    assert.match(purged.text, /<h2>Offen \(1\)/);
    assert.match(purged.text, /<h2>Erledigt \(0\)/);
  });
});
