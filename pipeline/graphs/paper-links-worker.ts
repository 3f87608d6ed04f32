// Runs the paper graph's similarity pass on a worker thread (see buildPaperGraphConcurrently).
import { serveWorker } from '../worker-thread';
import { type LinkInput, topLinks } from './paper-topics';

serveWorker((input: LinkInput) => topLinks(input));
