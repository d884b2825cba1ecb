/** A real Meilisearch for tests: the bundled binary on a free loopback port with a temporary folder. */
import { randomBytes } from 'node:crypto';
import { startMeili, type MeiliProcess } from '../../src/archive/meili-process.js';
import { findMeiliBinary } from '../../src/archive/meili-binary.js';
import { createMeiliClient } from '../../src/archive/meili-client.js';
import type { Meilisearch } from 'meilisearch';
import { tempDir } from './temp-dir.js';

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
