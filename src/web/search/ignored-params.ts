/** The URL parameters of a request without those its route ignores (feed-request.ts, export-request.ts). Pure. */
export function withoutParams(raw: Record<string, unknown>, ignored: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([name]) => !ignored.includes(name)));
}
