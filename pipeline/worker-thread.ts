// Worker threads that run one of the pipeline's own TypeScript modules on one input. The worker
// posts progress messages and then its result; `serveWorker` is its side of that exchange.
import { parentPort, Worker } from 'node:worker_threads';

type Message<O> = { progress: number } | { result: O };

/**
 * A worker thread running `module`. A small bootstrap registers tsx's loader in the worker's own
 * thread first, so the worker starts the same under the CLI and under the test runner.
 */
export function startWorker(module: URL): Worker {
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); })`;
  return new Worker(bootstrap, { eval: true });
}

/** Starts `module` in a worker thread, posts it `input` and resolves with its result. */
export function runInWorker<I, O>(module: URL, input: I, onProgress?: (done: number) => void): Promise<O> {
  const worker = startWorker(module);
  return new Promise<O>((resolve, reject) => {
    worker.on('message', (message: Message<O>) => {
      if ('progress' in message) return onProgress?.(message.progress);
      resolve(message.result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`worker ${module.pathname} exited with code ${code}`)));
    worker.postMessage(input);
  });
}

/** The worker's side: answers the one input with `work(input, progress)`. */
export function serveWorker<I, O>(work: (input: I, progress: (done: number) => void) => O | Promise<O>): void {
  const port = parentPort!;
  port.once('message', async (input: I) => {
    const result = await work(input, (done) => port.postMessage({ progress: done } satisfies Message<O>));
    port.postMessage({ result } satisfies Message<O>);
  });
}
