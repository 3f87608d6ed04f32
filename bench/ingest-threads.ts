// Ingest alone, on this thread only and with the parse worker beside it (ingest/file-worker.ts),
// interleaved, so that the worker's threshold (PARSE_WORKER_FROM_MS) can be read off and checked
// on another machine. A timing belongs in no test, so it is here:
//
//   npx tsx bench/ingest-threads.ts INPUT [REPEATS]
//
// Under tsx a worker thread starts slower than under the CLI's bundle (its own loader), which
// counts against the worker at small sizes. Each line: wall and CPU time, records read, and a
// hash of the whole ingest result (equal hashes: the two ways read the same).
import { createHash } from 'node:crypto';
import { cpuMs } from '../pipeline/cpu-time';
import { ingestPaths } from '../pipeline/ingest/index';

const [input, repeats = '3'] = process.argv.slice(2);
if (!input) throw new Error('usage: npx tsx bench/ingest-threads.ts INPUT [REPEATS]');

for (let r = 0; r < Number(repeats); r++) {
  for (const [way, inlineBelow] of [['this thread', Infinity], ['with worker', 0]] as const) {
    const wall = performance.now();
    const cpu = cpuMs();
    const result = await ingestPaths([input], { inlineBelow });
    const ms = [performance.now() - wall, cpuMs() - cpu].map((v) => `${(v / 1000).toFixed(2)} s`);
    const hash = createHash('sha256').update(JSON.stringify(result)).digest('hex').slice(0, 12);
    console.log(`${way}  wall ${ms[0]}  cpu ${ms[1]}  ${result.records.length} records  ${hash}`);
  }
}
