// Writes a GEXF file on a worker thread (see writeGexf).
import { writeFileSync } from 'node:fs';
import { serveWorker } from '../worker-thread';
import { type GexfInput, gexfText } from './gexf';

serveWorker(({ path, input }: { path: string; input: GexfInput }) => writeFileSync(path, gexfText(input)));
