/** A progress bar on stderr (files done / total, rate, ETA) — only when stderr is a terminal. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): {
  update(done: number, total: number): void;
  end(): void;
} {
  const started = Date.now();
  let last = 0;
  const active = stream.isTTY === true;
  return {
    update(done, total) {
      if (!active || (Date.now() - last < 100 && done < total)) return;
      last = Date.now();
      const seconds = (Date.now() - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      const width = 24;
      const filled = total > 0 ? Math.round((done / total) * width) : 0;
      const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
      stream.write(`\r[${bar}] ${done}/${total} files  ${rate.toFixed(1)} files/s  ETA ${eta} s   `);
    },
    end() {
      if (active) stream.write('\n');
    },
  };
}
