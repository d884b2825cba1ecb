/**
 * The container files stay in step with the code they run (they cannot be built here: no Docker
 * engine). compose.yaml hands the archive every variable that `NODE_ENV=production` requires and
 * only variables the configuration documents; the Dockerfile copies every folder the running
 * archive reads and starts it as `npm start` does.
 */
import assert from 'node:assert/strict';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { LEGAL_SETTINGS } from '../../../src/legal-settings-check.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFile(path.join(ROOT, file), 'utf8');

/** The keys of `services.<service>.environment` in compose.yaml (a map, one key per line). */
function serviceEnvironment(compose: string, service: string): string[] {
  const block = compose.split(/^ {2}(?=\S)/m).find((part) => part.startsWith(`${service}:`));
  assert.ok(block, `no service ${service}`);
  const env = /^ {4}environment:\n((?: {6}.*\n)+)/m.exec(block);
  assert.ok(env, `service ${service} has no environment map`);
  return [...env[1]!.matchAll(/^ {6}([A-Z_]+):/gm)].map((m) => m[1]!);
}

describe('container files', () => {
  test('compose.yaml gives the archive every setting production requires, each documented', async () => {
    const [compose, configuration, dockerfile] = await Promise.all([
      read('compose.yaml'),
      read('docs/configuration.md'),
      read('Dockerfile'),
    ]);
    assert.match(dockerfile, /^ENV NODE_ENV=production/m);
    const env = serviceEnvironment(compose, 'archive');
    for (const name of [...LEGAL_SETTINGS, 'MEILI_HOST', 'MEILI_MASTER_KEY', 'PUBLIC_URL']) {
      assert.ok(env.includes(name), `compose.yaml does not pass ${name}`);
    }
    for (const name of env) {
      assert.ok(configuration.includes(`\`${name}\``), `${name} is not in docs/configuration.md`);
    }
  });

  test('the Dockerfile copies what the archive reads and starts it as npm start does', async () => {
    const [dockerfile, pkg] = await Promise.all([read('Dockerfile'), read('package.json')]);
    const copied = [...dockerfile.matchAll(/^COPY (\S+) \1$/gm)].map((m) => m[1]!);
    for (const folder of ['src', 'ingest', 'views', 'search-config']) {
      assert.ok(copied.includes(folder), `the image lacks ${folder}/`);
    }
    for (const folder of copied) await access(path.join(ROOT, folder));
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile);
    assert.ok(cmd, 'no CMD');
    const start = (JSON.parse(pkg) as { scripts: { start: string } }).scripts.start;
    assert.equal((JSON.parse(cmd[1]!) as string[]).join(' '), start);
  });
});
