// Where the top-k cosine pass runs: in DuckDB when the run chose that engine, else in memory
// (on a worker thread when the rows make it worth one). Kept apart from sparse-similarity.ts,
// which worker threads load and which must not load DuckDB with it.
import type { DuckDBSession } from '../engine/duckdb-session';
import { duckdbSimilarityLinks } from '../engine/pair-counts';
import { offload, type OffloadOptions } from '../worker-thread';
import { type LinkInput, type Links, similarityTask } from './sparse-similarity';

/** `name` names the graph's vector table in DuckDB. */
export function similarityLinks(input: LinkInput, run: OffloadOptions, duckdb: DuckDBSession | undefined, name: string): Promise<Links> {
  return duckdb ? duckdbSimilarityLinks(duckdb, name, input) : offload(similarityTask, input, run);
}
