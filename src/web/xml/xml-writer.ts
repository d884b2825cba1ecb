/**
 * A small XML writer for the feeds, OpenSearch and the sitemap: elements are built as data and
 * written with every text and attribute value escaped, so a title from an ingested file (`]]>`,
 * `</title>`, `&`) stays text. Characters that XML 1.0 cannot carry at all (C0 controls other than
 * tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF) are removed, not escaped:
 * an escape such as `&#1;` is not allowed either. Names are the writer's own constants, never data.
 */

export interface XmlElement {
  name: string;
  attributes: Readonly<Record<string, string | undefined>>;
  children: readonly XmlChild[];
}

/** A child is an element, or text (escaped when written). */
export type XmlChild = XmlElement | string;

const NOT_IN_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const NAME = /^[A-Za-z_][\w.:-]*$/;

/** Text as XML 1.0 may hold it: characters it cannot carry removed, markup characters escaped. */
export function xmlText(text: string): string {
  return text.replace(NOT_IN_XML, '').replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** An element; attributes whose value is undefined are left out. */
export function element(
  name: string,
  attributes: Readonly<Record<string, string | undefined>> = {},
  ...children: ReadonlyArray<XmlChild | undefined | false>
): XmlElement {
  return {
    name,
    attributes,
    children: children.filter((child): child is XmlChild => child !== undefined && child !== false),
  };
}

function write(node: XmlChild, out: string[]): void {
  if (typeof node === 'string') {
    out.push(xmlText(node));
    return;
  }
  if (!NAME.test(node.name)) throw new Error(`Not an XML name: ${node.name}`);
  out.push(`<${node.name}`);
  for (const [name, value] of Object.entries(node.attributes)) {
    if (value === undefined) continue;
    if (!NAME.test(name)) throw new Error(`Not an XML attribute name: ${name}`);
    out.push(` ${name}="${xmlText(value)}"`);
  }
  if (node.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  // Elements on lines of their own; text stays inline (no whitespace added to it).
  const nested = node.children.some((child) => typeof child !== 'string');
  for (const child of node.children) {
    if (nested) out.push('\n');
    write(child, out);
  }
  out.push(nested ? `\n</${node.name}>` : `</${node.name}>`);
}

/** The document: the XML declaration (UTF-8) and the root element. */
export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>\n'];
  write(root, out);
  out.push('\n');
  return out.join('');
}
