/**
 * Builds small ZIP files for tests, stored or deflated: each entry's name is given as
 * bytes (so a test can write a CP437 name, a name that climbs out with `..`, an absolute one), and
 * `utf8` sets the flag that says the names are UTF-8.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string | Buffer;
  data: Buffer | string;
  /** General purpose flag bit 11: the name is UTF-8 (default: set for a string name). */
  utf8?: boolean;
  /** Compress with deflate (default: stored). */
  deflate?: boolean;
  /** The uncompressed size the ZIP claims (default: the true one) — a zip bomb lies here. */
  claimedSize?: number;
}

interface Common {
  flag: number;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  nameLength: number;
}

/** The fields local and central headers share, in the same order from `at`. */
function writeCommon(header: Buffer, at: number, c: Common): void {
  header.writeUInt16LE(c.flag, at);
  header.writeUInt16LE(c.method, at + 2);
  header.writeUInt32LE(c.crc, at + 8);
  header.writeUInt32LE(c.compressed, at + 12);
  header.writeUInt32LE(c.size, at + 16);
  header.writeUInt16LE(c.nameLength, at + 20);
}

export function buildZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : entry.name;
    const raw = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8');
    const data = entry.deflate ? deflateRawSync(raw) : raw;
    const size = entry.claimedSize ?? raw.length;
    const method = entry.deflate ? 8 : 0;
    const flag = (entry.utf8 ?? typeof entry.name === 'string') ? 0x800 : 0;
    const crc = crc32(raw);
    const common = { flag, method, crc, compressed: data.length, size, nameLength: name.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    writeCommon(local, 6, common);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    writeCommon(central, 8, common);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
