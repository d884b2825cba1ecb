/** A registry is checked once: no two facets may share a key, field, parameter, attribute or checkbox id letter. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defineRegistry, facetByKey } from '../../../../../src/web/search/facets/facet-definition.js';
import { textFacet } from '../../../../../src/web/search/facets/text-facet.js';

const facet = (key: string, field: string, param: string, attribute: string) =>
  textFacet({ key, field, param, attribute, legend: key, showAll: (n) => `${n}` });

describe('defineRegistry', () => {
  const topic = facet('topic', 'topics', 'thema', 'topics');

  test('returns the facets as given, in their order', () => {
    const year = facet('year', 'years', 'jahr', 'year');
    const registry = defineRegistry([year, topic]);
    assert.deepEqual(
      registry.map((f) => f.key),
      ['year', 'topic'],
    );
  });

  test('refuses facets that would collide', () => {
    for (const [other, what] of [
      [facet('topic', 'subjects', 'fach', 'subjects'), /key "topic"/],
      [facet('subject', 'topics', 'fach', 'subjects'), /field "topics"/],
      [facet('subject', 'subjects', 'thema', 'subjects'), /param "thema"/],
      [facet('subject', 'subjects', 'fach', 'topics'), /attribute "topics"/],
      [facet('subject', 'subjects', 'titel', 'subjects'), /first letter of param "t"/],
      [facet('subject', 'subjects', '', 'subjects'), /param ""/],
    ] as const) {
      assert.throws(() => defineRegistry([topic, other]), what);
    }
  });
});

describe('facetByKey', () => {
  test('finds a facet by its key; an unknown key is a programming error', () => {
    const topic = facet('topic', 'topics', 'thema', 'topics');
    const registry = defineRegistry([topic]);
    assert.equal(facetByKey(registry, 'topic'), topic);
    assert.throws(() => facetByKey(registry as readonly ReturnType<typeof facet>[], 'year'), /No facet "year"/);
  });
});
