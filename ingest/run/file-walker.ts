/** Lists the files under the paths given on the command line (recursive, sorted, hidden files skipped). */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface InputFile {
  /** Path as the user gave it (joined with the path inside a given folder). */
  display: string;
  absolute: string;
}

export type WalkEntry = InputFile & { error?: string };

async function walkFolder(display: string, absolute: string, out: WalkEntry[]): Promise<void> {
  let names: string[];
  try {
    names = (await readdir(absolute)).sort();
  } catch (error) {
    out.push({ display, absolute, error: `folder cannot be read (${(error as NodeJS.ErrnoException).code})` });
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const childAbs = path.join(absolute, name);
    const childDisplay = path.join(display, name);
    const info = await stat(childAbs).catch(() => undefined);
    if (info?.isDirectory()) await walkFolder(childDisplay, childAbs, out);
    else out.push({ display: childDisplay, absolute: childAbs });
  }
}

export async function walkInputs(inputs: string[], cwd: string): Promise<WalkEntry[]> {
  const out: WalkEntry[] = [];
  for (const given of inputs) {
    const absolute = path.resolve(cwd, given);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      out.push({
        display: given,
        absolute,
        error: info.code === 'ENOENT' ? 'file or folder not found' : `cannot be read (${info.code})`,
      });
    } else if (info.isDirectory()) {
      await walkFolder(given, absolute, out);
    } else {
      out.push({ display: given, absolute });
    }
  }
  return out;
}
