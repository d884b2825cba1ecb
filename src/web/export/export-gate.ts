/**
 * How many exports (/suche.csv, /api/suche.jsonl) run at once: at most `total` in all and one per
 * client address. An export asks Meilisearch for up to five pages of 1,000 hits, one after another,
 * each a search of the fair queue under the client's address; the gate keeps one address from
 * running several exports side by side (each would hold a place of the queue) and the whole server
 * from spending more than `total` of the queue's places on exports. Beyond either it refuses at once
 * (no wait: an export waiting minutes is of no use to anyone): a SearchBusyError, 429 for a second
 * export of one address, 503 when `total` run.
 */
import { SearchBusyError } from '../../errors/search-busy-error.js';

export interface ExportGate {
  /** A place for an export of `address`, or a SearchBusyError; call the returned function when it ends. */
  enter(address: string): () => void;
  running(): number;
}

export function createExportGate(total: number): ExportGate {
  const addresses = new Set<string>();
  return {
    enter(address) {
      if (addresses.has(address)) throw new SearchBusyError('address', 'An export of this client address is running');
      if (addresses.size >= total) throw new SearchBusyError('overloaded', `${total} exports are running`);
      addresses.add(address);
      let left = false;
      return () => {
        if (left) return;
        left = true;
        addresses.delete(address);
      };
    },
    running: () => addresses.size,
  };
}
