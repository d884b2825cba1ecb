/** Log lines: readable for a person at a terminal (or when asked for), JSON lines everywhere else. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createLogger, readableLines, resolveLogFormat, type LogTarget } from '../../src/log.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A target that keeps what it is given; `isTTY` plays a terminal. */
function collector(isTTY: boolean): LogTarget & { lines: string[] } {
  const lines: string[] = [];
  return { lines, isTTY, write: (line: string) => void lines.push(line) };
}

function failure(): Error {
  return new Error('index unreachable', { cause: new Error('connect ECONNREFUSED 127.0.0.1:7700') });
}

test('the form: as asked for, else readable exactly at a terminal', () => {
  assert.equal(resolveLogFormat(undefined, true), 'pretty');
  assert.equal(resolveLogFormat(undefined, false), 'json');
  assert.equal(resolveLogFormat('json', true), 'json');
  assert.equal(resolveLogFormat('pretty', false), 'pretty');
});

test('a readable line: local time, level, message, fields', (t) => {
  const timeZone = process.env.TZ;
  t.after(() => {
    if (timeZone === undefined) delete process.env.TZ;
    else process.env.TZ = timeZone;
  });
  process.env.TZ = 'Europe/Berlin';
  const out = collector(true);
  const stream = readableLines(out, { level: 'info', colors: false });
  const time = Date.UTC(2026, 11, 2, 8, 5, 7);
  stream.write(
    `${JSON.stringify({ level: 40, time, pid: process.pid, name: 'pressearchiv', msg: 'Sample release not loaded', file: 'a b.pdf', reason: 'too-large' })}\n`,
  );
  assert.deepEqual(out.lines, ['09:05:07 WARN: Sample release not loaded file="a b.pdf" reason=too-large\n']);
});

test('an error shows its message and its causes; the stack only at error level or when debugging', () => {
  const out = collector(true);
  const log = createLogger('info', 'test', { target: out, colors: false });
  log.warn({ err: failure(), url: '/suche' }, 'Meilisearch unreachable');
  log.error({ err: failure() }, 'Request failed');
  const [warning, error] = out.lines;
  assert.match(
    warning!,
    /^\d\d:\d\d:\d\d WARN: Meilisearch unreachable url=\/suche err="index unreachable: connect ECONNREFUSED 127\.0\.0\.1:7700"\n$/,
  );
  assert.match(error!, /^\d\d:\d\d:\d\d ERROR: Request failed err="index unreachable: connect ECONNREFUSED [^"]+"\n/);
  assert.match(error!, /\n {4}Error: index unreachable\n {8}at .*log\.test\.ts/);
  assert.match(error!, /\n {4}caused by: Error: connect ECONNREFUSED/);

  const debugging = collector(true);
  createLogger('debug', 'test', { target: debugging, colors: false }).warn(
    { err: failure() },
    'Meilisearch unreachable',
  );
  assert.match(debugging.lines[0]!, /err="index unreachable: [^"]+"\n {4}Error: index unreachable\n {8}at /);
});

test('control characters from a message or a field cannot steer the terminal', () => {
  const out = collector(true);
  createLogger('info', 'test', { target: out, colors: false }).info(
    { file: 'x\u001b]0;pwned\u0007.pdf' },
    'read\u001b[2J',
  );
  assert.doesNotMatch(out.lines[0]!, /\p{Cc}(?!$)/u);
  assert.match(out.lines[0]!, /read\\u001b\[2J file="x\\u001b\]0;pwned\\u0007\.pdf"\n$/);
});

test('JSON lines when the target is no terminal, or when asked for at one', () => {
  const pipe = collector(false);
  createLogger('info', 'pressearchiv', { target: pipe }).info({ file: 'a.pdf' }, 'hello');
  const asked = collector(true);
  createLogger('info', 'pressearchiv', { target: asked, format: 'json' }).error({ err: failure() }, 'hello');
  for (const line of [...pipe.lines, ...asked.lines]) {
    assert.match(line, /^\{.*\}\n$/);
    assert.equal(JSON.parse(line).msg, 'hello');
  }
  assert.equal(JSON.parse(pipe.lines[0]!).file, 'a.pdf');
  assert.equal(JSON.parse(asked.lines[0]!).err.message, 'index unreachable: connect ECONNREFUSED 127.0.0.1:7700');
});

test('readable lines when asked for though the target is no terminal', () => {
  const out = collector(false);
  createLogger('info', 'test', { target: out, format: 'pretty' }).info({ port: 3000 }, 'Web server listening');
  assert.match(out.lines[0]!, /^\d\d:\d\d:\d\d INFO: Web server listening port=3000\n$/, 'and without colours');
});

test('a process whose stderr is a pipe writes JSON lines there', async () => {
  const script = `import { createLogger } from './src/log.ts'; createLogger('info', 'piped').warn({ reason: 'x' }, 'hello');`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  assert.equal(code, 0, stderr);
  const entry = JSON.parse(stderr);
  assert.deepEqual([entry.level, entry.name, entry.msg, entry.reason], [40, 'piped', 'hello', 'x']);
});
