// The CLI started again in a child process with a larger V8 heap: the main thread's heap limit is
// fixed when the process starts (worker threads take the same flag). The child gets the terminal,
// the arguments and the environment; this process only waits and passes its exit status on.
import { spawn } from 'node:child_process';

/** Set in the child, so that it never starts another. */
const HEAP_SET = 'CITEGRAPH_HEAP_MIB';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export const isRelaunched = (): boolean => process.env[HEAP_SET] !== undefined;

/** Runs this script again with `--max-old-space-size=heapMib`; resolves to what the process should exit with. */
export function relaunchWithHeap(heapMib: number): Promise<number | NodeJS.Signals> {
  const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--max-old-space-size'));
  const child = spawn(process.execPath, [...execArgv, `--max-old-space-size=${heapMib}`, process.argv[1]!, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [HEAP_SET]: String(heapMib) },
  });
  // Ctrl-C reaches both through the terminal; a kill aimed at this process alone is passed on.
  const pass = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of SIGNALS) process.on(signal, pass);
  return new Promise((resolve) => {
    child.once('error', (error) => {
      process.stderr.write(`citegraph: could not restart with a larger heap: ${error.message}\n`);
      resolve(1);
    });
    child.once('exit', (code, signal) => {
      for (const s of SIGNALS) process.off(s, pass);
      resolve(signal ?? code ?? 1);
    });
  });
}
