import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { xmpSourceUrl } from '../../../../../ingest/extract/pdf/pdf-xmp.js';

const pdfWith = (xmp: string): Buffer =>
  Buffer.from(`%PDF-1.7\n1 0 obj\n<< /Type /Metadata /Subtype /XML >>\nstream\n${xmp}\nendstream\nendobj\n%%EOF\n`);

const packet = (description: string): string =>
  `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">${description}</rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

describe('xmpSourceUrl', () => {
  test('prism:url, dc:source and dc:identifier, as element or attribute, in rdf:Alt; entities decoded', () => {
    assert.equal(
      xmpSourceUrl(
        pdfWith(packet('<rdf:Description><prism:url>https://www.example.org/a.pdf</prism:url></rdf:Description>')),
      ),
      'https://www.example.org/a.pdf',
    );
    assert.equal(
      xmpSourceUrl(pdfWith(packet('<rdf:Description dc:source="https://www.example.org/b?x=1&amp;y=2"/>'))),
      'https://www.example.org/b?x=1&y=2',
    );
    assert.equal(
      xmpSourceUrl(
        pdfWith(
          packet(
            '<dc:identifier><rdf:Alt><rdf:li xml:lang="x-default">https://www.example.org/c</rdf:li></rdf:Alt></dc:identifier>',
          ),
        ),
      ),
      'https://www.example.org/c',
    );
  });

  test('no packet, no such field, or only hostile and non-web values: none', () => {
    assert.equal(xmpSourceUrl(Buffer.from('%PDF-1.4\n%%EOF\n')), undefined);
    assert.equal(
      xmpSourceUrl(pdfWith(packet('<xmp:CreatorTool>https://www.example.org/tool</xmp:CreatorTool>'))),
      undefined,
    );
    for (const value of [
      'javascript:alert(1)',
      'javascript:alert(1)//https://www.example.org/',
      'ftp://www.example.org/a.pdf',
      'https://www.example.org/\u200Ba',
      'https://user:pw@www.example.org/',
    ])
      assert.equal(xmpSourceUrl(pdfWith(packet(`<prism:url>${value}</prism:url>`))), undefined, value);
  });
});
