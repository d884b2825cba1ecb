/**
 * The tombstone of a withdrawn release as the tombstone index holds it and the public site reads it
 * (410 pages): no text of the release, only what says which release it was and why it went.
 */
export interface Tombstone {
  id: string;
  title: string;
  /** The release's date (YYYY-MM-DD) or '' when unknown. */
  date: string;
  reason: string;
  /** ISO time of the withdrawal. */
  withdrawnAt: string;
}
