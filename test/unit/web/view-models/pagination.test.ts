import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pageWindow, pagination } from '../../../../src/web/view-models/pagination.js';
import { EMPTY_STATE } from '../../../../src/web/view-models/search-url.js';

describe('pagination', () => {
  test('window: first, last, current ± 1 and gaps', () => {
    assert.deepEqual(pageWindow(1, 1), [1]);
    assert.deepEqual(pageWindow(1, 10), [1, 2, undefined, 10]);
    assert.deepEqual(pageWindow(5, 10), [1, undefined, 4, 5, 6, undefined, 10]);
    assert.deepEqual(pageWindow(3, 4), [1, 2, 3, 4]);
  });

  test('previous and next with hints, current page marked, links keep the state and base', () => {
    const p = pagination('/archiv', { ...EMPTY_STATE, q: 'Schule', page: 2 }, 3)!;
    assert.equal(p.label, 'Seitennummerierung');
    assert.deepEqual(p.previous, { url: '/archiv/suche?q=Schule#ergebnisse', label: 'Vorherige', hint: '1 von 3' });
    assert.deepEqual(p.next, { url: '/archiv/suche?q=Schule&seite=3#ergebnisse', label: 'Nächste', hint: '3 von 3' });
    assert.deepEqual(
      p.items.filter((i) => i.current).map((i) => i.number),
      [2],
    );
  });

  test('none for a single page or past the end', () => {
    assert.equal(pagination('', EMPTY_STATE, 1), undefined);
    assert.equal(pagination('', { ...EMPTY_STATE, page: 9 }, 3), undefined);
  });
});
