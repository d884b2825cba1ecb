import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { walkInputs } from '../../../../ingest/run/file-walker.js';
import type { FileReport } from '../../../../ingest/run/ingest-report.js';
import { parseSourceList, readSourceLists } from '../../../../ingest/run/source-list.js';
import { tempDir } from '../../../helpers/temp-dir.js';

describe('parseSourceList', () => {
  test('"Datei;Adresse" after a header, "," accepted, BOM, CRLF, quotes and comments', () => {
    const { addresses, problems } = parseSourceList(
      '\uFEFFDatei;Adresse\r\na.pdf;https://www.example.org/a.pdf\r\n# Kommentar\r\n\r\n"b c.html","https://www.example.org/b?x=1,2"\r\n',
    );
    assert.deepEqual(
      [...addresses],
      [
        ['a.pdf', 'https://www.example.org/a.pdf'],
        ['b c.html', 'https://www.example.org/b?x=1,2'],
      ],
    );
    assert.deepEqual(problems, []);
  });

  test('each bad line is named with its number and why; the first address of a file counts', () => {
    const { addresses, problems } = parseSourceList(
      [
        'a.pdf;https://www.example.org/a.pdf',
        'b.pdf',
        ';https://www.example.org/c.pdf',
        'd.pdf;javascript:alert(1)',
        'e.pdf;about:internet',
        'f.pdf;https://user:pw@www.example.org/f.pdf',
        'a.pdf;https://www.example.org/anders.pdf',
      ].join('\n'),
    );
    assert.deepEqual([...addresses], [['a.pdf', 'https://www.example.org/a.pdf']]);
    assert.deepEqual(problems, [
      'line 1: the first line should be the header "Datei;Adresse"; read as an entry',
      'line 2: no ";" between file name and address; ignored',
      'line 3: no file name; ignored',
      'line 4: "javascript:alert(1)" is not an http or https address the link filter keeps; ignored',
      'line 5: "about:internet" is not an http or https address the link filter keeps; ignored',
      'line 6: "https://user:pw@www.example.org/f.pdf" is not an http or https address the link filter keeps; ignored',
      'line 7: "a.pdf" is listed twice; the first address is used',
    ]);
  });
});

describe('quellen.csv in the folder walk', () => {
  test('listed as a list, not a release; read by path; names outside the folder refused; a link to one not followed', async () => {
    const dir = await tempDir();
    try {
      const inbox = path.join(dir.path, 'eingang');
      await mkdir(path.join(inbox, 'sub'), { recursive: true });
      await writeFile(path.join(inbox, 'a.pdf'), 'a');
      await writeFile(path.join(dir.path, 'aussen.pdf'), 'x');
      await writeFile(
        path.join(inbox, 'quellen.csv'),
        'Datei;Adresse\na.pdf;https://www.example.org/a\n../aussen.pdf;https://www.example.org/x\n',
      );
      await symlink('../quellen.csv', path.join(inbox, 'sub', 'quellen.csv'));
      const entries = await walkInputs(['eingang'], dir.path);
      const list = entries.find((e) => e.display === 'eingang/quellen.csv');
      assert.equal(list?.sourceList, true);
      assert.equal(entries.find((e) => e.display === 'eingang/sub/quellen.csv')?.refused?.code, 'symlink');
      const lines: FileReport[] = [];
      const lineFor = (file: string): FileReport => {
        const line: FileReport = { file, status: 'failed' };
        lines.push(line);
        return line;
      };
      const files = entries.filter((e) => !e.sourceList);
      const addresses = await readSourceLists([list!], files, lineFor);
      assert.deepEqual([...addresses], [[path.join(inbox, 'a.pdf'), 'https://www.example.org/a']]);
      assert.deepEqual(lines, [
        {
          file: 'eingang/quellen.csv',
          status: 'skipped',
          code: 'source-list',
          reason: 'list of source addresses (1 of 2 used)',
          warnings: ['"../aussen.pdf" lies outside the list\'s folder; ignored'],
        },
      ]);
    } finally {
      await dir.remove();
    }
  });

  test('a list that is not UTF-8 fails with that reason', async () => {
    const dir = await tempDir();
    try {
      await writeFile(path.join(dir.path, 'quellen.csv'), Buffer.from([0x44, 0xe4, 0x3b, 0x0a]));
      const [list] = await walkInputs(['quellen.csv'], dir.path);
      const line: FileReport = { file: 'quellen.csv', status: 'failed' };
      await readSourceLists([list!], [], () => line);
      assert.deepEqual(line, {
        file: 'quellen.csv',
        status: 'failed',
        code: 'source-list',
        reason: 'list of source addresses is not UTF-8; not used',
      });
    } finally {
      await dir.remove();
    }
  });
});
