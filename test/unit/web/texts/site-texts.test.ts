import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { TEXT } from '../../../../src/web/texts/site-texts.js';
import { VIEWS_DIR } from '../../../../src/web/view-engine.js';

/** Long prose pages stay templates (the issue „One house“); everything else takes its words from TEXT. */
const PROSE_PAGES = new Set([
  'barrierefreiheit',
  'datenschutz',
  'gebaerdensprache',
  'impressum',
  'leichte-sprache',
  'search-help',
]);
/** Literal text allowed in templates: not words of a language. */
const ALLOWED = new Set(['SHA-256']);

function templates(): Array<{ name: string; source: string }> {
  return ['layouts', 'partials', 'pages'].flatMap((folder) =>
    readdirSync(path.join(VIEWS_DIR, folder))
      .filter((file) => file.endsWith('.hbs'))
      .map((file) => ({ name: `${folder}/${file}`, source: readFileSync(path.join(VIEWS_DIR, folder, file), 'utf8') })),
  );
}

test('templates other than the prose pages hold no words of their own', () => {
  for (const { name, source } of templates()) {
    if (PROSE_PAGES.has(path.basename(name, '.hbs')) && name.startsWith('pages/')) continue;
    const text = source.replace(/{{[^}]*}}/g, ' ').replace(/<[^>]*>/g, ' ');
    const words = (text.match(/[\p{L}][\p{L}\d-]+/gu) ?? []).filter((word) => !ALLOWED.has(word));
    assert.deepEqual(words, [], `${name} should take its text from TEXT (src/web/texts/site-texts.ts)`);
  }
});

test('every @t.… a template uses exists in TEXT (a missing one would render as nothing)', () => {
  let uses = 0;
  for (const { name, source } of templates()) {
    for (const [, keyPath] of source.matchAll(/@t\.([\w.]+)/g)) {
      uses += 1;
      const value = keyPath!.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], TEXT);
      assert.ok(value !== undefined && typeof value !== 'function', `${name}: @t.${keyPath} is not a text in TEXT`);
    }
  }
  assert.ok(uses > 50, `templates use TEXT (${uses} uses)`);
});
