/** A real Meilisearch for tests: the bundled binary on a free loopback port with a temporary folder. */
import { randomBytes } from 'node:crypto';
import { after, before } from 'node:test';
import { startMeili, type MeiliProcess } from '../../src/archive/meili-process.js';
import { findMeiliBinary } from '../../src/archive/meili-binary.js';
import { createMeiliClient } from '../../src/archive/meili-client.js';
import type { Meilisearch } from 'meilisearch';
import { tempDir } from './temp-dir.js';

type TempDir = Awaited<ReturnType<typeof tempDir>>;

export interface TestMeili {
  url: string;
  masterKey: string;
  dataDir: string;
  process: MeiliProcess;
  admin: Meilisearch;
  stop(): Promise<void>;
}

export async function startTestMeili(): Promise<TestMeili> {
  const dir = await tempDir('pressearchiv-meili-');
  const binary = await findMeiliBinary(process.env.MEILI_BIN, dir.path);
  const masterKey = randomBytes(24).toString('hex');
  const proc = await startMeili({ binPath: binary.path, dataDir: dir.path, masterKey });
  return {
    url: proc.url,
    masterKey,
    dataDir: dir.path,
    process: proc,
    admin: createMeiliClient({ host: proc.url, apiKey: masterKey, timeoutMs: 60_000 }),
    stop: async () => {
      await proc.stop();
      await dir.remove();
    },
  };
}

/**
 * A Meilisearch and a temporary folder for the tests of the enclosing `describe`: started in its
 * `before`, stopped and removed in its `after`. Read the fields inside tests and hooks only.
 */
export function meiliAndTempDir(): { meili: TestMeili; dir: TempDir } {
  const setup = {} as { meili: TestMeili; dir: TempDir };
  before(async () => {
    setup.meili = await startTestMeili();
    setup.dir = await tempDir();
  });
  after(async () => {
    await setup.meili?.stop();
    await setup.dir?.remove();
  });
  return setup;
}
