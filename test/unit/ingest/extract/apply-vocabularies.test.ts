import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { loadDefaultVocabularies } from '../../../../ingest/classify/vocabularies.js';
import { applyVocabularies } from '../../../../ingest/extract/extract-release.js';
import {
  DEFAULT_MINISTRIES_FILE,
  parseMinistryVocabulary,
} from '../../../../ingest/classify/senders/sender-vocabulary.js';
import { extractFixture } from '../../../helpers/fixture-files.js';

interface MinistriesJson {
  ministries: Array<{ short: string; name: string; formerNames?: Array<{ name: string }> }>;
}

test('a cached result is classified again when the ministry is renamed', async () => {
  const result = await extractFixture('good/smwk-2026-06-02-hightech-agenda.html');
  const cached = JSON.parse(JSON.stringify(result)) as typeof result; // as stored in the extraction cache

  const json = JSON.parse(readFileSync(DEFAULT_MINISTRIES_FILE, 'utf8')) as MinistriesJson;
  const smwk = json.ministries.find((m) => m.short === 'SMWK');
  assert.ok(smwk);
  smwk.formerNames = [...(smwk.formerNames ?? []), { name: smwk.name }];
  smwk.name = 'Sächsisches Staatsministerium für Wissenschaft und Kunst der Zukunft';
  const vocabularies = { ...loadDefaultVocabularies(), ministries: parseMinistryVocabulary(json, 'ministries.json') };

  const again = applyVocabularies(cached, vocabularies);
  assert.equal(again.release.ministry, 'Sächsisches Staatsministerium für Wissenschaft und Kunst der Zukunft');
  assert.equal(again.release.ministryShort, 'SMWK');
  assert.equal(again.release.ministryPrinted, 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus');
  assert.deepEqual(again.release.topics, result.release.topics);
  assert.deepEqual(again.release.body, result.release.body);

  const unchanged = applyVocabularies(cached);
  assert.deepEqual(unchanged.release, result.release);
});

test('without sender evidence the cached sender is kept', async () => {
  const { senderEvidence: _dropped, ...result } = await extractFixture('good/smk-2025-03-14-ganztag-3-seiten.pdf');
  const again = applyVocabularies(result);
  assert.deepEqual(
    [again.release.ministry, again.release.ministryShort, again.release.topics],
    [result.release.ministry, 'SMK', ['Bildung']],
  );
});
