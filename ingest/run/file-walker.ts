/**
 * Lists the files under the paths given to an ingest (recursive, sorted, hidden files skipped), the
 * one walk every intake uses. It trusts nothing it finds: a symbolic link inside a folder is not
 * followed but reported (`symlink`); with `followLinks` a link is followed when its real target lies
 * inside one of the named folders (else `link-outside`), a folder is walked once (`link-loop`,
 * `duplicate`) and links are followed only after every named folder was walked, so a file is listed
 * by its own path rather than a link's. FIFOs, sockets and devices are refused from `lstat`, without
 * being opened. A path named by the user is followed even when it is a link. Names that are not
 * UTF-8 are read as bytes (file-names.ts). A regular file named `quellen.csv` is listed as a list of
 * source addresses (source-list.ts), not as a release.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import type { BigIntStats } from 'node:fs';
import path from 'node:path';
import { joinName, nameFromBytes, readableName, UNDECODABLE_NAME_WARNING } from './file-names.js';
import { SOURCE_LIST_NAME } from './source-list-name.js';
import { failed, inputErrorCode, notRegular, skipped, specialKind, type Refusal } from './input-refusal.js';

export interface WalkEntry {
  /** For the report: the path as given, joined with the names inside a given folder; readable. */
  display: string;
  /** Absolute path, the file's identity in the state journal; undecodable bytes escaped (file-names.ts). */
  absolute: string;
  /** What to open: the exact path, or a followed link's real target. Default: `absolute`. */
  open?: string | Buffer;
  /** Set when the entry is not taken in. */
  refused?: Refusal;
  /** A `quellen.csv`: read as the source addresses of the files beside it, not ingested. */
  sourceList?: true;
  warnings?: string[];
}

export interface WalkOptions {
  /** Follow symbolic links inside the named folders (`--follow-links`). */
  followLinks?: boolean;
  /** Entries of folders (by absolute path) that are not listed at all, e.g. the watched folder's `erledigt/`. */
  leaveOut?: (absolute: string) => boolean;
}

/** A place found by the walk: display and absolute path as text (escaped), `open` as the exact path. */
interface Place {
  display: string;
  absolute: string;
  open: string | Buffer;
}

const SLASH = Buffer.from(path.sep);
const key = (info: BigIntStats): string => `${info.dev}:${info.ino}`;
const NOT_FOLLOWED = 'symbolic link, not followed (--follow-links follows links that stay inside the named folders)';

/** Whether `inner` is `outer` or lies below it (real paths as bytes). */
function within(inner: Buffer, outer: Buffer): boolean {
  if (inner.equals(outer)) return true;
  const prefix = outer.at(-1) === SLASH[0] ? outer : Buffer.concat([outer, SLASH]);
  return inner.length > prefix.length && inner.subarray(0, prefix.length).equals(prefix);
}

class Walk {
  readonly out: WalkEntry[] = [];
  /** Real paths of the named folders. */
  private readonly roots: Buffer[] = [];
  /** Folders walked and files listed, by device and inode → display. */
  private readonly folders = new Map<string, string>();
  private readonly files = new Map<string, string>();
  /** Links found in folders, followed once every named folder was walked; with the real path of their folder. */
  private readonly links: Array<Place & { folder: Buffer }> = [];

  constructor(
    private readonly followLinks: boolean,
    private readonly leaveOut: (absolute: string) => boolean = () => false,
  ) {}

  private add(place: Place, extra: Partial<WalkEntry> = {}): void {
    const display = readableName(place.display);
    const warnings = display === place.display ? [] : [UNDECODABLE_NAME_WARNING];
    const entry: WalkEntry = { display, absolute: place.absolute, open: place.open, ...extra };
    if (warnings.length > 0) entry.warnings = warnings;
    this.out.push(entry);
  }

  private refuse(place: Place, refused: Refusal): void {
    this.add(place, { refused });
  }

  /** A path the user named: followed if it is a link. */
  async given(place: Place): Promise<void> {
    let info: BigIntStats;
    let real: Buffer;
    try {
      info = await stat(place.open, { bigint: true });
      real = await realpath(place.open, { encoding: 'buffer' });
    } catch (error) {
      const code = inputErrorCode(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') this.refuse(place, failed('not-found', 'file or folder not found'));
      else this.refuse(place, failed(code === 'ELOOP' ? 'link-loop' : 'unreadable', `cannot be read (${code})`));
      return;
    }
    if (info.isDirectory()) this.roots.push(real);
    await this.take({ ...place, open: real }, info, real, 'failed');
  }

  /** A folder is walked, a regular file listed, anything else refused unopened. `real`: its real path. */
  private async take(place: Place, info: BigIntStats, real: Buffer, status: Refusal['status']): Promise<void> {
    if (info.isDirectory()) return this.folder(place, info, real);
    if (!info.isFile()) return this.refuse(place, notRegular(specialKind(info), status));
    this.files.set(key(info), place.display);
    this.add(place, path.basename(place.absolute).toLowerCase() === SOURCE_LIST_NAME ? { sourceList: true } : {});
  }

  private async folder(place: Place, info: BigIntStats, real: Buffer): Promise<void> {
    const walked = this.folders.get(key(info));
    if (walked !== undefined)
      return this.refuse(place, skipped('duplicate', `folder already walked as ${readableName(walked)}`));
    this.folders.set(key(info), place.display);
    let names: Buffer[];
    try {
      names = await readdir(place.open, { encoding: 'buffer' });
    } catch (error) {
      return this.refuse(place, failed('unreadable', `folder cannot be read (${inputErrorCode(error)})`));
    }
    for (const name of names.sort(Buffer.compare)) {
      if (name[0] === 0x2e) continue; // hidden: ".git", editors' temporary files
      const text = nameFromBytes(name);
      const child: Place = {
        display: path.join(place.display, text),
        absolute: path.join(place.absolute, text),
        open: joinName(place.open, name),
      };
      if (this.leaveOut(child.absolute)) continue;
      await this.child(child, Buffer.concat([real, SLASH, name]), real);
    }
  }

  /** An entry of a folder whose real path is `folder`; `real`: its own real path unless it is a link. */
  private async child(place: Place, real: Buffer, folder: Buffer): Promise<void> {
    let info: BigIntStats;
    try {
      info = await lstat(place.open, { bigint: true });
    } catch (error) {
      return this.refuse(place, failed('unreadable', `cannot be read (${inputErrorCode(error)})`));
    }
    if (!info.isSymbolicLink()) await this.take(place, info, real, 'skipped');
    else if (this.followLinks) this.links.push({ ...place, folder });
    else this.refuse(place, skipped('symlink', NOT_FOLLOWED));
  }

  /** Follows the links found, and those found in the folders they lead to. */
  async followFoundLinks(): Promise<void> {
    for (let link = this.links.shift(); link; link = this.links.shift()) await this.link(link, link.folder);
  }

  private async link(place: Place, folder: Buffer): Promise<void> {
    let real: Buffer;
    let info: BigIntStats;
    try {
      real = await realpath(place.open, { encoding: 'buffer' });
      info = await lstat(real, { bigint: true });
    } catch (error) {
      const code = inputErrorCode(error);
      if (code === 'ELOOP') return this.refuse(place, skipped('link-loop', 'symbolic link loop'));
      if (code === 'ENOENT' || code === 'ENOTDIR')
        return this.refuse(place, skipped('link-broken', 'symbolic link to nothing'));
      return this.refuse(place, failed('unreadable', `cannot be read (${code})`));
    }
    if (!this.roots.some((root) => within(real, root)))
      return this.refuse(place, skipped('link-outside', 'symbolic link leads outside the named folders; not followed'));
    if (info.isDirectory() && within(folder, real))
      return this.refuse(place, skipped('link-loop', 'symbolic link to a folder it lies in; not walked again'));
    const seen = (info.isDirectory() ? this.folders : this.files).get(key(info));
    if (seen !== undefined)
      return this.refuse(place, skipped('duplicate', `symbolic link to ${readableName(seen)}, taken in already`));
    await this.take({ ...place, open: real }, info, real, 'skipped');
  }
}

/** Every entry under the given paths, each either to be taken in or with the reason it is not. */
export async function walkInputs(inputs: string[], cwd: string, options: WalkOptions = {}): Promise<WalkEntry[]> {
  const walk = new Walk(options.followLinks ?? false, options.leaveOut);
  for (const given of inputs) {
    const absolute = path.resolve(cwd, given);
    await walk.given({ display: given, absolute, open: absolute });
  }
  await walk.followFoundLinks();
  return walk.out;
}
