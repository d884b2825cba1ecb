import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { displayName } from '../../../src/admin/upload/upload-names.js';
import { damaged, isZipFile, unpackZip, type UploadBudget } from '../../../src/admin/upload/zip-unpack.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { buildZip, type ZipEntry } from '../../helpers/zip-builder.js';

describe('unpackZip', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let n = 0;
  before(async () => void (dir = await tempDir()));
  after(() => dir.remove());

  const budget = (over: Partial<UploadBudget> = {}): UploadBudget => ({
    files: 10,
    bytes: 1000,
    maxFileBytes: 100,
    ...over,
  });
  async function unpack(entries: ZipEntry[] | Buffer, limits = budget()) {
    const staged = path.join(dir.path, String(++n));
    await writeFile(staged, Buffer.isBuffer(entries) ? entries : buildZip(entries));
    return unpackZip({ name: 'paket.zip', bytes: 0, staged }, dir.path, limits);
  }

  test('files are staged under numbers, named for display by their path in the ZIP', async () => {
    const files = await unpack([
      { name: 'ordner/', data: '' },
      { name: 'ordner/a.html', data: '<p>A</p>' },
      { name: 'b.pdf', data: '%PDF-1.4' },
    ]);
    assert.ok(Array.isArray(files));
    assert.deepEqual(
      files.map((f) => [f.name, f.fileName, f.refused]),
      [
        ['paket.zip › ordner/a.html', 'a.html', undefined],
        ['paket.zip › b.pdf', 'b.pdf', undefined],
      ],
    );
    assert.equal(await readFile(files[0]!.staged!, 'utf8'), '<p>A</p>');
    assert.equal(path.dirname(files[1]!.staged!), dir.path, 'never a path from the ZIP');
  });

  test('names that climb out or are absolute are refused, the others unpacked', async () => {
    const files = await unpack([
      { name: '../../etc/passwd', data: 'x' },
      { name: '/abs.html', data: 'x' },
      { name: 'C:/win.html', data: 'x' },
      { name: 'a\\..\\..\\b.html', data: 'x' },
      { name: 'gut.html', data: 'x' },
    ]);
    assert.ok(Array.isArray(files));
    assert.deepEqual(
      files.map((f) => f.refused),
      ['zip-path', 'zip-path', 'zip-path', 'zip-path', undefined],
    );
    assert.equal(files.filter((f) => f.staged).length, 1);
  });

  test('old DOS names are read as CP437, names with the UTF-8 flag as UTF-8', async () => {
    const files = await unpack([
      { name: Buffer.from([0x8e, 0x72, 0x7a, 0x74, 0x65, 0x2e, 0x70, 0x64, 0x66]), data: 'x' },
      { name: 'Stra\u00dfe.pdf', data: 'x' },
    ]);
    assert.ok(Array.isArray(files));
    assert.deepEqual(
      files.map((f) => f.fileName),
      ['Ärzte.pdf', 'Straße.pdf'],
    );
  });

  test('an Office document is one file, not an archive; damaged and empty ZIPs are refused whole', async () => {
    assert.equal(
      await unpack([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'word/document.xml', data: '' },
      ]),
      'office-document',
    );
    assert.equal(
      await unpack([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }]),
      'office-document',
    );
    assert.equal(await unpack(Buffer.from('PK\u0003\u0004 das ist kein ZIP')), 'zip-corrupt');
    assert.equal(await unpack([{ name: 'leer/', data: '' }]), 'zip-empty');
  });

  test('limits: entries beyond the count, files over the size, bytes over the total are refused', async () => {
    const many = await unpack(
      [1, 2, 3].map((i) => ({ name: `${i}.html`, data: 'x' })),
      budget({ files: 2 }),
    );
    assert.ok(Array.isArray(many));
    assert.deepEqual(
      many.map((f) => f.refused),
      [undefined, undefined, 'upload-too-many'],
    );
    const sizes = await unpack(
      [
        { name: 'gross.html', data: 'x'.repeat(101) },
        { name: 'a.html', data: 'x'.repeat(80) },
        { name: 'b.html', data: 'x'.repeat(80) },
      ],
      budget({ bytes: 150 }),
    );
    assert.ok(Array.isArray(sizes));
    assert.deepEqual(
      sizes.map((f) => f.refused),
      ['upload-too-large', undefined, 'upload-total'],
    );
  });

  test('a ZIP that claims fewer bytes than it unpacks to is stopped, one that says it is big is not opened', async () => {
    const files = await unpack([
      { name: 'bombe.html', data: 'x'.repeat(50_000), deflate: true, claimedSize: 10 },
      { name: 'ehrlich.html', data: 'x'.repeat(50_000), deflate: true },
      { name: 'klein.html', data: 'x'.repeat(50), deflate: true },
    ]);
    assert.ok(Array.isArray(files));
    assert.deepEqual(
      files.map((f) => [f.refused, f.staged === undefined]),
      [
        ['zip-corrupt', true],
        ['upload-too-large', true],
        [undefined, false],
      ],
    );
    assert.equal(await readFile(files[2]!.staged!, 'utf8'), 'x'.repeat(50));
  });

  test('isZipFile looks at the first bytes; displayName keeps only a readable last name', async () => {
    const zip = path.join(dir.path, 'z');
    await writeFile(zip, buildZip([{ name: 'a', data: 'b' }]));
    const pdf = path.join(dir.path, 'p');
    await writeFile(pdf, '%PDF-1.4');
    assert.deepEqual([await isZipFile(zip), await isZipFile(pdf)], [true, false]);
    assert.equal(displayName('C:\\Users\\anna\\Mitteilung.pdf'), 'Mitteilung.pdf');
    assert.equal(displayName('a\u0000b\u001b[31m.pdf'), 'ab[31m.pdf');
    assert.equal(displayName(''), 'ohne Namen');
    assert.equal([...displayName('x'.repeat(500))].length, 201);
  });
  test('a ZIP of many entries is read only as far as the file budget and a margin; one line reports the rest', async () => {
    const entries = Array.from({ length: 300 }, (_, i) => ({ name: `d${i}.html`, data: 'x' }));
    const files = await unpack(entries, budget({ files: 2 }));
    assert.ok(Array.isArray(files));
    assert.ok(files.length < 150, `${files.length} lines`);
    assert.equal(files.filter((f) => f.staged).length, 2);
    assert.deepEqual(files.at(-1), { name: 'paket.zip › …', bytes: 0, refused: 'upload-unread' });
  });

  test('errors of a broken ZIP (Node ERR_* codes too) mean damaged; file system errors are thrown on', () => {
    const nodeError = Object.assign(new RangeError('offset out of range'), { code: 'ERR_OUT_OF_RANGE' });
    assert.equal(damaged(nodeError), 'zip-corrupt');
    assert.equal(damaged(Object.assign(new Error('invalid'), { code: 'Z_DATA_ERROR' })), 'zip-corrupt');
    assert.equal(damaged(new Error('invalid central directory')), 'zip-corrupt');
    const full = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    assert.throws(() => damaged(full), full);
  });
});
