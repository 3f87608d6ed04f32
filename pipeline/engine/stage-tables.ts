// The stage tables the pair counts read (pair-sql.ts), as rows from the pipeline's models: papers,
// authorships, paper_terms (the term map's terms of each paper) and paper_references. Each id
// comes with its ordinal, its rank in code-unit order (compare.ts), which is the order the
// in-memory path sorts by; --parquet writes these same tables.
import { compareStrings } from '../compare';
import type { CitationModel, Corpus, TopicModel } from '../model';
import type { Cell, DuckDBSession, TableSpec } from './duckdb-session';

export const PAPERS: TableSpec = {
  name: 'papers',
  columns: [['paper_ord', 'INTEGER'], ['paper_id', 'VARCHAR'], ['year', 'INTEGER'], ['title', 'VARCHAR']],
};
export const AUTHORSHIPS: TableSpec = {
  name: 'authorships',
  columns: [['paper_ord', 'INTEGER'], ['position', 'INTEGER'], ['author_ord', 'INTEGER'], ['author_id', 'VARCHAR']],
};
export const PAPER_TERMS: TableSpec = {
  name: 'paper_terms',
  columns: [['paper_ord', 'INTEGER'], ['term_ord', 'INTEGER'], ['term_id', 'VARCHAR'], ['count', 'INTEGER']],
};
/** Unresolved references have no work (NULL work_ord and work_key). */
export const PAPER_REFERENCES: TableSpec = {
  name: 'paper_references',
  columns: [['paper_ord', 'INTEGER'], ['position', 'INTEGER'], ['work_ord', 'INTEGER'], ['work_key', 'VARCHAR']],
};

/** Ids in ordinal order: index i holds the id of ordinal i (the pair counts map results back by it). */
export const byOrdinal = (ids: readonly string[]): string[] => [...ids].sort(compareStrings);

/** Ids → ordinals: the rank of each id in code-unit order. */
function ordinals(ids: readonly string[]): Map<string, number> {
  return new Map(byOrdinal(ids).map((id, i) => [id, i]));
}

/** The papers in ordinal order, sorted once per corpus: every table and every pair query needs it. */
const paperOrder = new WeakMap<Corpus, string[]>();
export function papersByOrdinal(corpus: Corpus): string[] {
  let order = paperOrder.get(corpus);
  if (!order) {
    order = byOrdinal(corpus.papers.map((p) => p.id));
    paperOrder.set(corpus, order);
  }
  return order;
}

function ordinalOf(index: ReadonlyMap<string, number>, id: string, what: string): number {
  const ord = index.get(id);
  if (ord === undefined) throw new Error(`stage tables: ${what} "${id}" is not in the corpus`);
  return ord;
}

const paperOrdinals = (corpus: Corpus) => new Map(papersByOrdinal(corpus).map((id, i) => [id, i]));

function* paperRows(corpus: Corpus): Iterable<Cell[]> {
  const ord = paperOrdinals(corpus);
  for (const p of corpus.papers) yield [ord.get(p.id)!, p.id, p.year ?? null, p.title];
}

function* authorshipRows(corpus: Corpus): Iterable<Cell[]> {
  const paper = paperOrdinals(corpus);
  const author = ordinals(corpus.authors.map((a) => a.id));
  for (const p of corpus.papers) {
    for (const [position, id] of p.authors.entries()) yield [paper.get(p.id)!, position, ordinalOf(author, id, 'author'), id];
  }
}

function* paperTermRows(corpus: Corpus, topics: TopicModel): Iterable<Cell[]> {
  const paper = paperOrdinals(corpus);
  const term = ordinals(topics.terms.map((t) => t.id));
  for (const [id, counts] of topics.paperTerms) {
    const ord = ordinalOf(paper, id, 'paper');
    for (const { term: t, count } of counts) yield [ord, ordinalOf(term, t, 'term'), t, count];
  }
}

function* referenceRows(corpus: Corpus, citations: CitationModel): Iterable<Cell[]> {
  const paper = paperOrdinals(corpus);
  const work = ordinals(citations.works.map((w) => w.key));
  for (const [id, keys] of citations.referenceKeys) {
    const ord = ordinalOf(paper, id, 'paper');
    for (const [position, key] of keys.entries()) yield [ord, position, key === undefined ? null : ordinalOf(work, key, 'cited work'), key ?? null];
  }
}

export const loadPapers = (db: DuckDBSession, corpus: Corpus) => db.ensure(PAPERS, () => paperRows(corpus));
export const loadAuthorships = (db: DuckDBSession, corpus: Corpus) => db.ensure(AUTHORSHIPS, () => authorshipRows(corpus));
export const loadPaperTerms = (db: DuckDBSession, corpus: Corpus, topics: TopicModel) => db.ensure(PAPER_TERMS, () => paperTermRows(corpus, topics));
export const loadReferences = (db: DuckDBSession, corpus: Corpus, citations: CitationModel) => db.ensure(PAPER_REFERENCES, () => referenceRows(corpus, citations));
