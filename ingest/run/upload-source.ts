/**
 * Where an uploaded file "comes from" in the state journal. An upload has no meaningful path on the
 * server, so its path is its content — `upload:<sha256>/<name>`, the name kept for display — and a
 * newer upload of the same type joined to a release (by the identity rules, never by its name) is
 * its corrected version: it replaces the release's earlier uploaded source of that type, as a
 * changed file at the same path replaces its earlier bytes on the command line.
 */
const PREFIX = 'upload:';

export function uploadSourcePath(sha256: string, name: string): string {
  return `${PREFIX}${sha256}/${name}`;
}

export function isUploadPath(path: string | undefined): boolean {
  return path?.startsWith(PREFIX) ?? false;
}
