// Noun-phrase extraction is the topics stage's cost (wink-nlp tags ~2,000 abstracts a second
// per core), and each paper is independent: on large corpora the texts are split into
// contiguous chunks, one worker thread per core. The calling thread stays free meanwhile, for
// the work that needs no topics (run.ts lays out the co-author graph). Results come back in
// input order, as interned tables (phrase-table.ts), so the model is the same however many
// threads ran.
import { availableParallelism } from 'node:os';
import { runInWorker } from '../worker-thread';
import { extractPhrases } from './phrases';
import { concatTables, type PhraseTable, PhraseTableBuilder } from './phrase-table';

export const PARALLEL_DEFAULTS = {
  threads: availableParallelism(),
  /** Below this many texts per thread, starting workers (≈ 0.2 s to load the model) does not pay. */
  minTextsPerThread: 2_000,
};

export async function extractAllPhrases(
  texts: readonly string[],
  options: Partial<typeof PARALLEL_DEFAULTS> & { onProgress?: (done: number, total: number) => void } = {},
): Promise<PhraseTable> {
  const { threads, minTextsPerThread, onProgress } = { ...PARALLEL_DEFAULTS, ...options };
  const count = Math.min(threads, Math.floor(texts.length / minTextsPerThread));
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
      runInWorker<string[], PhraseTable>(new URL('./phrase-worker.ts', import.meta.url), texts.slice(i * size, (i + 1) * size), (k) => {
        done[i] = k;
        onProgress?.(done.reduce((a, b) => a + b, 0), texts.length);
      }),
    ),
  );
  onProgress?.(texts.length, texts.length);
  return concatTables(chunks);
}
