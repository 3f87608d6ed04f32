// Runs shortestPathSums on a worker thread (see computeCentralityConcurrently).
import { serveWorker } from '../worker-thread';
import { type PathSums, type PathSumsInput, shortestPathSums } from './shortest-paths';

serveWorker((input: PathSumsInput): PathSums => shortestPathSums(input, input.sources));
