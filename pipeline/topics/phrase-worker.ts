// Runs extractPhrases on a chunk of texts in a worker thread (see extract-parallel.ts).
import { parentPort } from 'node:worker_threads';
import { extractPhrases } from './phrases';

parentPort!.on('message', (texts: string[]) => parentPort!.postMessage(texts.map(extractPhrases)));
