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
  return new ModuleWorker(module).run<I, O>(input, onProgress);
}

/**
 * A worker started now and given its input later, so that its start (loading its modules) can
 * overlap other work. Idle, it does not keep the process alive; it ends after its one run.
 */
export class ModuleWorker {
  private readonly worker: Worker;
  private failure: Error | undefined;

  constructor(private readonly module: URL) {
    this.worker = startWorker(module);
    this.worker.unref();
    this.worker.on('error', (error) => (this.failure ??= error));
    this.worker.on('exit', (code) => (this.failure ??= new Error(`worker ${module.pathname} exited with code ${code}`)));
  }

  run<I, O>(input: I, onProgress?: (done: number) => void): Promise<O> {
    if (this.failure) return Promise.reject(this.failure);
    const worker = this.worker;
    worker.ref();
    return new Promise<O>((resolve, reject) => {
      worker.on('message', (message: Message<O>) => {
        if ('progress' in message) return onProgress?.(message.progress);
        resolve(message.result);
        this.close();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`worker ${this.module.pathname} exited with code ${code}`)));
      worker.postMessage(input);
    });
  }

  close(): void {
    void this.worker.terminate();
  }
}

/** The worker's side: answers the one input with `work(input, progress)`. */
export function serveWorker<I, O>(work: (input: I, progress: (done: number) => void) => O | Promise<O>): void {
  const port = parentPort!;
  port.once('message', async (input: I) => {
    const result = await work(input, (done) => port.postMessage({ progress: done } satisfies Message<O>));
    port.postMessage({ result } satisfies Message<O>);
  });
}
