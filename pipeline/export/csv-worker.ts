// Turns row chunks into CSV text and appends it to one file, on a worker thread (see csv.ts).
import { closeSync, openSync, writeSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { CsvMessage, CsvReply } from './csv';
import { csvHeader, csvRows } from './csv-format';

const port = parentPort!;
let fd = -1;
let count = 0;
port.on('message', (message: CsvMessage) => {
  if ('path' in message) {
    fd = openSync(message.path, 'w');
    writeSync(fd, csvHeader(message.columns));
  } else if ('rows' in message) {
    writeSync(fd, csvRows(message.rows));
    count += message.rows.length;
    port.postMessage({ written: count } satisfies CsvReply);
  } else {
    closeSync(fd);
    port.postMessage({ done: count } satisfies CsvReply);
  }
});
