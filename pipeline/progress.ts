// Progress of a long stage on stderr, with an ETA from the rate so far. On a terminal one line
// is rewritten in place; otherwise (a log file, CI) a line is written every few seconds.

export type ProgressReporter = (stage: string, done: number, total: number, unit: string) => void;

export function stderrProgress(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  let current = '';
  let started = 0;
  let lastWrite = 0;
  return (stage, done, total, unit) => {
    const now = performance.now();
    if (stage !== current) {
      current = stage;
      started = now;
      lastWrite = now;
      return;
    }
    const interval = stream.isTTY ? 250 : 5_000;
    const finished = done >= total;
    if (!finished && now - lastWrite < interval) return;
    lastWrite = now;
    const elapsed = (now - started) / 1000;
    const eta = done > 0 && !finished ? ` · about ${Math.ceil((elapsed * (total - done)) / done)} s left` : '';
    const line = `  ${stage}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} ${unit}${eta}`;
    if (stream.isTTY) stream.write(`\r${line}\x1b[K${finished ? '\r\x1b[K' : ''}`);
    else if (!finished) stream.write(`${line}\n`);
  };
}
