/**
 * ETag and Last-Modified of a feed, from the index's last change (read before any search) and the
 * feed's own parameters: a feed reader polling an unchanged archive gets a 304 without a search.
 */
import { createHash } from 'node:crypto';

export interface Validators {
  /** A weak ETag (compression may change the bytes, never the content). */
  etag: string;
  /** HTTP date of the index's last change, when the version is a date. */
  lastModified?: string;
}

/** undefined when the index version is unknown (a key without `indexes.get`, Meilisearch down). */
export function feedValidators(indexVersion: string | undefined, feedKey: string): Validators | undefined {
  if (indexVersion === undefined) return undefined;
  const hash = createHash('sha256').update(`${indexVersion}\u0000${feedKey}`).digest('base64url').slice(0, 27);
  // Meilisearch's `updatedAt` is an RFC 3339 timestamp; anything else gives no Last-Modified.
  const changed = /^\d{4}-\d{2}-\d{2}T/.test(indexVersion) ? new Date(indexVersion) : undefined;
  return {
    etag: `W/"${hash}"`,
    ...(changed === undefined || Number.isNaN(changed.getTime()) ? {} : { lastModified: changed.toUTCString() }),
  };
}
