/**
 * HTML page → text blocks and metadata hints: decode (declared encoding, mojibake repair), read
 * the metadata, keep only the main content and turn it into blocks.
 */
import { load } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { ExtractionError } from '../extraction-error.js';
import { collapseWhitespace } from '../../text/clean-text.js';
import { detectErrorPage } from './error-page.js';
import type { ExtractedDocument } from '../extracted-document.js';
import { htmlToBlocks } from './html-blocks.js';
import { decodeHtml } from './html-decode.js';
import { selectMainContent } from './html-main-content.js';
import { readHtmlHints } from './html-meta.js';

/** Real pages nest a few dozen levels; thousands overflow the recursion of the DOM library. */
const MAX_DEPTH = 1000;

/** The deepest nesting of elements, computed without recursion. */
function nestingDepth(root: AnyNode): number {
  let deepest = 0;
  const stack: Array<[AnyNode, number]> = [[root, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    deepest = Math.max(deepest, depth);
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

export function extractHtml(bytes: Uint8Array): ExtractedDocument {
  try {
    return extractDecodedHtml(bytes);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new ExtractionError('too-complex', `HTML too complex to extract (${error.message})`, { cause: error });
  }
}

function extractDecodedHtml(bytes: Uint8Array): ExtractedDocument {
  const { html, warnings } = decodeHtml(bytes);
  const $ = load(html);
  const root = $.root().get(0);
  if (root && nestingDepth(root) > MAX_DEPTH) {
    throw new ExtractionError(
      'too-complex',
      `HTML nested more than ${MAX_DEPTH} levels deep; not a press release page`,
    );
  }
  const hints = readHtmlHints($);
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
  const blocks = mainRoot ? htmlToBlocks(mainRoot) : [];
  return { type: 'html', blocks, hints, warnings };
}
