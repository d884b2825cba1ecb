/**
 * Finds the sender of a release in texts, using the vocabulary of search-config/ministries.json.
 * Evidence comes in levels (letterhead and head first, the body last); the first level that names
 * a sender decides, and within a level the longest (most specific) name wins. A text that names no
 * known sender gives the fallback ("Sonstige") — never a guessed ministry.
 */
import type { MinistryVocabulary, SenderDefinition, SenderPattern } from './sender-vocabulary.js';
import { foldSenderText, precededByForeignLand, senderSlug } from './sender-text.js';

export interface SenderEvidence {
  /** Where the texts come from (for explanations), e.g. "letterhead", "head", "metadata". */
  source: string;
  texts: readonly string[];
  /** Abbreviations ("SMK") and domains count only where a sender is expected. */
  allowAbbreviations: boolean;
}

export interface SenderMatch {
  name: string;
  short: string;
  /** The former name that was printed, when the release uses one. */
  printed?: string;
  via: 'name' | 'former-name' | 'abbreviation' | 'domain' | 'pattern' | 'fallback';
  source?: string;
}

interface Hit {
  match: SenderMatch;
  index: number;
  length: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (s: string): string => `(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`;

interface CompiledName {
  regex: RegExp;
  /** The literal text the regex looks for: a text without it cannot match (a cheap test first). */
  needle: string;
  /** "Sächsisches Staatsministerium …" also matches without the adjective. */
  optionalAdjective: boolean;
  printed?: string;
  length: number;
}

interface CompiledSender {
  sender: SenderDefinition;
  names: CompiledName[];
  /** Abbreviations and domains; a former abbreviation ("SMEKUL") carries the former name. */
  codes: Array<{
    regex: RegExp;
    /** Literal the regex needs, and whether it is compared in lower case (domains). */
    needle: string;
    lowerCase: boolean;
    length: number;
    via: 'abbreviation' | 'domain';
    printed?: string;
  }>;
}

/** Regular expressions per vocabulary, built once (the vocabulary is immutable). */
const compiledVocabularies = new WeakMap<MinistryVocabulary, CompiledSender[]>();

function compileSender(sender: SenderDefinition): CompiledSender {
  const names = [
    ...[sender.name, ...sender.aliases].map((name) => ({ name, former: false })),
    ...sender.formerNames.map((f) => ({ name: f.name, former: true })),
  ].map(({ name, former }): CompiledName => {
    const key = foldSenderText(name);
    const optionalAdjective = /^sächsisch (?:staatsministerium|staatskanzlei)\b/.test(key);
    const needle = optionalAdjective ? key.slice('sächsisch '.length) : key;
    return {
      regex: new RegExp(word(needle), 'gu'),
      needle,
      optionalAdjective,
      printed: former ? name : undefined,
      length: key.length,
    };
  });
  const abbreviations = [
    ...sender.abbreviations.map((code) => ({ code, printed: undefined })),
    ...sender.formerNames.flatMap((f) => (f.abbreviation ? [{ code: f.abbreviation, printed: f.name }] : [])),
  ];
  const codes: CompiledSender['codes'] = [
    ...abbreviations.map(({ code, printed }) => ({
      regex: new RegExp(word(code), 'u'),
      needle: code,
      lowerCase: false,
      length: code.length,
      via: 'abbreviation' as const,
      printed,
    })),
    ...sender.domains.map((domain) => ({
      regex: new RegExp(`(?:^|[@./\\s])${escape(domain)}(?![\\w-])`, 'i'),
      needle: domain.toLowerCase(),
      lowerCase: true,
      length: domain.length,
      via: 'domain' as const,
    })),
  ];
  return { sender, names, codes };
}

function compiled(vocab: MinistryVocabulary): CompiledSender[] {
  let senders = compiledVocabularies.get(vocab);
  if (!senders) {
    senders = vocab.senders.map(compileSender);
    compiledVocabularies.set(vocab, senders);
  }
  return senders;
}

function aliasHits({ sender, names }: CompiledSender, folded: string): Hit[] {
  const hits: Hit[] = [];
  for (const { regex, needle, optionalAdjective, printed, length } of names) {
    if (!folded.includes(needle)) continue;
    for (const m of folded.matchAll(regex)) {
      if (optionalAdjective && precededByForeignLand(folded, m.index)) continue;
      const match: SenderMatch = { name: sender.name, short: sender.short, via: printed ? 'former-name' : 'name' };
      if (printed) match.printed = printed;
      hits.push({ match, index: m.index, length });
    }
  }
  return hits;
}

function codeHits({ sender, codes }: CompiledSender, text: string, lower: string): Hit[] {
  return codes.flatMap(({ regex, needle, lowerCase, length, via, printed }) => {
    if (!(lowerCase ? lower : text).includes(needle)) return [];
    const m = regex.exec(text);
    if (!m) return [];
    const match: SenderMatch = { name: sender.name, short: sender.short, via };
    if (printed) match.printed = printed;
    return [{ match, index: m.index, length }];
  });
}

function patternHits(sender: SenderDefinition, text: string): Hit[] {
  return sender.patterns.flatMap((regex) =>
    [...text.matchAll(regex)].map((m) => ({
      match: { name: sender.name, short: sender.short, via: 'pattern' as const },
      index: m.index,
      length: m[0].length,
    })),
  );
}

function templateHits(pattern: SenderPattern, text: string): Hit[] {
  return [...text.matchAll(pattern.regex)].map((m) => {
    const fill = (template: string, slug: boolean): string =>
      template.replace(/\{(\w+)\}/g, (_, group: string) => {
        const value = m.groups?.[group] ?? '';
        return slug ? senderSlug(value) : value;
      });
    return {
      match: { name: fill(pattern.name, false), short: fill(pattern.short, true), via: 'pattern' as const },
      index: m.index,
      length: m[0].length,
    };
  });
}

function findHits(vocab: MinistryVocabulary, raw: string, allowAbbreviations: boolean): Hit[] {
  const text = raw.replace(/\s+/g, ' ');
  const folded = foldSenderText(text);
  const lower = allowAbbreviations ? text.toLowerCase() : '';
  const hits = compiled(vocab).flatMap((c) => [
    ...aliasHits(c, folded),
    ...patternHits(c.sender, text),
    ...(allowAbbreviations ? codeHits(c, text, lower) : []),
  ]);
  return [...hits, ...vocab.patterns.flatMap((pattern) => templateHits(pattern, text))];
}

/** The sender named by the evidence, level by level; the fallback when none names one. */
export function classifySender(vocab: MinistryVocabulary, evidence: readonly SenderEvidence[]): SenderMatch {
  for (const level of evidence) {
    const hits = level.texts.flatMap((text, order) =>
      findHits(vocab, text, level.allowAbbreviations).map((hit) => ({ ...hit, order })),
    );
    const best = hits.sort((a, b) => b.length - a.length || a.order - b.order || a.index - b.index)[0];
    if (best) return { ...best.match, source: level.source };
  }
  return { name: vocab.fallback.name, short: vocab.fallback.short, via: 'fallback' };
}

/** The sender named in one text (a sender block, a page title …), abbreviations included. */
export function classifySenderText(vocab: MinistryVocabulary, text: string): SenderMatch {
  return classifySender(vocab, [{ source: 'text', texts: [text], allowAbbreviations: true }]);
}

/** Share of a text (0–1) taken up by sender names: 1 for "Sächsisches Staatsministerium für Kultus". */
export function senderCoverage(vocab: MinistryVocabulary, text: string): number {
  const length = text.replace(/\s+/g, ' ').trim().length;
  if (length === 0) return 0;
  const longest = findHits(vocab, text, true).reduce((max, hit) => Math.max(max, hit.length), 0);
  return Math.min(1, longest / length);
}
