// Noun-phrase extraction is the topics stage's cost (wink-nlp tags ~2,000 abstracts a second
// per core), and each paper is independent: on large corpora the texts are split into
// contiguous chunks, one worker thread per core. The calling thread stays free meanwhile, for
// the work that needs no topics (the co-author graph). Results come back in input order, as
// interned tables (phrase-table.ts), so the model is the same however many threads ran.
import { availableParallelism } from 'node:os';
import { offload, type Task, TaskWorker, WORKER_START_MS } from '../worker-thread';
import { extractPhrases } from './phrases';
import { concatTables, type PhraseTable, PhraseTableBuilder } from './phrase-table';

/** Tagging one text: wink-nlp does about 2,000 abstracts a second on one core here. */
const MS_PER_TEXT = 0.5;
/** A phrase worker also loads wink's model (≈ 0.75 s) before its first text. */
const MODEL_LOAD_MS = 750;

const PARALLEL_DEFAULTS = {
  threads: availableParallelism(),
  /**
   * The first worker is worth its start alone: it frees the calling thread for the graphs that
   * need no topics, and wink's model is loaded by whichever thread tags (tokens.ts).
   */
  firstThreadMs: WORKER_START_MS,
  /** Each further thread only for at least this much work: its start and its own model load. */
  minThreadMs: WORKER_START_MS + MODEL_LOAD_MS,
};
const PROGRESS_EVERY = 500;

/** Phrases of a chunk of texts, as a task. */
export const phraseTask: Task<readonly string[], PhraseTable> = {
  module: import.meta.url,
  name: 'phraseTask',
  run: (texts, progress) => {
    const table = new PhraseTableBuilder();
    texts.forEach((text, k) => {
      if (k % PROGRESS_EVERY === 0) progress(k);
      table.add(extractPhrases(text));
    });
    return table.build();
  },
  estimateMs: (texts) => texts.length * MS_PER_TEXT,
};

/** Threads worth starting for `texts` texts: none on one core, where the calling thread would only wait. */
function workerCount(texts: number, { threads, firstThreadMs, minThreadMs }: typeof PARALLEL_DEFAULTS): number {
  const work = texts * MS_PER_TEXT;
  if (threads < 2 || work === 0 || work < firstThreadMs) return 0;
  return Math.max(1, Math.min(threads, Math.floor(work / minThreadMs)));
}

/**
 * The workers extractAllPhrases will want for about `expectedTexts` texts, started ahead: each
 * loads wink's model while the caller builds the corpus, when a core is idle.
 */
export function startPhraseWorkers(expectedTexts: number, options: Partial<typeof PARALLEL_DEFAULTS> = {}): TaskWorker[] {
  const count = workerCount(expectedTexts, { ...PARALLEL_DEFAULTS, ...options });
  return Array.from({ length: count }, () => new TaskWorker(phraseTask));
}

/** `workers`: started by startPhraseWorkers; used, or closed when not needed. */
export async function extractAllPhrases(
  texts: readonly string[],
  options: Partial<typeof PARALLEL_DEFAULTS> & { onProgress?: (done: number, total: number) => void; workers?: readonly TaskWorker[] } = {},
): Promise<PhraseTable> {
  const { onProgress = () => {}, workers = [] } = options;
  const count = workerCount(texts.length, { ...PARALLEL_DEFAULTS, ...options });
  for (const unneeded of workers.slice(count)) unneeded.close();
  if (count === 0) {
    // Too few texts for workers to pay: here, on the calling thread.
    const table = await offload(phraseTask, texts, { inlineBelow: Infinity, onProgress: (k) => onProgress(k, texts.length) });
    onProgress(texts.length, texts.length);
    return table;
  }
  const size = Math.ceil(texts.length / count);
  const done = new Array<number>(count).fill(0);
  const chunks = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      offload(phraseTask, texts.slice(i * size, (i + 1) * size), {
        inlineBelow: 0,
        ...(workers[i] ? { worker: workers[i] } : {}),
        onProgress: (k) => {
          done[i] = k;
          onProgress(done.reduce((a, b) => a + b, 0), texts.length);
        },
      }),
    ),
  );
  onProgress(texts.length, texts.length);
  return concatTables(chunks);
}
