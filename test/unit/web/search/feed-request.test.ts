import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FEED_SIZE, parseFeedRequest } from '../../../../src/web/search/feed-request.js';
import { FEED_ATTRIBUTES, planFeed } from '../../../../src/web/search/search-query.js';

const parse = (query: Record<string, unknown>) => parseFeedRequest(query, { currentYear: 2026 });

test('a feed reads the parameters of /suche and ignores sortierung, seite and alle, even invalid ones', () => {
  const { request, errors } = parse({
    q: 'Gentherapie',
    ministerium: 'SMWK',
    thema: ['Wissenschaft', 'Gesundheit'],
    von: '2024',
    sortierung: ['relevanz', 'unsinn'],
    seite: '99999999',
    alle: 'nichts',
  });
  assert.deepEqual(errors, []);
  assert.equal(request.q, 'Gentherapie');
  assert.deepEqual(request.ministries, ['SMWK']);
  assert.deepEqual(request.topics, ['Wissenschaft', 'Gesundheit']);
  assert.equal(request.from.input, '2024');
  assert.equal(request.sort, 'neueste', 'always the newest first, also with a query');
  assert.equal(request.page, 1);
  assert.equal(request.perPage, FEED_SIZE);
  assert.equal(FEED_SIZE, 50);
  assert.deepEqual(request.expanded, []);
});

test('errors of the parameters it reads are reported as on /suche', () => {
  assert.match(parse({ von: '31.02.2024' }).errors[0]!.message, /Von/);
  assert.equal(parse({ jahr: 'neunzehn' }).errors.length, 1);
  assert.equal(parse({ q: ['a', 'b'] }).errors.length, 1);
  assert.equal(parse({ proSeite: '5' }).request.perPage, FEED_SIZE, 'proSeite is not a feed parameter');
});

test('the feed plan: newest first, the first 50, the plain summary, no facets, crop or highlight', () => {
  const { request } = parse({ q: 'Gentherapie', thema: 'Wissenschaft' });
  const plan = planFeed(request);
  assert.equal(plan.federated, false, 'sorted by date: one plain search of real matches');
  assert.equal(plan.hits.matchingStrategy, 'all');
  assert.deepEqual(plan.hits.locales, ['eng']);
  assert.equal(plan.offset, 0);
  assert.equal(plan.limit, 50);
  assert.deepEqual(plan.counts, []);
  assert.deepEqual(plan.hits.sort, ['dateNum:desc']);
  assert.deepEqual(plan.hits.facets, []);
  assert.deepEqual(plan.hits.attributesToRetrieve, FEED_ATTRIBUTES);
  assert.ok(FEED_ATTRIBUTES.includes('summary') && FEED_ATTRIBUTES.includes('ingestedAt'));
  assert.equal(plan.hits.attributesToHighlight, undefined);
  assert.equal(plan.hits.attributesToCrop, undefined);
  assert.match(JSON.stringify(plan.hits.filter), /Wissenschaft/);
});
