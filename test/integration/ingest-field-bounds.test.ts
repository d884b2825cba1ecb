/**
 * Bounds on everything extracted, through `npm run ingest` and a real Meilisearch: a page whose
 * <title> is 1 MB becomes a release with a cut title and a warning, the pages that list it stay
 * small, and its identity is taken from the uncut title; a body longer than Meilisearch indexes is
 * stored whole, with a warning; a page nested 100,000 levels deep fails with the depth limit.
 * Each test has its own timeout, so a limit that stops working fails instead of hanging.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import type { Release } from '../../src/archive/release.js';
import { ensureSearchKey } from '../../src/archive/search-key.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createApp } from '../../src/web/app.js';
import { createSearchService } from '../../src/web/search-service.js';
import { extractRelease } from '../../ingest/extract/extract-release.js';
import { identityKey } from '../../ingest/run/release-identity.js';
import type { ReleaseEntry } from '../../ingest/store/archive-state.js';
import { runIngestCli, type CliRun } from '../helpers/ingest-cli.js';
import { startTestMeili, type TestMeili } from '../helpers/test-meili.js';
import { tempDir } from '../helpers/temp-dir.js';

const INDEX = 'grenzen';

interface FileLine {
  file: string;
  status: string;
  id?: string;
  reason?: string;
  warnings?: string[];
}

function onlyLine(run: CliRun): FileLine {
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  const { files } = JSON.parse(run.stdout) as { files: FileLine[] };
  assert.equal(files.length, 1);
  return files[0]!;
}

/** A page in the layout of the sample pages; `head` goes into <head>, `main` into <main>. */
function page(head: string, main: string): string {
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="date" content="2025-02-03">${head}</head>
<body><main><p>Dresden, 3. Februar 2025</p>${main}</main></body></html>`;
}

const LEAD = 'Das Sächsische Staatsministerium für Kultus fördert 40 neue Schulbibliotheken in allen Landkreisen.';

describe('bounds on extracted fields, through npm run ingest', { timeout: 300_000 }, () => {
  let meili: TestMeili;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let env: Record<string, string>;
  const ingest = (...args: string[]): Promise<CliRun> => runIngestCli(args, env, dir.path);
  const write = async (name: string, content: string): Promise<Buffer> => {
    const bytes = Buffer.from(content);
    await writeFile(path.join(dir.path, 'eingang', name), bytes);
    return bytes;
  };

  before(async () => {
    meili = await startTestMeili();
    dir = await tempDir();
    await mkdir(path.join(dir.path, 'eingang'));
    env = {
      MEILI_HOST: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      MEILI_INDEX: INDEX,
      DATA_DIR: path.join(dir.path, 'data'),
    };
  });
  after(async () => {
    await meili.stop();
    await dir.remove();
  });

  test(
    'a 1 MB <title>: a release with a cut title and a warning, its identity from the uncut title',
    { timeout: 120_000 },
    async () => {
      const words = ['Staatsregierung', 'beschließt', 'neue', 'Förderung', 'für', 'Schulen', 'und', 'Kitas'];
      let title = '';
      for (let i = 0; title.length < 1_048_576; i++) title += `${i > 0 ? ' ' : ''}${words[i % words.length]}`;
      const bytes = await write('riesentitel.html', page(`<title>${title}</title>`, `<p>${LEAD}</p>`));

      const run = await ingest('--json', 'eingang/riesentitel.html');
      assert.equal(run.code, 0, run.stderr);
      const line = onlyLine(run);
      assert.equal(line.status, 'new', line.reason);
      assert.ok(
        line.warnings?.includes(
          `title has ${title.length.toLocaleString('en')} characters; cut to 400 at a word boundary`,
        ),
        JSON.stringify(line.warnings),
      );

      const stored = await meili.admin.index(INDEX).getDocument<Release>(line.id!);
      assert.ok(stored.title.length <= 400, `stored title has ${stored.title.length} characters`);
      assert.ok(stored.title.endsWith(' …'));
      assert.ok(title.startsWith(`${stored.title.slice(0, -2)} `), 'whole words of the original title');

      const journal = await readFile(path.join(env.DATA_DIR!, 'state', `${INDEX}.jsonl`), 'utf8');
      const entry = journal
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { op: string; entry?: ReleaseEntry })
        .find((l) => l.entry?.id === line.id)!.entry!;
      const extracted = (await extractRelease(bytes, 'riesentitel.html')).release;
      assert.equal(entry.identity, identityKey({ ...extracted, title }), 'the identity is that of the uncut title');

      const app = createApp({
        config: loadConfig({ DATA_DIR: env.DATA_DIR!, MEILI_INDEX: INDEX }),
        search: createSearchService({
          host: meili.url,
          apiKey: await ensureSearchKey(meili.admin, INDEX),
          index: INDEX,
        }),
        log: createLogger('silent', 'test'),
      });
      for (const url of ['/', '/suche?q=Schulbibliotheken', `/mitteilung/${line.id}`]) {
        const res = await request(app).get(url);
        assert.equal(res.status, 200, url);
        assert.ok(res.text.includes(stored.title.slice(0, 60)), `${url} shows the release`);
        assert.ok(res.text.length < 64 * 1024, `${url} has ${res.text.length} characters`);
      }
    },
  );

  test(
    'a body longer than Meilisearch indexes: stored whole, with a warning, its start searchable',
    { timeout: 120_000 },
    async () => {
      const sentence = 'Das Programm unterstützt Schulen im ganzen Land und wird in den nächsten Jahren ausgebaut. ';
      const paragraphs = Array.from({ length: 60 }, () => sentence.repeat(70).trim());
      paragraphs[0] = `${LEAD} Anfangsmarke ${paragraphs[0]}`;
      paragraphs[59] = `${paragraphs[59]} Schlussmarke`;
      const main = `<h1>Schulbibliotheken mit langem Text</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`;
      await write('langer-text.html', page('<title>Langer Text</title>', main));

      const run = await ingest('--json', 'eingang/langer-text.html');
      assert.equal(run.code, 0, run.stderr);
      const line = onlyLine(run);
      assert.equal(line.status, 'new', line.reason);
      const warning = line.warnings?.find((w) => w.startsWith('body too long for the search index'));
      assert.match(
        warning ?? '',
        /^body too long for the search index: about [\d,]+ word positions, Meilisearch indexes 65,535 per field; words after about the first [\d,]+ of [\d,]+ cannot be found/,
      );

      const stored = await meili.admin.index(INDEX).getDocument<Release>(line.id!);
      assert.equal(stored.body.length, 60, 'every paragraph is stored');
      assert.ok(stored.body.at(-1)!.endsWith('Schlussmarke'), 'the end of the text is stored');
      const found = async (word: string): Promise<boolean> =>
        (await meili.admin.index(INDEX).search(`"${word}"`, { filter: `id = "${line.id}"` })).hits.length > 0;
      assert.equal(await found('Anfangsmarke'), true, 'the start of the body is searchable');
      assert.equal(await found('Schlussmarke'), false, 'Meilisearch stops at its limit');
    },
  );

  test('a page nested 100,000 levels deep fails with the depth limit', { timeout: 60_000 }, async () => {
    const deep = `<h1>Verschachtelt</h1>${'<div>'.repeat(100_000)}${LEAD}${'</div>'.repeat(100_000)}`;
    await write('verschachtelt.html', page('<title>Verschachtelt</title>', deep));

    const run = await ingest('--json', 'eingang/verschachtelt.html');
    assert.equal(run.code, 1, run.stderr);
    const line = onlyLine(run);
    assert.equal(line.status, 'failed');
    assert.equal(line.reason, 'HTML nested more than 256 levels deep; not a press release page');
  });
});
