/**
 * An 8-bit greyscale image, and its encoding as binary PGM (Netpbm P5): the simplest format
 * Leptonica (inside tesseract.js) reads, written without any library.
 */

export interface GrayImage {
  width: number;
  height: number;
  /** One byte per pixel, row by row, 0 = black. */
  data: Uint8Array;
  /** Resolution the page was rendered or scanned at (dots per inch). */
  dpi: number;
}

export function encodePgm(image: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.width * image.height);
  out.set(header, 0);
  out.set(image.data.subarray(0, image.width * image.height), header.length);
  return out;
}

/** RGBA pixels (4 bytes each) to grey, by the usual luma weights; alpha is laid on white. */
export function rgbaToGray(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const gray = new Uint8Array(width * height);
  for (let i = 0, o = 0; i < gray.length; i++, o += 4) {
    const luma = ((rgba[o] ?? 0) * 77 + (rgba[o + 1] ?? 0) * 150 + (rgba[o + 2] ?? 0) * 29) >> 8;
    const alpha = rgba[o + 3] ?? 255;
    gray[i] = (luma * alpha + 255 * (255 - alpha)) / 255;
  }
  return gray;
}
