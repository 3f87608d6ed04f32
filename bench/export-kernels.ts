// CPU time of two export kernels on a citegraph output, one at a time on this thread: writing
// bundle.json in pieces (export/json-pieces.ts; the bundle is read back and parsed first, not
// timed) and the unsafe-character guard every CSV and XML text passes (export/safe-chars.ts), over
// the output's CSV files. Run the same script on two trees, interleaved, to measure a change
// (the machine is shared). A timing belongs in no test, so it is here:
//
//   npx tsx bench/export-kernels.ts OUTPUT_DIR [REPEATS]
//
// Each kernel runs REPEATS times (default 3); the least CPU time is printed, with the size of
// what it produced (equal sizes before and after: the same text).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonPieces } from '../pipeline/export/json-pieces';
import { safeChars } from '../pipeline/export/safe-chars';
import { leastCpuMs } from './kernel-timing';

const [dir, repeats = '3'] = process.argv.slice(2);
if (!dir) throw new Error('usage: npx tsx bench/export-kernels.ts OUTPUT_DIR [REPEATS]');

const bundle: unknown = JSON.parse(readFileSync(join(dir, 'bundle.json'), 'utf8'));
// As the text sink gathers them: concatenated, flushed (here: encoded) at about a megabyte.
const pieces = leastCpuMs(Number(repeats), () => {
  let count = 0;
  let bytes = 0;
  let pending = '';
  for (const piece of jsonPieces(bundle, 4)) {
    count++;
    pending += piece;
    if (pending.length >= 1 << 20) {
      bytes += Buffer.byteLength(pending);
      pending = '';
    }
  }
  return `${count} pieces, ${bytes + Buffer.byteLength(pending)} bytes`;
});
console.log(`jsonPieces(bundle.json)  cpu ${pieces.ms.toFixed(0)} ms  ${pieces.result}`);

const csvFiles = [dir, join(dir, 'graphs')].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.csv')).map((f) => join(d, f)));
// In chunks of about a megabyte, as the CSV writers pass their text.
const chunks = csvFiles.flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return Array.from({ length: Math.ceil(text.length / (1 << 20)) }, (_, i) => text.slice(i << 20, (i + 1) << 20));
});
const guard = leastCpuMs(Number(repeats), () => `${chunks.reduce((n, chunk) => n + safeChars(chunk).length, 0)} characters out`);
console.log(`safeChars(${csvFiles.length} CSV files)  cpu ${guard.ms.toFixed(0)} ms  ${guard.result}`);
