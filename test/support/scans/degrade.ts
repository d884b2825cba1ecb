/** Ways a scan goes wrong, in JS and seeded: lower resolution, noise, a slight skew. */
import type { GrayImage } from '../../../ingest/extract/ocr/gray-image.js';
import { createRandom } from '../samples/prng.js';

/** Resampled to `dpi` (area average when shrinking). */
export function resample(image: GrayImage, dpi: number): GrayImage {
  const factor = dpi / image.dpi;
  const width = Math.round(image.width * factor);
  const height = Math.round(image.height * factor);
  const data = new Uint8Array(width * height);
  const step = 1 / factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let n = 0;
      for (let sy = Math.floor(y * step); sy < Math.min(image.height, Math.floor((y + 1) * step)); sy++) {
        for (let sx = Math.floor(x * step); sx < Math.min(image.width, Math.floor((x + 1) * step)); sx++) {
          sum += image.data[sy * image.width + sx] ?? 255;
          n++;
        }
      }
      data[y * width + x] = n ? Math.round(sum / n) : 255;
    }
  }
  return { width, height, data, dpi };
}

/** Grey noise of ± `amount` on every pixel plus a few dark specks (dust). */
export function addNoise(image: GrayImage, amount: number, seed: number): GrayImage {
  const random = createRandom(seed);
  const data = new Uint8Array(image.data.length);
  for (let i = 0; i < data.length; i++) {
    const v = (image.data[i] ?? 255) + (random.next() * 2 - 1) * amount;
    data[i] = Math.max(0, Math.min(255, Math.round(v)));
  }
  const specks = Math.round((image.width * image.height) / 20_000);
  for (let s = 0; s < specks; s++) {
    const at = random.int(0, data.length - 1);
    data[at] = 40;
    if (at + 1 < data.length) data[at + 1] = 40;
  }
  return { ...image, data };
}

/** Rotated by `degrees` about the centre (bilinear), white where the page was not. */
export function skew(image: GrayImage, degrees: number): GrayImage {
  const { width, height } = image;
  const [cos, sin] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
  const [cx, cy] = [width / 2, height / 2];
  const data = new Uint8Array(width * height);
  const at = (x: number, y: number): number =>
    x < 0 || y < 0 || x >= width || y >= height ? 255 : (image.data[y * width + x] ?? 255);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = cos * (x - cx) + sin * (y - cy) + cx;
      const sy = -sin * (x - cx) + cos * (y - cy) + cy;
      const [x0, y0] = [Math.floor(sx), Math.floor(sy)];
      const [fx, fy] = [sx - x0, sy - y0];
      const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
      const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
      data[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { ...image, data };
}
