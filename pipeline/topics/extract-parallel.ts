// Noun-phrase extraction is the topics stage's cost (wink-nlp tags ~2,000 abstracts a second
// per core), and each paper is independent: on large corpora the texts are split into
// contiguous chunks, one worker thread per core. The calling thread stays free meanwhile, for
// the work that needs no topics (run.ts lays out the co-author graph). Results come back in
// input order, as interned tables (phrase-table.ts), so the model is the same however many
// threads ran.
import { availableParallelism } from 'node:os';
import { ModuleWorker } from '../worker-thread';
import { extractPhrases } from './phrases';
import { concatTables, type PhraseTable, PhraseTableBuilder } from './phrase-table';

export const PARALLEL_DEFAULTS = {
  threads: availableParallelism(),
  /** Below this many texts per thread, starting workers (≈ 0.2 s to load the model) does not pay. */
  minTextsPerThread: 2_000,
};

const PHRASE_WORKER = new URL('./phrase-worker.ts', import.meta.url);

function workerCount(texts: number, { threads, minTextsPerThread }: typeof PARALLEL_DEFAULTS): number {
  return Math.min(threads, Math.floor(texts / minTextsPerThread));
}

/**
 * The workers extractAllPhrases will want for about `expectedTexts` texts, started ahead: each
 * loads wink's model (≈ 0.5 s) while the caller builds the corpus, when a core is idle.
 */
export function startPhraseWorkers(expectedTexts: number, options: Partial<typeof PARALLEL_DEFAULTS> = {}): ModuleWorker[] {
  const count = workerCount(expectedTexts, { ...PARALLEL_DEFAULTS, ...options });
  return count < 2 ? [] : Array.from({ length: count }, () => new ModuleWorker(PHRASE_WORKER));
}

/** `workers`: started by startPhraseWorkers; used, or closed when not needed. */
export async function extractAllPhrases(
  texts: readonly string[],
  options: Partial<typeof PARALLEL_DEFAULTS> & { onProgress?: (done: number, total: number) => void; workers?: readonly ModuleWorker[] } = {},
): Promise<PhraseTable> {
  const { onProgress, workers = [] } = options;
  const count = workerCount(texts.length, { ...PARALLEL_DEFAULTS, ...options });
  for (const unneeded of workers.slice(count < 2 ? 0 : count)) unneeded.close();
  if (count < 2) {
    // Too few texts for workers to pay: here, on the calling thread.
    const table = new PhraseTableBuilder();
    texts.forEach((text, k) => {
      if (k % 500 === 0) onProgress?.(k, texts.length);
      table.add(extractPhrases(text));
    });
    onProgress?.(texts.length, texts.length);
    return table.build();
  }
  const size = Math.ceil(texts.length / count);
  const done = new Array<number>(count).fill(0);
  const chunks = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      (workers[i] ?? new ModuleWorker(PHRASE_WORKER)).run<string[], PhraseTable>(texts.slice(i * size, (i + 1) * size), (k) => {
        done[i] = k;
        onProgress?.(done.reduce((a, b) => a + b, 0), texts.length);
      }),
    ),
  );
  onProgress?.(texts.length, texts.length);
  return concatTables(chunks);
}
