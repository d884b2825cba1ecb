import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { refusalResponse } from '../../src/child-server.js';

describe('refusalResponse', () => {
  test('the status Node would send for each refusal, with a German page of the right length', () => {
    const cases: Array<[string | undefined, string, string]> = [
      ['HPE_HEADER_OVERFLOW', '431 Request Header Fields Too Large', 'Anfrage zu lang'],
      ['HPE_CHUNK_EXTENSIONS_OVERFLOW', '413 Payload Too Large', 'Anfrage zu groß'],
      ['ERR_HTTP_REQUEST_TIMEOUT', '408 Request Timeout', 'Zeitüberschreitung'],
      ['HPE_INVALID_METHOD', '400 Bad Request', 'Ungültige Anfrage'],
      [undefined, '400 Bad Request', 'Ungültige Anfrage'],
    ];
    for (const [code, statusLine, heading] of cases) {
      const response = refusalResponse(code);
      const [head, body] = response.split('\r\n\r\n') as [string, string];
      assert.ok(head.startsWith(`HTTP/1.1 ${statusLine}\r\n`), `${code}: ${head}`);
      assert.match(head, /\r\nConnection: close$/);
      assert.equal(Number(/Content-Length: (\d+)/.exec(head)![1]), Buffer.byteLength(body), `${code}: length in bytes`);
      assert.match(body, new RegExp(`<html lang="de">.*<title>${heading} – Pressearchiv</title>.*<h1>${heading}</h1>`));
    }
  });
});
