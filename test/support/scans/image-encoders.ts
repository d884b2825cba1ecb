/** Greyscale images to PNG (zlib), baseline JPEG (jpeg-js) and multi-page uncompressed TIFF, for scan fixtures. */
import { deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import type { GrayImage } from '../../../ingest/extract/ocr/gray-image.js';
import { chunk as pngChunk } from '../../fixtures/generator/png.js';

export function encodePng(image: GrayImage): Buffer {
  const { width, height, data } = image;
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) raw.set(data.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // 8 bits per sample
  header.writeUInt8(0, 9); // greyscale
  const dpm = Math.round(image.dpi / 0.0254);
  const phys = Buffer.alloc(9);
  phys.writeUInt32BE(dpm, 0);
  phys.writeUInt32BE(dpm, 4);
  phys.writeUInt8(1, 8); // metres
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('pHYs', phys),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export function encodeJpeg(image: GrayImage, quality: number): Buffer {
  const rgba = Buffer.alloc(image.width * image.height * 4);
  for (let i = 0; i < image.width * image.height; i++) {
    const v = image.data[i] ?? 255;
    rgba[i * 4] = v;
    rgba[i * 4 + 1] = v;
    rgba[i * 4 + 2] = v;
    rgba[i * 4 + 3] = 255;
  }
  return jpeg.encode({ data: rgba, width: image.width, height: image.height }, quality).data;
}

/** A TIFF (little-endian) with one uncompressed 8-bit greyscale page per image. */
export function encodeTiff(images: readonly GrayImage[]): Buffer {
  const parts: Buffer[] = [];
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  parts.push(header);
  let offset = 8;
  const ifdOffsets: number[] = [];
  const entries = 10;
  images.forEach((image) => {
    const ifdSize = 2 + entries * 12 + 4;
    const ifdAt = offset;
    const resolutionAt = ifdAt + ifdSize;
    const dataAt = resolutionAt + 8;
    const ifd = Buffer.alloc(ifdSize);
    ifd.writeUInt16LE(entries, 0);
    const tags: Array<[number, number, number, number]> = [
      [256, 4, 1, image.width], // ImageWidth
      [257, 4, 1, image.height], // ImageLength
      [258, 3, 1, 8], // BitsPerSample
      [259, 3, 1, 1], // Compression: none
      [262, 3, 1, 1], // PhotometricInterpretation: black is zero
      [273, 4, 1, dataAt], // StripOffsets
      [278, 4, 1, image.height], // RowsPerStrip
      [279, 4, 1, image.width * image.height], // StripByteCounts
      [282, 5, 1, resolutionAt], // XResolution
      [296, 3, 1, 2], // ResolutionUnit: inch
    ];
    tags.forEach(([tag, type, count, value], i) => {
      const at = 2 + i * 12;
      ifd.writeUInt16LE(tag, at);
      ifd.writeUInt16LE(type, at + 2);
      ifd.writeUInt32LE(count, at + 4);
      if (type === 3) ifd.writeUInt16LE(value, at + 8);
      else ifd.writeUInt32LE(value, at + 8);
    });
    ifdOffsets.push(ifdAt);
    const resolution = Buffer.alloc(8);
    resolution.writeUInt32LE(Math.round(image.dpi), 0);
    resolution.writeUInt32LE(1, 4);
    parts.push(ifd, resolution, Buffer.from(image.data.subarray(0, image.width * image.height)));
    offset = dataAt + image.width * image.height;
    if (offset % 2) {
      parts.push(Buffer.alloc(1));
      offset++;
    }
  });
  const out = Buffer.concat(parts);
  out.writeUInt32LE(ifdOffsets[0] ?? 0, 4);
  ifdOffsets.forEach((at, i) => out.writeUInt32LE(ifdOffsets[i + 1] ?? 0, at + 2 + entries * 12));
  return out;
}
