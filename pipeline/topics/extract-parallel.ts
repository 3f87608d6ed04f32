// Noun-phrase extraction is the topics stage's cost (wink-nlp tags ~2,000 abstracts a second
// per core), and each paper is independent: on large corpora the texts are split into
// contiguous chunks, one per core, the main thread taking one of them. Results come back in
// input order, so the model is the same however many threads ran.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type ExtractedPhrases, extractPhrases } from './phrases';

export const PARALLEL_DEFAULTS = {
  threads: availableParallelism(),
  /** Below this many texts per thread, starting a worker (≈ 0.2 s to load the model) does not pay. */
  minTextsPerThread: 2_000,
};

/** `onProgress(done, total)`: estimated from the main thread's own chunk, as workers run alike. */
export async function extractAllPhrases(
  texts: readonly string[],
  options: Partial<typeof PARALLEL_DEFAULTS> & { onProgress?: (done: number, total: number) => void } = {},
): Promise<ExtractedPhrases[]> {
  const { threads, minTextsPerThread, onProgress } = { ...PARALLEL_DEFAULTS, ...options };
  const count = Math.max(1, Math.min(threads, Math.floor(texts.length / minTextsPerThread)));
  const size = Math.ceil(texts.length / count);
  const chunks = Array.from({ length: count }, (_, i) => texts.slice(i * size, (i + 1) * size));
  const others = chunks.slice(1).map(runInWorker);
  const first = chunks[0]!.map((text, k) => {
    if (k % 500 === 0) onProgress?.(Math.min(texts.length, k * count), texts.length);
    return extractPhrases(text);
  });
  const all = [first, ...(await Promise.all(others))].flat();
  onProgress?.(texts.length, texts.length);
  return all;
}

function runInWorker(texts: string[]): Promise<ExtractedPhrases[]> {
  // The worker is TypeScript: a small bootstrap registers tsx's loader in the worker's own
  // thread first, so it starts the same under the CLI and under the test runner.
  const entry = JSON.stringify(new URL('./phrase-worker.ts', import.meta.url).href);
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${entry}); })`;
  const worker = new Worker(bootstrap, { eval: true });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: ExtractedPhrases[]) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`topics: phrase worker exited with code ${code}`)));
    worker.postMessage(texts);
  });
}
