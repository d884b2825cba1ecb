import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ADMIN_TEXT } from '../../../src/admin/texts/admin-texts.js';
import { ADMIN_VIEWS_DIR } from '../../../src/admin/admin-views.js';

function templates(): Array<{ name: string; source: string }> {
  const files = [path.join(ADMIN_VIEWS_DIR, 'layout.hbs')];
  const pages = path.join(ADMIN_VIEWS_DIR, 'pages');
  for (const file of readdirSync(pages)) if (file.endsWith('.hbs')) files.push(path.join(pages, file));
  return files.map((file) => ({ name: path.relative(ADMIN_VIEWS_DIR, file), source: readFileSync(file, 'utf8') }));
}

test('admin templates hold no words of their own: they take them from ADMIN_TEXT', () => {
  for (const { name, source } of templates()) {
    const text = source.replace(/{{[^}]*}}/g, ' ').replace(/<[^>]*>/g, ' ');
    assert.deepEqual(text.match(/[\p{L}][\p{L}\d-]+/gu) ?? [], [], `${name} should take its text from ADMIN_TEXT`);
  }
});

test('every @t.… an admin template uses exists in ADMIN_TEXT', () => {
  let uses = 0;
  for (const { name, source } of templates()) {
    for (const [, keyPath] of source.matchAll(/@t\.([\w.]+)/g)) {
      uses += 1;
      const value = keyPath!
        .split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], ADMIN_TEXT);
      assert.ok(value !== undefined && typeof value !== 'function', `${name}: @t.${keyPath} is not a text`);
    }
  }
  assert.ok(uses > 20, `templates use ADMIN_TEXT (${uses} uses)`);
});

test('German with umlauts and typographic quotes, never straight ones', () => {
  const all = JSON.stringify(ADMIN_TEXT);
  assert.match(all, /Übersicht/);
  assert.doesNotMatch(all.replace(/\\"/g, '„'), /[^\\]'[^s]/, 'no straight single quotes');
  assert.match(ADMIN_TEXT.signIn.accountHelp, /„npm run user -- add“/);
});
