/**
 * The type of a release („Art“), recognised from the document with the cues of
 * search-config/release-types.json (src/archive/release-types.ts): the types are tried in the file's
 * order and the first that matches wins — a police report by its structure (the one classifier,
 * police-report.ts), the others by a heading in the head of the release (title, subtitle, the lines
 * before the title: „Medieneinladung“, „Rede“, „Interview“) or a phrase of the body („Es gilt das
 * gesprochene Wort“, „Medienvertreter sind herzlich eingeladen“). A release nothing matches is of the
 * default type (Medieninformation). A word in passing („… sagte sie im Interview“) is no heading.
 */
import type { ReleaseType, ReleaseTypeVocabulary } from '../../../src/archive/release-types.js';
import { isPoliceReport } from '../police-report.js';

export interface TypeInput {
  title: string;
  subtitle?: string;
  body: readonly string[];
  /** Lines before the title (the parser's head, letterhead): „Medieninformation 123/2026“. */
  head: readonly string[];
}

function lines(texts: ReadonlyArray<string | undefined>): string[] {
  return texts.flatMap((text) => (text ?? '').split('\n')).map((line) => line.replace(/\s+/g, ' ').trim());
}

function matches(type: ReleaseType, release: TypeInput, head: readonly string[], police: boolean): boolean {
  if (type.policeReport && police) return true;
  if (head.some((line) => type.headCues.some((cue) => line.search(cue) >= 0))) return true;
  return release.body.some((paragraph) => type.bodyCues.some((cue) => paragraph.trim().search(cue) >= 0));
}

export function classifyType(release: TypeInput, vocab: ReleaseTypeVocabulary): string {
  const head = lines([...release.head, release.title, release.subtitle]);
  const police = isPoliceReport(release);
  return vocab.types.find((type) => matches(type, release, head, police))?.name ?? vocab.defaultType;
}
