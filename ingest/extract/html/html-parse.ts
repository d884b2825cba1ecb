/**
 * HTML text → DOM (domhandler nodes, as cheerio uses them) with parse5, the parser cheerio uses,
 * under limits checked before and while parsing, so no page costs minutes or gigabytes: size
 * (before decoding), nesting depth, number of elements and attributes per tag. parse5 scans the
 * open elements for many tags (20,000 nested <div>s took 3.4 s, 100,000 about two minutes) and all
 * attributes of a tag for each new one (60,000 attributes on one tag took 12 s); a limit stops the
 * parse where it is passed. Real press release pages are far below every limit (docs/operations.md,
 * "Ingest"). The attributes are counted in parse5's tokenizer (its protected `_leaveAttrName`, with
 * the parser class it exports as internal): html-parse.test.ts fails should an update move them.
 */
import { Parser, Tokenizer, type ParserOptions } from 'parse5';
import { adapter, type Htmlparser2TreeAdapterMap } from 'parse5-htmlparser2-tree-adapter';
import type { ChildNode, Document, Element, ParentNode } from 'domhandler';
import { ExtractionError } from '../extraction-error.js';

export const HTML_LIMITS = {
  /** Bytes of an HTML file (the measured pages have 20–60 KB). */
  bytes: 10 * 1024 * 1024,
  /** Levels of nested elements (the measured pages nest at most 22 deep). */
  depth: 256,
  /** Elements of a page (the measured pages have at most 900). */
  elements: 50_000,
  /** Attributes of one tag (real tags have a few dozen at most). */
  attributesPerTag: 200,
} as const;

const format = (n: number): string => n.toLocaleString('en');

/** Files above the size limit are refused before they are decoded. */
export function checkHtmlSize(bytes: Uint8Array): void {
  if (bytes.length > HTML_LIMITS.bytes) {
    throw new ExtractionError(
      'too-large',
      `HTML page of ${format(bytes.length)} bytes is larger than the limit of ${format(HTML_LIMITS.bytes / 1048576)} MB for HTML pages`,
    );
  }
}

function tooComplex(what: string): ExtractionError {
  return new ExtractionError('too-complex', `HTML ${what}; not a press release page`);
}

/** Counts attributes as the tokenizer reads them: parse5 compares each new one with all before it. */
class BoundedTokenizer extends Tokenizer {
  protected override _leaveAttrName(): void {
    const token = this.currentToken;
    if (token && 'attrs' in token && token.attrs.length >= HTML_LIMITS.attributesPerTag) {
      throw tooComplex(`tag <${token.tagName}> has more than ${format(HTML_LIMITS.attributesPerTag)} attributes`);
    }
    super._leaveAttrName();
  }
}

/**
 * The depth of `parent`'s children (the document's are at depth 1). Walks up at most the depth
 * limit, and on through the content of <template>s, which parse5 keeps in fragments of their own.
 */
function childDepth(parent: ParentNode): number {
  let depth = 0;
  for (let node: ParentNode | null = parent; node; node = node.parent) depth += 1;
  return depth;
}

/** The tree adapter cheerio uses, counting elements and checking the depth of each inserted element. */
function boundedAdapter(): typeof adapter {
  let elements = 0;
  const checkDepth = (parent: ParentNode, node: ChildNode): void => {
    if (adapter.isElementNode(node) && childDepth(parent) > HTML_LIMITS.depth) {
      throw tooComplex(`nested more than ${format(HTML_LIMITS.depth)} levels deep`);
    }
  };
  return {
    ...adapter,
    createElement(tagName, namespaceURI, attrs): Element {
      elements += 1;
      if (elements > HTML_LIMITS.elements)
        throw tooComplex(`page has more than ${format(HTML_LIMITS.elements)} elements`);
      return adapter.createElement(tagName, namespaceURI, attrs);
    },
    appendChild(parent, node): void {
      checkDepth(parent, node);
      adapter.appendChild(parent, node);
    },
    insertBefore(parent, node, reference): void {
      checkDepth(parent, node);
      adapter.insertBefore(parent, node, reference);
    },
  };
}

/** Parses a whole HTML document as cheerio's `load` does (parse5, scripting enabled), within the limits. */
export function parseHtml(html: string): Document {
  const options: ParserOptions<Htmlparser2TreeAdapterMap> = { treeAdapter: boundedAdapter(), scriptingEnabled: true };
  const parser = new Parser(options);
  parser.tokenizer = new BoundedTokenizer(parser.options, parser);
  parser.tokenizer.write(html, true);
  return parser.document;
}
