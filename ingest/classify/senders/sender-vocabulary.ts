/**
 * The sender vocabulary (search-config/ministries.json): Saxon ministries with their former names,
 * other authorities and name patterns. Loaded and validated once; errors name the file and key.
 * Matching texts against it is sender-matching.ts.
 */
import { JsonFields, type JsonObject } from '../../../src/archive/search-config/json-fields.js';
import { readSearchConfig, searchConfigPath } from '../../../src/archive/search-config/search-config-file.js';

export interface FormerName {
  name: string;
  abbreviation?: string;
  from?: number;
  until?: number;
}

export interface SenderDefinition {
  kind: 'ministry' | 'other';
  /** Canonical (current) name: the facet label. */
  name: string;
  /** Facet value and URL parameter: unique, no quotes. */
  short: string;
  aliases: string[];
  formerNames: FormerName[];
  /** Matched case-sensitively as whole words, only where a sender is expected (head, letterhead, metadata). */
  abbreviations: string[];
  /** E-mail / web domains, e.g. "smwk.sachsen.de". */
  domains: string[];
  patterns: RegExp[];
  /**
   * Regular expressions of places and units („Berlin“, „Polizeidirektion 3“, district names): a police
   * report (ingest/classify/police-report.ts) whose title or body matches one is this sender's.
   */
  policeReportCues: RegExp[];
  /**
   * Facet values this sender had before it got its `short` („sen-bildung-jugend-familie“ before
   * „SenBJF“): `ministerium=` links with them keep working (src/web/search/facets/sender-aliases.ts).
   */
  formerShorts: string[];
}

export interface SenderPattern {
  id: string;
  regex: RegExp;
  /** Templates with `{group}` placeholders; in `short` the group is turned into a slug. */
  name: string;
  short: string;
}

export interface MinistryVocabulary {
  file: string;
  senders: SenderDefinition[];
  patterns: SenderPattern[];
  fallback: { name: string; short: string };
}

export const DEFAULT_MINISTRIES_FILE = searchConfigPath('ministries.json');

const QUOTES = /["'`´„“”‚‘’]/;

/** A facet value; former ones may be longer (a pattern's slug of a long name was not limited). */
function readShort(f: JsonFields, value: unknown, key: string, maxLength = 40): string {
  const short = f.string(value, key);
  if (QUOTES.test(short) || short.length > maxLength || short !== short.trim()) {
    f.fail(key, `must be at most ${maxLength} characters, without quotes or surrounding spaces`);
  }
  return short;
}

function readSender(f: JsonFields, value: unknown, key: string, kind: SenderDefinition['kind']): SenderDefinition {
  const o: JsonObject = f.object(value, key);
  f.knownKeys(
    o,
    [
      'name',
      'short',
      'formerShorts',
      'aliases',
      'formerNames',
      'abbreviations',
      'domains',
      'patterns',
      'policeReportCues',
    ],
    key,
  );
  const formerNames = (o.formerNames === undefined ? [] : f.array(o.formerNames, `${key}.formerNames`)).map(
    (item, i) => {
      const k = `${key}.formerNames[${i}]`;
      const former = f.object(item, k);
      f.knownKeys(former, ['name', 'abbreviation', 'from', 'until'], k);
      return {
        name: f.string(former.name, `${k}.name`),
        abbreviation: f.optionalString(former.abbreviation, `${k}.abbreviation`),
        from: f.optionalNumber(former.from, `${k}.from`),
        until: f.optionalNumber(former.until, `${k}.until`),
      };
    },
  );
  return {
    kind,
    name: f.string(o.name, `${key}.name`),
    short: readShort(f, o.short, `${key}.short`),
    aliases: f.strings(o.aliases, `${key}.aliases`),
    formerNames,
    abbreviations: f.strings(o.abbreviations, `${key}.abbreviations`),
    domains: f.strings(o.domains, `${key}.domains`).map((d) => d.toLowerCase()),
    patterns: f.strings(o.patterns, `${key}.patterns`).map((p, i) => f.regex(p, `${key}.patterns[${i}]`)),
    policeReportCues: f
      .strings(o.policeReportCues, `${key}.policeReportCues`)
      .map((p, i) => f.regex(p, `${key}.policeReportCues[${i}]`)),
    formerShorts: f
      .strings(o.formerShorts, `${key}.formerShorts`)
      .map((s, i) => readShort(f, s, `${key}.formerShorts[${i}]`, 200)),
  };
}

function readPattern(f: JsonFields, value: unknown, key: string): SenderPattern {
  const o = f.object(value, key);
  f.knownKeys(o, ['id', 'pattern', 'name', 'short'], key);
  const regex = f.regex(f.string(o.pattern, `${key}.pattern`), `${key}.pattern`);
  const pattern = {
    id: f.string(o.id, `${key}.id`),
    regex,
    name: f.string(o.name, `${key}.name`),
    short: readShort(f, o.short, `${key}.short`),
  };
  for (const field of ['name', 'short'] as const) {
    for (const [, group] of pattern[field].matchAll(/\{(\w+)\}/g)) {
      if (!regex.source.includes(`(?<${group}>`))
        f.fail(`${key}.${field}`, `uses {${group}}, which is not a named group of the pattern`);
    }
  }
  return pattern;
}

function checkUnique(f: JsonFields, senders: readonly SenderDefinition[], fallbackShort: string): void {
  const shorts = new Map<string, string>([[fallbackShort.toLowerCase(), 'fallback.short']]);
  const names = new Map<string, string>();
  const ministryCount = senders.filter((s) => s.kind === 'ministry').length;
  senders.forEach((sender, i) => {
    const key = sender.kind === 'ministry' ? `ministries[${i}]` : `otherSenders[${i - ministryCount}]`;
    const own = [
      { value: sender.short, at: `${key}.short` },
      ...sender.formerShorts.map((value, j) => ({ value, at: `${key}.formerShorts[${j}]` })),
    ];
    for (const { value, at } of own) {
      const taken = shorts.get(value.toLowerCase());
      if (taken) f.fail(at, `"${value}" is already used by ${taken}`);
      shorts.set(value.toLowerCase(), at);
    }
    for (const name of new Set(
      [sender.name, ...sender.aliases, ...sender.formerNames.map((n) => n.name)].map((n) => n.toLowerCase()),
    )) {
      const owner = names.get(name);
      if (owner) f.fail(key, `name "${name}" also belongs to ${owner}`);
      names.set(name, key);
    }
  });
}

export function parseMinistryVocabulary(json: unknown, file: string): MinistryVocabulary {
  const f = new JsonFields(file);
  const root = f.object(json, '');
  f.knownKeys(root, ['fallback', 'ministries', 'otherSenders', 'patterns'], '');
  const fallbackObject = f.object(root.fallback, 'fallback');
  const fallback = {
    name: f.string(fallbackObject.name, 'fallback.name'),
    short: readShort(f, fallbackObject.short, 'fallback.short'),
  };
  const ministries = f
    .array(root.ministries, 'ministries')
    .map((m, i) => readSender(f, m, `ministries[${i}]`, 'ministry'));
  const others = (root.otherSenders === undefined ? [] : f.array(root.otherSenders, 'otherSenders')).map((m, i) =>
    readSender(f, m, `otherSenders[${i}]`, 'other'),
  );
  const patterns = (root.patterns === undefined ? [] : f.array(root.patterns, 'patterns')).map((p, i) =>
    readPattern(f, p, `patterns[${i}]`),
  );
  checkUnique(f, [...ministries, ...others], fallback.short);
  return { file, senders: [...ministries, ...others], patterns, fallback };
}

export function loadMinistryVocabulary(path: string = DEFAULT_MINISTRIES_FILE): MinistryVocabulary {
  return readSearchConfig(path, parseMinistryVocabulary);
}
