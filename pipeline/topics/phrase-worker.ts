// Runs extractPhrases on a chunk of texts in a worker thread (see extract-parallel.ts).
import { serveWorker } from '../worker-thread';
import { extractPhrases } from './phrases';
import { PhraseTableBuilder } from './phrase-table';

const PROGRESS_EVERY = 500;

serveWorker((texts: string[], progress) => {
  const table = new PhraseTableBuilder();
  texts.forEach((text, k) => {
    if (k % PROGRESS_EVERY === 0) progress(k);
    table.add(extractPhrases(text));
  });
  return table.build();
});
