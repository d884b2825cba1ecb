/**
 * The release types („Art“: Medieninformation, Medieneinladung, Polizeibericht, Rede, Interview,
 * Sonstiges) as data, from search-config/release-types.json: each type's name (the record's `type`,
 * the facet value and URL parameter `art`), its aliases (other names a link may use: `art=Pressemitteilung`)
 * and the cues that recognise it at ingest (ingest/classify/types/). Shared: the ingest classifies
 * with it, the site resolves aliases with it. Read once per process; errors name the file and key.
 */
import { JsonFields } from './search-config/json-fields.js';
import { readSearchConfig, searchConfigPath } from './search-config/search-config-file.js';

export interface ReleaseType {
  name: string;
  aliases: string[];
  /** Recognised by the police-report classifier (ingest/classify/police-report.ts). */
  policeReport: boolean;
  /** Patterns matched against each line of the head: title, subtitle and the lines before the title. */
  headCues: RegExp[];
  /** Patterns matched against each paragraph of the body. */
  bodyCues: RegExp[];
}

export interface ReleaseTypeVocabulary {
  /** In order of precedence: the first type whose cues match is the release's. */
  types: ReleaseType[];
  /** The type of a release no cue matches (a press release is a Medieninformation). */
  defaultType: string;
}

export function parseReleaseTypes(json: unknown, file: string): ReleaseTypeVocabulary {
  const f = new JsonFields(file);
  const root = f.object(json, '');
  f.knownKeys(root, ['default', 'types'], '');
  const seen = new Set<string>();
  const types = f.array(root.types, 'types').map((item, i): ReleaseType => {
    const key = `types[${i}]`;
    const o = f.object(item, key);
    f.knownKeys(o, ['name', 'aliases', 'policeReport', 'headCues', 'bodyCues'], key);
    const name = f.string(o.name, `${key}.name`);
    if (/["\\]/.test(name)) f.fail(`${key}.name`, 'must not contain quotes or backslashes');
    const aliases = f.strings(o.aliases, `${key}.aliases`);
    for (const [k, value] of [[`${key}.name`, name], ...aliases.map((a, j) => [`${key}.aliases[${j}]`, a])] as const) {
      const folded = value.toLocaleLowerCase('de');
      if (seen.has(folded)) f.fail(k, `"${value}" is used twice`);
      seen.add(folded);
    }
    if (o.policeReport !== undefined && typeof o.policeReport !== 'boolean')
      f.fail(`${key}.policeReport`, 'must be true or false');
    const cues = (field: 'headCues' | 'bodyCues') =>
      f.strings(o[field], `${key}.${field}`).map((source, j) => f.regex(source, `${key}.${field}[${j}]`));
    return {
      name,
      aliases,
      policeReport: o.policeReport === true,
      headCues: cues('headCues'),
      bodyCues: cues('bodyCues'),
    };
  });
  const defaultType = f.string(root.default, 'default');
  if (!types.some((t) => t.name === defaultType)) f.fail('default', `"${defaultType}" is not one of the types`);
  return { types, defaultType };
}

let loaded: ReleaseTypeVocabulary | undefined;

/** The types of search-config/release-types.json (a SearchConfigError naming the key when it is broken). */
export function releaseTypes(): ReleaseTypeVocabulary {
  loaded ??= readSearchConfig(searchConfigPath('release-types.json'), parseReleaseTypes);
  return loaded;
}

/** A type's name for a name or alias in any case (`pressemitteilung` → „Medieninformation“); undefined if unknown. */
export function releaseTypeNamed(text: string, vocab: ReleaseTypeVocabulary = releaseTypes()): string | undefined {
  const folded = text.toLocaleLowerCase('de');
  return vocab.types.find((t) => [t.name, ...t.aliases].some((n) => n.toLocaleLowerCase('de') === folded))?.name;
}
