/**
 * HTML page → text blocks and metadata hints: decode (declared encoding, mojibake repair), parse
 * within the limits of html-parse.ts, read the metadata, keep only the main content and turn it
 * into blocks.
 */
import { load } from 'cheerio';
import { ExtractionError } from '../extraction-error.js';
import { collapseWhitespace } from '../../text/clean-text.js';
import { detectErrorPage } from './error-page.js';
import type { ExtractedDocument } from '../extracted-document.js';
import { htmlToBlocks } from './html-blocks.js';
import { decodeHtml } from './html-decode.js';
import { selectMainContent } from './html-main-content.js';
import { readHtmlHints } from './html-meta.js';
import { checkHtmlSize, parseHtml } from './html-parse.js';

export function extractHtml(bytes: Uint8Array): ExtractedDocument {
  try {
    return extractDecodedHtml(bytes);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new ExtractionError('too-complex', `HTML too complex to extract (${error.message})`, { cause: error });
  }
}

function extractDecodedHtml(bytes: Uint8Array): ExtractedDocument {
  checkHtmlSize(bytes);
  const { html, warnings } = decodeHtml(bytes);
  const $ = load(parseHtml(html));
  const hints = readHtmlHints($, html);
  const titles = [
    $('title').first(),
    ...$('h1, h2')
      .toArray()
      .slice(0, 4)
      .map((el) => $(el)),
  ].map((t) => collapseWhitespace(t.text()));
  const main = selectMainContent($);
  const errorPage = detectErrorPage([hints.title ?? '', ...titles], main.text());
  if (errorPage) throw new ExtractionError('error-page', `saved error page, not a release ("${errorPage}")`);
  const mainRoot = main.get(0);
  const blocks = mainRoot ? htmlToBlocks(mainRoot, hints.sourceUrl) : [];
  return { type: 'html', blocks, hints, warnings };
}
