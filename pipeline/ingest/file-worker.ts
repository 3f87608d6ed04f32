// A worker thread that parses input files beside the main thread: parsing is what ingest costs
// (15 s for the 231 MB of a generated 100,000-paper corpus, on one thread), and the second core
// has nothing else to do until the corpus is built. Files are handed out one at a time, so the
// faster thread reads more of them; what the worker parsed comes back by structured clone.
import { parentPort } from 'node:worker_threads';
import { startWorker, workerErrorText } from '../worker-thread';
import { type FileResult, ingestFile } from './ingest-file';
import type { ReadLimits } from './record-limit';
import type { FsPath } from './walk';

interface FileRequest {
  id: number;
  /** A Buffer (a file name that is not UTF-8) arrives as a Uint8Array. */
  path: FsPath | Uint8Array;
  display: string;
  limits: ReadLimits;
}
type FileReply = { id: number; result: FileResult } | { id: number; error: string };

export class FileParseWorker {
  private readonly worker = startWorker(import.meta.url, 'serveFileParse', 'stream');
  private readonly pending = new Map<number, { resolve: (result: FileResult) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor() {
    this.worker.on('message', (reply: FileReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return; // its request was already failed with the worker
      this.pending.delete(reply.id);
      if ('error' in reply) waiting.reject(new Error(`the ingest worker: ${reply.error}`));
      else waiting.resolve(reply.result);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the ingest worker exited with code ${code}`)));
  }

  parse(path: FsPath, display: string, limits: ReadLimits): Promise<FileResult> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, path, display, limits } satisfies FileRequest);
    });
  }

  async close(): Promise<void> {
    this.failure ??= new Error('the ingest worker was closed');
    await this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.pending.values()) reject(this.failure);
    this.pending.clear();
  }
}

/** The worker's side: parses each file it is sent, several at once (their reads overlap), and answers each. */
export function serveFileParse(): void {
  const port = parentPort!;
  port.on('message', async ({ id, path, display, limits }: FileRequest) => {
    try {
      const result = await ingestFile(typeof path === 'string' ? path : Buffer.from(path.buffer, path.byteOffset, path.byteLength), display, limits);
      port.postMessage({ id, result } satisfies FileReply);
    } catch (error) {
      port.postMessage({ id, error: workerErrorText(error) } satisfies FileReply);
    }
  });
}
