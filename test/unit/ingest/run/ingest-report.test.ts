/** The ingest summary printed to the operator's terminal. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyReport, finishReport, formatSummary } from '../../../../ingest/run/ingest-report.js';

test('file names and reasons cannot steer the terminal or start a line of their own', { timeout: 5_000 }, () => {
  const report = emptyReport();
  report.files.push(
    { file: 'ordner/\u001b[2J\u001b]0;pwned\u0007a.pdf', status: 'failed', reason: 'corrupt\r  OK  alles gut' },
    { file: 'rechnung\u202efdp.exe\nIngest finished: 0 failed', status: 'new', warnings: ['Titel\u009b31m gekürzt'] },
    { file: 'ordner/\u001b[31mlink', status: 'skipped', code: 'symlink', reason: 'symbolic link, not followed' },
  );
  report.rebuild = { swapped: false, reason: 'refused\u001b[1A' };
  const text = formatSummary(finishReport(report));
  const lines = text.split('\n');
  assert.doesNotMatch(lines.join(''), /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u, 'no control character inside a line');
  assert.deepEqual(lines, [
    'Ingest finished: 1 new, 0 updated, 0 unchanged, 1 failed, 1 skipped, 1 warnings.',
    '  FAILED  ordner/\\x1b[2J\\x1b]0;pwned\\x07a.pdf: corrupt\\r  OK  alles gut',
    '  warning rechnung\\u202efdp.exe\\nIngest finished: 0 failed: Titel\\x9b31m gekürzt',
    '  skipped ordner/\\x1b[31mlink: symbolic link, not followed [symlink]',
    'Rebuild NOT swapped in: refused\\x1b[1A',
  ]);
});
