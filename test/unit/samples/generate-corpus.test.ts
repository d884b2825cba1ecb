import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { countWords } from '../../support/samples/fill-template.js';
import { generateReleases } from '../../support/samples/corpus-generator.js';
import { generateCorpus } from '../../support/samples/generate-corpus.js';
import { renderReleaseHtml, renderReleasePdf } from '../../support/samples/render-release.js';
import { unsupportedCharacters } from '../../support/samples/win-ansi.js';

describe('generateCorpus', () => {
  it('yields the requested number of releases', () => {
    for (const count of [0, 1, 250]) assert.equal(generateCorpus({ count, seed: 3 }).length, count);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = JSON.stringify(generateCorpus({ count: 200, seed: 42 }));
    assert.equal(JSON.stringify(generateCorpus({ count: 200, seed: 42 })), a);
    assert.notEqual(JSON.stringify(generateCorpus({ count: 200, seed: 43 })), a);
  });

  it('streams the releases one at a time, the same as the array for a seed and as before streaming', () => {
    const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
    // SHA-256 of generateCorpus's JSON as the array generator gave it before it streamed (9f976fa).
    const before: Record<string, string> = {
      '400/1': '043902d0404829129bca53af4e58f8903cd0295d0c4309d8cd93d932bb5de29b',
      '300/7': '1917041b47ee09f3da99be3485c4e7b186c91ef94aadf20776214932e9b6333e',
    };
    for (const [count, seed] of [
      [400, 1],
      [300, 7],
    ] as const) {
      const streamed = [...generateReleases({ count, seed })];
      assert.equal(sha(streamed), before[`${count}/${seed}`]);
      assert.deepEqual(streamed, generateCorpus({ count, seed }));
    }
    // A billion releases: only the first is made when only the first is asked for.
    const first = generateReleases({ count: 1_000_000_000, seed: 1 }).next();
    assert.deepEqual(first.value, generateCorpus({ count: 1, seed: 1 })[0]);
  });

  it('writes realistic releases: 150–1,200 words, 10+ years, many senders and topics', () => {
    const releases = generateCorpus({ count: 1500, seed: 1 });
    assert.equal(new Set(releases.map((r) => r.key)).size, releases.length);
    for (const r of releases) {
      const words = countWords(r.body.join(' '));
      assert.ok(words >= 150 && words <= 1200, `${r.key}: ${words} words`);
      assert.ok(r.body.length >= 3, r.key);
      assert.ok(r.date >= '2015-01-01' && r.date <= '2026-10-31', r.date);
      assert.deepEqual(unsupportedCharacters([r.title, r.subtitle ?? '', ...r.body].join('\n')), [], r.key);
    }
    assert.ok(new Set(releases.map((r) => r.date.slice(0, 4))).size >= 10);
    assert.ok(new Set(releases.map((r) => r.sender)).size >= 12);
    assert.ok(new Set(releases.flatMap((r) => r.topics)).size >= 12);
  });

  it('prints ministry names valid on the release date', () => {
    for (const r of generateCorpus({ count: 1500, seed: 9 })) {
      if (r.senderShort === 'SMEKUL' || r.senderShort === 'SMR' || r.senderShort === 'SMJusDEG') {
        assert.ok(r.date >= '2019-12-20' && r.date < '2024-12-19', `${r.key}`);
      }
      if (r.senderShort === 'SMIL') assert.ok(r.date >= '2024-12-19', r.key);
    }
  });

  it('honours the PDF share and publishes some releases in both formats', () => {
    const releases = generateCorpus({ count: 1000, seed: 5, pdfShare: 0.8, bothShare: 0.1 });
    const pdf = releases.filter((r) => r.formats.includes('pdf')).length;
    const both = releases.filter((r) => r.formats.length === 2).length;
    assert.ok(pdf > 750 && pdf < 900, `${pdf} PDF`);
    assert.ok(both > 60 && both < 140, `${both} both`);
  });

  it('produces releases the renderers accept', async () => {
    for (const r of generateCorpus({ count: 20, seed: 11 })) {
      assert.ok((await renderReleasePdf(r)).subarray(0, 5).toString('latin1') === '%PDF-');
      assert.ok(renderReleaseHtml(r).startsWith('<!DOCTYPE html>'));
    }
  });
});
