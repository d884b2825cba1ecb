/**
 * The pages of a scanned image file, as images tesseract.js reads: a TIFF (also multi-page, and
 * CCITT fax compression) is decoded with utif2 and handed on as greyscale PGM, page by page; a PNG
 * or JPEG goes as it is (Leptonica inside tesseract.js decodes both), after its size was read from
 * its header. Images beyond MAX_PIXELS are refused before they are decoded.
 */
import UTIF from 'utif2';
import { ExtractionError } from '../extraction-error.js';
import { encodePgm, rgbaToGray } from '../ocr/gray-image.js';

export type ImageFormat = 'tiff' | 'png' | 'jpeg';

/** 60 megapixels: an A4 page at 600 dpi is 35. */
const MAX_PIXELS = 60_000_000;
const DEFAULT_DPI = 300;

export interface ImagePage {
  /** PGM, PNG or JPEG bytes. */
  encoded: Uint8Array;
  width: number;
  height: number;
  dpi: number;
}

function checkSize(width: number, height: number, what: string): void {
  if (!(width > 0 && height > 0)) throw new ExtractionError('corrupt-image', `${what} has no readable size`);
  if (width * height > MAX_PIXELS) {
    throw new ExtractionError(
      'too-large',
      `${what} is ${width} × ${height} pixels, more than the ${MAX_PIXELS / 1_000_000} megapixels OCR reads`,
    );
  }
}

const arrayBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** The IFDs of a TIFF that hold pages (not thumbnails or masks: NewSubfileType bit 0 or 2). */
function tiffPages(bytes: Uint8Array): UTIF.IFD[] {
  let ifds: UTIF.IFD[];
  try {
    ifds = UTIF.decode(arrayBuffer(bytes));
  } catch (error) {
    throw new ExtractionError('corrupt-image', `damaged TIFF (${(error as Error).message})`, { cause: error });
  }
  return ifds.filter(
    (ifd) => ifd['t256'] !== undefined && ((Number((ifd['t254'] as number[] | undefined)?.[0]) || 0) & 5) === 0,
  );
}

/** XResolution in dots per inch; utif2 gives a rational as [numerator, denominator]. */
function tiffDpi(ifd: UTIF.IFD): number {
  const value = (ifd['t282'] as unknown as Array<number | [number, number]> | undefined)?.[0];
  const resolution = Array.isArray(value) ? value[0] / (value[1] || 1) : Number(value);
  const unit = Number((ifd['t296'] as number[] | undefined)?.[0] ?? 2);
  const dpi = unit === 3 ? resolution * 2.54 : resolution;
  return dpi >= 50 && dpi <= 1200 ? dpi : DEFAULT_DPI;
}

/** Width and height from a PNG's IHDR. */
function pngSize(bytes: Uint8Array): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return bytes.length >= 24 ? [view.getUint32(16), view.getUint32(20)] : [0, 0];
}

/** Width and height from a JPEG's first start-of-frame marker (SOF0–SOF15 except DHT, JPG, DAC). */
function jpegSize(bytes: Uint8Array): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return [0, 0];
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = view.getUint16(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return [view.getUint16(at + 7), view.getUint16(at + 5)];
    }
    at += 2 + length;
  }
  return [0, 0];
}

export function imagePageCount(bytes: Uint8Array, format: ImageFormat): number {
  if (format !== 'tiff') return 1;
  const pages = tiffPages(bytes).length;
  if (pages === 0) throw new ExtractionError('corrupt-image', 'TIFF without an image');
  return pages;
}

/** Page `n` (from 1) of the image file. */
export function imagePage(bytes: Uint8Array, format: ImageFormat, n: number): ImagePage {
  if (format === 'png' || format === 'jpeg') {
    const [width, height] = format === 'png' ? pngSize(bytes) : jpegSize(bytes);
    checkSize(width, height, `the ${format.toUpperCase()} image`);
    return { encoded: bytes, width, height, dpi: DEFAULT_DPI };
  }
  const ifd = tiffPages(bytes)[n - 1];
  if (!ifd) throw new ExtractionError('corrupt-image', `TIFF has no page ${n}`);
  const [width, height] = [Number((ifd['t256'] as number[])[0]), Number((ifd['t257'] as number[] | undefined)?.[0])];
  checkSize(width, height, `page ${n} of the TIFF`);
  try {
    UTIF.decodeImage(arrayBuffer(bytes), ifd);
    const gray = rgbaToGray(UTIF.toRGBA8(ifd), ifd.width, ifd.height);
    const dpi = tiffDpi(ifd);
    return { encoded: encodePgm({ width: ifd.width, height: ifd.height, data: gray, dpi }), width, height, dpi };
  } catch (error) {
    throw new ExtractionError(
      'corrupt-image',
      `page ${n} of the TIFF cannot be decoded (${(error as Error).message})`,
      {
        cause: error,
      },
    );
  }
}
