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

export async function readBerlinCorpus(file: string, limit = Number.POSITIVE_INFINITY): Promise<CorpusRelease[]> {
  const input = createReadStream(file).pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const out: CorpusRelease[] = [];
  for await (const line of lines) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as CorpusRelease;
    if (!item.title || !item.date || !item.body) continue;
    out.push(item);
    if (out.length >= limit) {
      input.destroy();
      break;
    }
  }
  return out;
}
