/** Reads the Berlin press-release corpus (JSON lines, gzip): one { file, date, title, body } per line. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

export interface CorpusRelease {
  file: string;
  date: string;
  title: string;
  body: string;
}

/** The corpus's usable releases one at a time, up to `limit`: never all in memory. */
export async function* streamBerlinCorpus(
  file: string,
  limit = Number.POSITIVE_INFINITY,
): AsyncGenerator<CorpusRelease, void, undefined> {
  const input = createReadStream(file).pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let count = 0;
  try {
    for await (const line of lines) {
      if (count >= limit) break;
      if (!line.trim()) continue;
      const item = JSON.parse(line) as CorpusRelease;
      if (!item.title || !item.date || !item.body) continue;
      count += 1;
      yield item;
    }
  } finally {
    input.destroy();
  }
}

export async function readBerlinCorpus(file: string, limit = Number.POSITIVE_INFINITY): Promise<CorpusRelease[]> {
  const out: CorpusRelease[] = [];
  for await (const item of streamBerlinCorpus(file, limit)) out.push(item);
  return out;
}
