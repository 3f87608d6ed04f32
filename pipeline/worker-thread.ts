// Work moved off the calling thread, when it pays. A task is a plain function exported with its
// cost estimate; `offload` runs it here when the estimate is below what a worker costs to start,
// else on a worker thread that imports the same function. Either way the result is the same
// (tests hold every task to it), so the choice is about time only.
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

/**
 * What starting a worker thread costs on this project's machine (2 cores, Node 20): its own V8
 * isolate, tsx's loader and the modules the task imports, measured at 0.2–0.3 s. Work estimated
 * below this runs on the calling thread. The one threshold, in the one unit every task states
 * its estimate in.
 */
export const WORKER_START_MS = 250;

/** A function that can run on a worker thread: exported as `name` from `module`, with a cost estimate. */
export interface Task<I, O> {
  /** The module exporting the task (its `import.meta.url`) and the export's name. */
  module: string;
  name: string;
  run(input: I, progress: (done: number) => void): O | Promise<O>;
  /** Milliseconds `run` takes on `input` on this machine, roughly (each task says how it was measured). */
  estimateMs(input: I): number;
}

export interface OffloadOptions {
  /** Work estimated below this many ms runs on the calling thread: 0 always offloads, Infinity never. */
  inlineBelow?: number;
  /** A worker started ahead for this task (startTaskWorker), used when the work is offloaded, closed when not. */
  worker?: TaskWorker;
  onProgress?: (done: number) => void;
}

/** `task.run(input)`, here or on a worker thread (see WORKER_START_MS). */
export async function offload<I, O>(task: Task<I, O>, input: I, options: OffloadOptions = {}): Promise<O> {
  const { inlineBelow = WORKER_START_MS, worker, onProgress = () => {} } = options;
  if (task.estimateMs(input) < inlineBelow) {
    worker?.close();
    return task.run(input, onProgress);
  }
  return (worker ?? new TaskWorker(task)).run<I, O>(input, onProgress);
}

/**
 * A worker thread for one task, started now and given its input later, so that its start can
 * overlap other work. Idle, it does not keep the process alive; it ends after its one run.
 */
export class TaskWorker {
  private readonly worker: Worker;
  private failure: Error | undefined;
  private readonly what: string;

  constructor(task: Pick<Task<unknown, unknown>, 'module' | 'name'>) {
    this.what = `${task.name} (${new URL(task.module).pathname})`;
    this.worker = startWorker(task.module, task.name, 'task');
    this.worker.unref();
    this.worker.on('error', (error) => (this.failure ??= error));
    this.worker.on('exit', (code) => (this.failure ??= new Error(`worker ${this.what} exited with code ${code}`)));
  }

  async run<I, O>(input: I, onProgress: (done: number) => void = () => {}): Promise<O> {
    const release = await RUNNING.acquire();
    try {
      return await this.runNow<I, O>(input, onProgress);
    } finally {
      release();
    }
  }

  private runNow<I, O>(input: I, onProgress: (done: number) => void): Promise<O> {
    if (this.failure) return Promise.reject(this.failure);
    const worker = this.worker;
    worker.ref();
    return new Promise<O>((resolve, reject) => {
      worker.on('message', (message: Message<O>) => {
        if ('progress' in message) return onProgress(message.progress);
        if ('error' in message) reject(new Error(`worker ${this.what}: ${message.error}`));
        else resolve(message.result);
        this.close();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`worker ${this.what} exited with code ${code}`)));
      worker.postMessage(input);
    });
  }

  close(): void {
    void this.worker.terminate();
  }
}

/**
 * At most one running task per core: more would only share the cores, while each holds its
 * input's copy and a heap of its own at once (at 10,000 papers eight were alive together on two
 * cores). A task waiting for its turn has not been sent its input yet.
 */
export class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(count: number) {
    this.free = count;
  }

  async acquire(): Promise<() => void> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    };
  }
}

const RUNNING = new Slots(Math.max(1, availableParallelism()));

/** Set by the prebuilt bundles' banner (scripts/build-pipeline.mjs): where sources and bundles are. */
const BUILD = (globalThis as { CITEGRAPH_BUILD?: { source: string; built: string } }).CITEGRAPH_BUILD;

/** The module a worker imports: the source under tsx, its bundle in a build. */
function loadable(module: string): string {
  if (!BUILD) return module;
  if (!module.startsWith(BUILD.source) || !module.endsWith('.ts')) throw new Error(`worker module ${module} is not under ${BUILD.source}`);
  return BUILD.built + module.slice(BUILD.source.length).replace(/\.ts$/, '.mjs');
}

/**
 * A worker thread running the export `name` of `module`: as a task (answered by serveTask), or as
 * a function serving a protocol of its own (a stream of messages, as the CSV writer's). From the
 * sources, a small bootstrap registers tsx's loader in the worker's own thread first, so the
 * worker starts the same under the CLI and under the test runner; from a build, it imports the
 * module's bundle, plain JavaScript.
 */
export function startWorker(module: string, name: string, as: 'task' | 'stream'): Worker {
  const exported = `m[${JSON.stringify(name)}]`;
  const ready = BUILD ? 'Promise.resolve()' : `import('tsx/esm/api').then(({ register }) => register())`;
  const bootstrap =
    `${ready}.then(async () => {` +
    ` const [{ serveTask }, m] = await Promise.all([import(${JSON.stringify(loadable(import.meta.url))}), import(${JSON.stringify(loadable(module))})]);` +
    ` ${as === 'task' ? `serveTask(${exported})` : `${exported}()`}; })`;
  return new Worker(bootstrap, { eval: true });
}

type Message<O> = { progress: number } | { result: O } | { error: string };

/** The worker's side (called by TaskWorker's bootstrap): answers the one input with the task's result. */
export function serveTask<I, O>(task: Task<I, O>): void {
  const port = parentPort!;
  port.once('message', async (input: I) => {
    try {
      const result = await task.run(input, (done) => port.postMessage({ progress: done } satisfies Message<O>));
      port.postMessage({ result } satisfies Message<O>);
    } catch (error) {
      port.postMessage({ error: workerErrorText(error) } satisfies Message<O>);
    }
  });
}

/** What a worker thread sends back for an error it caught: the stack, where the calling thread's message names the worker. */
export const workerErrorText = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));
