// Runs the layout on a worker thread (see layoutGraphConcurrently).
import { serveWorker } from '../worker-thread';
import { type LayoutInput, layOut } from './forceatlas2';

serveWorker((input: LayoutInput) => layOut(input));
