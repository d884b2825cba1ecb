/** Test helper: text per page and the Info dictionary of a PDF, via pdf-parse. */
import { PDFParse } from 'pdf-parse';

export interface PdfContent {
  pages: string[];
  info: Record<string, unknown>;
}

export async function readPdf(bytes: Buffer): Promise<PdfContent> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const text = await parser.getText();
    const meta = await parser.getInfo();
    const info: unknown = meta.info;
    return {
      pages: text.pages.map((p) => p.text),
      info: typeof info === 'object' && info !== null ? (info as Record<string, unknown>) : {},
    };
  } finally {
    await parser.destroy();
  }
}
