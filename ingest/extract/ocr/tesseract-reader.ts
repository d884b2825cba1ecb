/**
 * Tesseract (tesseract.js, WebAssembly) with the German model of the npm package
 * `@tesseract.js-data/deu` (`4.0.0_best_int`: the LSTM model, integer weights). Nothing is
 * downloaded: the language path is the package's folder (a file path, which tesseract.js reads from
 * disk) and `cacheMethod: 'none'` keeps it from writing the unpacked model anywhere (by default it
 * writes `deu.traineddata` into the working directory). One tesseract.js worker (a thread of its
 * own) per OCR thread, made on first use and kept.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import Tesseract from 'tesseract.js';
import { ocrLines, type TesseractBlock } from './ocr-lines.js';
import type { OcrLine } from './ocr-page.js';

export const GERMAN_MODEL = '4.0.0_best_int';

export function germanModelPath(): string {
  const packageJson = createRequire(import.meta.url).resolve('@tesseract.js-data/deu/package.json');
  return path.join(path.dirname(packageJson), GERMAN_MODEL);
}

let worker: Promise<Tesseract.Worker> | undefined;

function tesseract(): Promise<Tesseract.Worker> {
  worker ??= Tesseract.createWorker('deu', Tesseract.OEM.LSTM_ONLY, {
    langPath: germanModelPath(),
    cacheMethod: 'none',
    gzip: true,
  }).catch((error: unknown) => {
    worker = undefined;
    throw error;
  });
  return worker;
}

export interface RecognizedPage {
  confidence: number;
  lines: OcrLine[];
}

/**
 * Reads one encoded image (PGM, PNG, JPEG) of `height` pixels scanned or rendered at `dpi`.
 * Lines come in points from the bottom of the image.
 */
export async function recognize(image: Uint8Array, height: number, dpi: number): Promise<RecognizedPage> {
  const reader = await tesseract();
  await reader.setParameters({ user_defined_dpi: String(Math.round(dpi)) });
  const { data } = await reader.recognize(Buffer.from(image), {}, { blocks: true, text: false });
  const blocks = (data.blocks ?? []) as unknown as TesseractBlock[];
  const lines = ocrLines(blocks, height, dpi);
  return { confidence: lines.length > 0 ? data.confidence : 0, lines };
}

/** Ends the tesseract.js worker thread (a pool thread ending takes it along anyway). */
export async function closeReader(): Promise<void> {
  const current = worker;
  worker = undefined;
  if (current) await (await current).terminate();
}
