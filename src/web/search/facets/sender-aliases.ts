/**
 * Former facet values of senders (`formerShorts` in search-config/ministries.json): a sender that
 * got a real abbreviation („SenBJF“) was filed under a value made from its name before
 * („sen-bildung-jugend-familie“), and links and bookmarks with `ministerium=` that value keep
 * working. Read once per process; the ingest validates the whole file (sender-vocabulary.ts), this
 * reads only the two fields it needs.
 */
import { JsonFields } from '../../../archive/search-config/json-fields.js';
import { readSearchConfig, searchConfigPath } from '../../../archive/search-config/search-config-file.js';

/** Former value in lower case → the sender's current facet value. */
export type SenderAliases = ReadonlyMap<string, string>;

export function parseSenderAliases(json: unknown, file: string): SenderAliases {
  const f = new JsonFields(file);
  const root = f.object(json, '');
  const aliases = new Map<string, string>();
  for (const list of ['ministries', 'otherSenders'] as const) {
    if (root[list] === undefined) continue;
    f.array(root[list], list).forEach((item, i) => {
      const sender = f.object(item, `${list}[${i}]`);
      const short = f.string(sender.short, `${list}[${i}].short`);
      for (const former of f.strings(sender.formerShorts, `${list}[${i}].formerShorts`))
        aliases.set(former.toLocaleLowerCase('de'), short);
    });
  }
  return aliases;
}

let loaded: SenderAliases | undefined;

/** The aliases of search-config/ministries.json (a SearchConfigError naming the key when it is broken). */
export function senderAliases(): SenderAliases {
  loaded ??= readSearchConfig(searchConfigPath('ministries.json'), parseSenderAliases);
  return loaded;
}
