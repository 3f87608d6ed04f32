// The DuckDB engine's pair counts: each runs its query of pair-sql.ts over the stage tables and
// hands back what the in-memory count hands the graph builders (pairs keyed as they key them,
// links in the order they first occur), so the graphs are assembled by the same code.
import type { CitationModel, Corpus, TopicModel } from '../model';
import type { CoauthorPairs } from '../graphs/coauthor';
import type { Counting, CooccurrenceLinks } from '../graphs/cooccurrence';
import type { LinkInput, Links } from '../graphs/sparse-similarity';
import { edgeKey } from '../graphs/types';
import type { DuckDBSession, TableSpec } from './duckdb-session';
import { COAUTHOR_PAIRS_SQL, COCITATION_PAIRS_SQL, similarityLinksSql, TERM_PAIRS_SQL } from './pair-sql';
import { byOrdinal, loadAuthorships, loadPaperTerms, loadReferences, papersByOrdinal } from './stage-tables';

export async function duckdbCoauthorPairs(db: DuckDBSession, corpus: Corpus, maxAuthors: number): Promise<CoauthorPairs> {
  await loadAuthorships(db, corpus);
  const n = corpus.authors.length;
  const papers = papersByOrdinal(corpus);
  const pairs: CoauthorPairs = new Map();
  for await (const [a, b, weight, fractional, joint] of db.rows(COAUTHOR_PAIRS_SQL, { max_authors: maxAuthors })) {
    pairs.set((a as number) * n + (b as number), { weight: Number(weight), fractional: fractional as number, papers: (joint as number[]).map((p) => papers[p]!) });
  }
  return pairs;
}

export async function duckdbTermLinks(db: DuckDBSession, corpus: Corpus, topics: TopicModel, evidenceLimit: number, counting: Counting): Promise<CooccurrenceLinks> {
  await loadPaperTerms(db, corpus, topics);
  return cooccurrenceLinks(db, TERM_PAIRS_SQL, { evidence: evidenceLimit, fractional: counting === 'fractional' }, byOrdinal(topics.terms.map((t) => t.id)), papersByOrdinal(corpus));
}

export async function duckdbCocitationLinks(db: DuckDBSession, corpus: Corpus, citations: CitationModel, minCitations: number, evidenceLimit: number): Promise<CooccurrenceLinks> {
  await loadReferences(db, corpus, citations);
  return cooccurrenceLinks(db, COCITATION_PAIRS_SQL, { evidence: evidenceLimit, fractional: false, min_citations: minCitations }, byOrdinal(citations.works.map((w) => w.key)), papersByOrdinal(corpus));
}

async function cooccurrenceLinks(db: DuckDBSession, sql: string, params: Record<string, number | boolean>, items: readonly string[], documents: readonly string[]): Promise<CooccurrenceLinks> {
  const links: CooccurrenceLinks = new Map();
  for await (const [a, b, count, strength, papers] of db.rows(sql, params)) {
    const source = items[a as number]!;
    const target = items[b as number]!;
    links.set(edgeKey(source, target), { source, target, count: Number(count), strength: strength as number, papers: (papers as number[]).map((d) => documents[d]!) });
  }
  return links;
}

/** Far above the rounding of a cosine summed in another order (~10⁻¹⁵), far below a difference that matters. */
const SIMILARITY_SLACK = 1e-9;

/** The similarity pass of sparse-similarity.ts over its rows, loaded as the table `NAME_vectors` for the query's time. */
export async function duckdbSimilarityLinks(db: DuckDBSession, name: string, { rows, k, minSimilarity, cap }: LinkInput): Promise<Links> {
  const table: TableSpec = { name: `${name}_vectors`, columns: [['row_ord', 'INTEGER'], ['col', 'INTEGER'], ['weight', 'DOUBLE']] };
  await db.load(table, (function* () {
    for (let i = 0; i + 1 < rows.start.length; i++) {
      for (let p = rows.start[i]!; p < rows.start[i + 1]!; p++) yield [i, rows.term[p]!, rows.weight[p]!];
    }
  })());
  const n = rows.start.length - 1;
  const keys: number[] = [];
  const cosines: number[] = [];
  try {
    for await (const [a, b, score] of db.rows(similarityLinksSql(table.name), { k, min_similarity: minSimilarity, cap, slack: SIMILARITY_SLACK })) {
      keys.push((a as number) * n + (b as number));
      cosines.push(score as number);
    }
  } finally {
    await db.run(`DROP TABLE ${table.name}`);
  }
  return { keys: Float64Array.from(keys), cosines: Float64Array.from(cosines) };
}
