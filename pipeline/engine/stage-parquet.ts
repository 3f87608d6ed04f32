// --parquet: the stage tables written beside the CSVs, rows in ordinal order, so that the pair
// SQL (pair-sql.ts, README) runs on them in DuckDB's CLI or Spark SQL.
import { join } from 'node:path';
import type { CitationModel, Corpus, TopicModel } from '../model';
import type { DuckDBSession } from './duckdb-session';
import { AUTHORSHIPS, loadAuthorships, loadPapers, loadPaperTerms, loadReferences, PAPER_REFERENCES, PAPER_TERMS, PAPERS } from './stage-tables';

export const STAGE_TABLES = [PAPERS, AUTHORSHIPS, PAPER_TERMS, PAPER_REFERENCES];

export async function writeStageParquet(db: DuckDBSession, dir: string, corpus: Corpus, topics: TopicModel, citations: CitationModel): Promise<void> {
  await Promise.all([loadPapers(db, corpus), loadAuthorships(db, corpus), loadPaperTerms(db, corpus, topics), loadReferences(db, corpus, citations)]);
  for (const table of STAGE_TABLES) {
    const path = join(dir, `${table.name}.parquet`).replaceAll("'", "''");
    // The leading columns are a key: ordered by them, the file is the same on every run.
    await db.run(`COPY (SELECT * FROM ${table.name} ORDER BY ALL) TO '${path}' (FORMAT parquet)`);
  }
}
