/**
 * Writes a piece of a download and waits until the client has taken it (or it is buffered below the
 * high-water mark). A client that takes nothing for `stalledMs` loses the download: the response is
 * destroyed, so the export's place at the gate (export-gate.ts) is freed instead of held for good by
 * a client that opened an export and never reads it.
 */

/** How long a download may wait for its client to take data. */
export const STALLED_CLIENT_MS = 30_000;

/** What of a response the writer uses (an http.ServerResponse is one). */
export interface DownloadSink {
  readonly destroyed: boolean;
  write(chunk: string): boolean;
  once(event: 'drain' | 'close', listener: () => void): unknown;
  off(event: 'drain' | 'close', listener: () => void): unknown;
  destroy(): void;
}

export function writeOrGiveUp(res: DownloadSink, chunk: string, stalledMs = STALLED_CLIENT_MS): Promise<void> {
  // A destroyed response emits neither 'drain' nor 'close' again: waiting for them would never end.
  if (res.destroyed || res.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    const timer = setTimeout(() => {
      res.destroy();
      done();
    }, stalledMs);
    res.once('drain', done);
    res.once('close', done);
  });
}
