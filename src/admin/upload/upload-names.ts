/**
 * The name an uploaded file is shown by: the last part of what the archivist's computer sent (a
 * browser sends no folders, an old one may send a Windows path), without control characters, at
 * most 200 characters. Only ever shown and recorded, never used as a path on the server.
 */
const MAX_NAME_CHARS = 200;

export function displayName(sent: string): string {
  const last = sent.split(/[/\\]/).filter(Boolean).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const clean = last.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '').trim();
  const chars = [...clean];
  return (chars.length > MAX_NAME_CHARS ? chars.slice(0, MAX_NAME_CHARS).join('') + '…' : clean) || 'ohne Namen';
}

/** A file inside a ZIP: the ZIP's name and the path inside it, joined for display. */
export function zipEntryName(zipName: string, entryPath: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const inner = [...entryPath.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '')].slice(0, 300).join('');
  return `${zipName} › ${inner}`;
}
