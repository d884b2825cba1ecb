/**
 * The source address of each original through `npm run ingest`, a real Meilisearch and the web app,
 * from every source in its order of precedence: --source-url, a quellen.csv beside the files, the
 * page's canonical link, og:url, the "saved from url" comment, a PDF's XMP metadata. A hostile or
 * non-web address is dropped from each; bad lines of the list are reported; --source-url with a
 * folder or a non-web address is a usage error.
 */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import type { Release } from '../../src/archive/release.js';
import { renderPdf } from '../fixtures/generator/pdf-writer.js';
import { appOverIndex } from '../helpers/index-app.js';
import { runIngestCli } from '../helpers/ingest-cli.js';
import { startTestMeili, type TestMeili } from '../helpers/test-meili.js';
import { tempDir } from '../helpers/temp-dir.js';

const INDEX = 'quellen';

/** A small release page of the SMK; `head` and `before` add the metadata under test. */
function releaseHtml(day: number, title: string, head = '', before = ''): string {
  return `${before}<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>${title} - Sächsisches Staatsministerium für Kultus</title>
${head}
</head>
<body><main><article>
<p>Medieninformation ${day}/2026</p>
<h1>${title}</h1>
<p>Dresden, ${day}. Mai 2026</p>
<p>Das Sächsische Staatsministerium für Kultus teilt mit, dass ${title.toLowerCase()} im Schuljahr 2026/27 fortgesetzt wird. Schulen können sich ab sofort melden.</p>
<p>Pressekontakt: Maria Beispiel, Telefon 0351 564-99990</p>
</article></main></body>
</html>
`;
}

/** A PDF release whose XMP metadata (the catalog's Metadata stream, written by pdfkit) names its address. */
function xmpPdf(): Promise<Buffer> {
  return renderPdf(
    (doc) => {
      doc.appendXML(
        '<rdf:Description rdf:about="" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/"><prism:url>https://www.example.org/xmp-g.pdf</prism:url></rdf:Description>',
      );
      doc.font('Helvetica-Bold').fontSize(11).text('Medieninformation 17/2026', 70, 80);
      doc.font('Helvetica').text('Dresden, 17. Mai 2026', 70, 98);
      doc.font('Helvetica-Bold').fontSize(16).text('Schulgarten-Wettbewerb beginnt', 70, 130);
      doc
        .font('Helvetica')
        .fontSize(11)
        .text(
          'Das Sächsische Staatsministerium für Kultus ruft die Schulen zum Schulgarten-Wettbewerb auf. Bewerbungen sind bis zum 30. Juni 2026 möglich.',
          70,
          165,
          { width: 455 },
        );
    },
    { pdfVersion: '1.7', info: { Title: 'Schulgarten-Wettbewerb beginnt' } },
  );
}

const FOLDER: Record<string, string> = {
  'b-liste.html': releaseHtml(
    11,
    'Lesepaten gesucht',
    '<link rel="canonical" href="https://www.example.org/canonical-b.html">',
  ),
  'c-canonical.html': releaseHtml(
    12,
    'Schulsozialarbeit wird ausgebaut',
    '<link rel="canonical" href="https://www.example.org/canonical-c.html"><meta property="og:url" content="https://www.example.org/og-c.html">',
  ),
  'd-og.html': releaseHtml(
    13,
    'Neue Lehrpläne für Informatik',
    '<meta property="og:url" content="https://www.example.org/og-d.html">',
  ),
  'e-gespeichert.html': releaseHtml(
    14,
    'Schulbau-Programm bewilligt',
    '',
    '<!-- saved from url=(0039)https://www.example.org/gespeichert-e.html -->\n',
  ),
  'f-feindlich.html': releaseHtml(
    15,
    'Sprachförderung in Kitas',
    '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,<script>alert(2)</script>">',
    '<!-- saved from url=(0014)about:internet -->\n',
  ),
  'h-liste-feindlich.html': releaseHtml(16, 'Schulwege sicherer machen'),
};

const LIST = [
  'Datei;Adresse',
  'b-liste.html;https://www.example.org/liste-b.html',
  'h-liste-feindlich.html;javascript:alert(3)',
  'ohne-trenner.html',
  'fehlt.html;https://www.example.org/fehlt.html',
  '',
].join('\n');

describe('source addresses: ingest → record → page and API', { timeout: 300_000 }, () => {
  let meili: TestMeili;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let app: Express;
  let env: Record<string, string>;
  let listLine: { status: string; code?: string; reason?: string; warnings?: string[] } | undefined;
  const ids = new Map<string, string>();

  before(async () => {
    meili = await startTestMeili();
    dir = await tempDir();
    await mkdir(path.join(dir.path, 'ordner'));
    for (const [name, html] of Object.entries(FOLDER)) await writeFile(path.join(dir.path, 'ordner', name), html);
    await writeFile(path.join(dir.path, 'ordner', 'g-xmp.pdf'), await xmpPdf());
    await writeFile(path.join(dir.path, 'ordner', 'quellen.csv'), LIST);
    await writeFile(
      path.join(dir.path, 'a-einzeln.html'),
      releaseHtml(
        10,
        'Ganztag wird erweitert',
        '<link rel="canonical" href="https://www.example.org/canonical-a.html">',
      ),
    );
    env = {
      MEILI_HOST: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      MEILI_INDEX: INDEX,
      DATA_DIR: path.join(dir.path, 'data'),
    };
    const runs = [
      await runIngestCli(
        ['--json', '--source-url', 'https://www.example.org/cli-a.html', 'a-einzeln.html'],
        env,
        dir.path,
      ),
      await runIngestCli(['--json', 'ordner'], env, dir.path),
    ];
    for (const run of runs) {
      assert.equal(run.code, 0, run.stderr);
      const files = (JSON.parse(run.stdout) as { files: Array<{ file: string; id: string; status: string }> }).files;
      for (const line of files) ids.set(path.basename(line.file), line.id);
      listLine ??= files.find((line) => path.basename(line.file) === 'quellen.csv');
    }
    app = await appOverIndex(meili, INDEX, env.DATA_DIR!);
  });
  after(async () => {
    await meili?.stop();
    await dir?.remove();
  });

  const expected: Array<[string, string | undefined]> = [
    ['a-einzeln.html', 'https://www.example.org/cli-a.html'],
    ['b-liste.html', 'https://www.example.org/liste-b.html'],
    ['c-canonical.html', 'https://www.example.org/canonical-c.html'],
    ['d-og.html', 'https://www.example.org/og-d.html'],
    ['e-gespeichert.html', 'https://www.example.org/gespeichert-e.html'],
    ['g-xmp.pdf', 'https://www.example.org/xmp-g.pdf'],
    ['f-feindlich.html', undefined],
    ['h-liste-feindlich.html', undefined],
  ];

  for (const [file, address] of expected) {
    test(`${file}: ${address ?? 'no address'} on the page and in the API`, async () => {
      const id = ids.get(file);
      assert.ok(id, `no release for ${file}`);
      const api = await request(app).get(`/api/mitteilungen/${id}`);
      assert.equal(api.status, 200);
      assert.deepEqual(
        (api.body as Release).sources.map((source) => source.sourceUrl),
        [address],
      );
      const page = await request(app).get(`/mitteilung/${id}`);
      assert.equal(page.status, 200);
      if (address === undefined) {
        assert.ok(!page.text.includes('Veröffentlicht unter'));
        for (const hostile of ['javascript', 'data:text', 'about:internet', 'alert('])
          assert.ok(!page.text.toLowerCase().includes(hostile), `the page holds ${hostile}`);
      } else {
        const escaped = address.replace(/[.?/]/g, '\\$&');
        assert.match(
          page.text,
          new RegExp(
            `<p class="published-at">Veröffentlicht unter <a href="${escaped}" rel="noopener noreferrer nofollow">${escaped}</a></p>`,
          ),
        );
      }
    });
  }

  test('quellen.csv is no release: skipped as a list, its bad lines named', () => {
    assert.equal(listLine?.status, 'skipped');
    assert.equal(listLine?.code, 'source-list');
    assert.equal(listLine?.reason, 'list of source addresses (1 of 2 used)');
    const warnings = listLine?.warnings ?? [];
    assert.ok(
      warnings.some((w) => w.startsWith('line 3: "javascript:alert(3)" is not an http or https address')),
      warnings.join('\n'),
    );
    assert.ok(
      warnings.some((w) => w.startsWith('line 4: no ";"')),
      warnings.join('\n'),
    );
    assert.ok(
      warnings.some((w) => w.startsWith('"fehlt.html" is not among the files of this run')),
      warnings.join('\n'),
    );
  });

  test('--source-url: only for one file, only a web address', async () => {
    const folder = await runIngestCli(['--source-url', 'https://www.example.org/x.html', 'ordner'], env, dir.path);
    assert.equal(folder.code, 2);
    assert.match(folder.stderr, /--source-url names the address of one file, but "ordner" is not a file/);
    const two = await runIngestCli(
      ['--source-url', 'https://www.example.org/x.html', 'a-einzeln.html', 'ordner'],
      env,
      dir.path,
    );
    assert.equal(two.code, 2);
    assert.match(two.stderr, /give exactly one file/);
    const hostile = await runIngestCli(['--source-url', 'javascript:alert(1)', 'a-einzeln.html'], env, dir.path);
    assert.equal(hostile.code, 2);
    assert.match(hostile.stderr, /--source-url must be an http or https address/);
  });

  test('an address given anew for a file already in the archive updates its record', async () => {
    const run = await runIngestCli(
      ['--json', '--source-url', 'https://www.example.org/neu-a.html', 'a-einzeln.html'],
      env,
      dir.path,
    );
    assert.equal(run.code, 0, run.stderr);
    const [line] = (JSON.parse(run.stdout) as { files: Array<{ status: string; id: string }> }).files;
    assert.deepEqual([line?.status, line?.id], ['updated', ids.get('a-einzeln.html')]);
    const api = await request(app).get(`/api/mitteilungen/${line?.id}`);
    assert.equal((api.body as Release).sources[0]?.sourceUrl, 'https://www.example.org/neu-a.html');
  });
});
