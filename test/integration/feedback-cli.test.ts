/** `npm run feedback` as a real process: what visitors typed is printed harmlessly. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { feedbackFile, type FeedbackReport } from '../../src/feedback/feedback-store.js';
import { REPO_ROOT } from '../helpers/archive-process.js';
import { tempDir } from '../helpers/temp-dir.js';

/** Stored as an older version (or a hand-edited file) would have it: nothing removed at intake. */
const HOSTILE: FeedbackReport = {
  id: '5f0c6c3e-1d7e-4f43-9a0e-2b8f0d7e1a11',
  receivedAt: new Date().toISOString(),
  // A newline and a header of its own: a forged second report.
  name: 'Max\n\n[2026-01-01T00:00:00.000Z] gefälscht\n  Name: Echt',
  email: 'a\u202e@b.de',
  page: '/suche\u001b]8;;https://example.org\u001b\\hier\u001b]8;;\u001b\\',
  // Clear the screen, set the title, write the clipboard, overwrite the line, a C1 CSI.
  message: 'Text\u001b[2J\u001b]0;pwned\u0007\u001b]52;c;ZWNobw==\u0007\rÜberschrieben\u009b31m\r\nZweite Zeile',
};

function runFeedbackCli(args: string[], dataDir: string): Promise<{ code: number | null; stdout: Buffer }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATA_DIR'));
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), 'src/feedback-cli.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...clean, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => chunks.push(d));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout: Buffer.concat(chunks) })));
}

test(
  'npm run feedback prints escape sequences, CRs and newlines of a stored report as visible escapes',
  { timeout: 60_000 },
  async () => {
    const dir = await tempDir();
    try {
      await mkdir(path.dirname(feedbackFile(dir.path)), { recursive: true });
      await writeFile(feedbackFile(dir.path), `${JSON.stringify(HOSTILE)}\n`);

      const plain = await runFeedbackCli([], dir.path);
      assert.equal(plain.code, 0);
      assert.equal(plain.stdout.indexOf(0x1b), -1, 'no ESC byte');
      assert.equal(plain.stdout.indexOf(0x0d), -1, 'no CR byte');
      assert.equal(plain.stdout.indexOf(0x07), -1, 'no BEL byte');
      const out = plain.stdout.toString('utf8');
      assert.doesNotMatch(out, /[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/, 'no C1 control, no bidi override');
      assert.deepEqual(
        out.split('\n').filter((line) => line.startsWith('[')),
        [`[${HOSTILE.receivedAt}] ${HOSTILE.id}`],
        'one report header: the newline in the name forged none',
      );
      assert.ok(
        out.includes('  Name: Max\\n\\n[2026-01-01T00:00:00.000Z] gefälscht\\n  Name: Echt  E-Mail: a\\u202e@b.de\n'),
      );
      assert.ok(out.includes('  Seite: /suche\\x1b]8;;https://example.org\\x1b\\hier\\x1b]8;;\\x1b\\\n'));
      assert.ok(
        out.includes(
          '  Text\\x1b[2J\\x1b]0;pwned\\x07\\x1b]52;c;ZWNobw==\\x07\\rÜberschrieben\\x9b31m\n  Zweite Zeile\n',
        ),
      );

      const json = await runFeedbackCli(['--json'], dir.path);
      assert.equal(json.code, 0);
      const text = json.stdout.toString('utf8');
      // Raw control characters other than the indentation's line breaks.
      assert.doesNotMatch(text.replace(/\n/g, ''), /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u, 'none raw in the JSON');
      assert.deepEqual(JSON.parse(text), [HOSTILE], 'the same values');
    } finally {
      await dir.remove();
    }
  },
);
