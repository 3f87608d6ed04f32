// The pair counts of the graphs as SQL over the stage tables (stage-tables.ts): the DuckDB engine
// runs these texts, and the README prints them for running on the Parquet tables elsewhere (a
// test checks it carries the same text). Every id is an ordinal (the rank of the pipeline's id
// in its sorted order), so ordering by ordinals is the in-memory path's order. Float sums are
// folded in that order (list_reduce over an ordered list), never summed by parallel threads in
// whatever order they meet: the results are then bit for bit those of the in-memory path.

/**
 * Co-author pairs: authors of the same paper, papers with 2..$max_authors authors only. Weight
 * counts joint papers; fractional folds 1/(n − 1) over them in paper order.
 */
export const COAUTHOR_PAIRS_SQL = `WITH sized AS (
  SELECT paper_ord, count(*) AS size FROM authorships
  GROUP BY paper_ord HAVING count(*) BETWEEN 2 AND $max_authors
), members AS (
  SELECT a.paper_ord, a.author_ord, s.size FROM authorships a JOIN sized s ON a.paper_ord = s.paper_ord
)
SELECT x.author_ord AS a, y.author_ord AS b, count(*) AS weight,
  list_reduce(list(CAST(1 AS DOUBLE) / (x.size - 1) ORDER BY x.paper_ord), lambda p, q: p + q) AS fractional,
  list(x.paper_ord ORDER BY x.paper_ord) AS papers
FROM members x JOIN members y ON x.paper_ord = y.paper_ord AND x.author_ord < y.author_ord
GROUP BY x.author_ord, y.author_ord`;

/**
 * Co-occurrence of items in documents (terms in papers, cited works in citing papers), from a
 * relation \`held(doc_ord, item_ord)\` of distinct pairs: count, the strength folded in document
 * order (1 per document, or 1/(n − 1) with fractional counting), the first $evidence documents,
 * in the order pairs first occur (first document, then item order), which the association
 * strength's sums follow.
 */
const cooccurrenceSql = (held: string) => `WITH held AS (${held}), sized AS (
  SELECT doc_ord, count(*) AS size FROM held GROUP BY doc_ord HAVING count(*) >= 2
), members AS (
  SELECT h.doc_ord, h.item_ord, s.size FROM held h JOIN sized s ON h.doc_ord = s.doc_ord
), pairs AS (
  SELECT x.item_ord AS a, y.item_ord AS b, x.doc_ord,
    CASE WHEN $fractional THEN CAST(1 AS DOUBLE) / (x.size - 1) ELSE CAST(1 AS DOUBLE) END AS share,
    row_number() OVER (PARTITION BY x.item_ord, y.item_ord ORDER BY x.doc_ord) AS nth
  FROM members x JOIN members y ON x.doc_ord = y.doc_ord AND x.item_ord < y.item_ord
)
SELECT a, b, count(*) AS weight,
  list_reduce(list(share ORDER BY doc_ord), lambda p, q: p + q) AS strength,
  list(doc_ord ORDER BY doc_ord) FILTER (WHERE nth <= $evidence) AS papers,
  min(doc_ord) AS first_doc
FROM pairs GROUP BY a, b
ORDER BY first_doc, a, b`;

/** Term co-occurrence over the map's terms of each paper. */
export const TERM_PAIRS_SQL = cooccurrenceSql('SELECT DISTINCT paper_ord AS doc_ord, term_ord AS item_ord FROM paper_terms');

/** Co-citation of the works cited by at least $min_citations papers. */
export const COCITATION_PAIRS_SQL = cooccurrenceSql(`SELECT DISTINCT r.paper_ord AS doc_ord, r.work_ord AS item_ord
    FROM paper_references r JOIN (
      SELECT work_ord FROM paper_references WHERE work_ord IS NOT NULL
      GROUP BY work_ord HAVING count(DISTINCT paper_ord) >= $min_citations
    ) cited ON r.work_ord = cited.work_ord`);

/**
 * Top-k cosine links (the paper graph, bibliographic coupling) over a table `vectors(row_ord, col, weight)`
 * of unit-length rows: each row's $k best links (score descending, then the other row) at or above
 * $min_similarity, through columns held by at most $cap rows; the union, lower row first. The
 * scores are first summed in any order (rough, fast), and only links within $slack of a row's
 * k-th best rough score are folded in column order (exact, as the in-memory pass adds them):
 * rough and exact differ by ~10⁻¹⁵, far below $slack, so no link of the exact top k is missed.
 */
export const similarityLinksSql = (vectors: string) => `WITH open_cols AS (
  SELECT col FROM ${vectors} GROUP BY col HAVING count(*) <= $cap
), postings AS (
  SELECT v.row_ord, v.col, v.weight FROM ${vectors} v JOIN open_cols o ON v.col = o.col
), rough AS (
  SELECT x.row_ord AS a, y.row_ord AS b, sum(x.weight * y.weight) AS score
  FROM postings x JOIN postings y ON x.col = y.col AND x.row_ord < y.row_ord
  GROUP BY x.row_ord, y.row_ord
), rough_both AS (
  SELECT a AS row_ord, b AS other, score FROM rough WHERE score >= $min_similarity - $slack
  UNION ALL SELECT b, a, score FROM rough WHERE score >= $min_similarity - $slack
), kth AS (
  SELECT row_ord, min(score) AS floor FROM (
    SELECT row_ord, score, row_number() OVER (PARTITION BY row_ord ORDER BY score DESC) AS rank FROM rough_both
  ) WHERE rank <= $k GROUP BY row_ord
), near AS (
  SELECT DISTINCT least(r.row_ord, r.other) AS a, greatest(r.row_ord, r.other) AS b
  FROM rough_both r JOIN kth ON r.row_ord = kth.row_ord WHERE r.score >= kth.floor - $slack
), scored AS (
  SELECT n.a, n.b, list_reduce(list(x.weight * y.weight ORDER BY x.col), lambda p, q: p + q) AS score
  FROM near n JOIN postings x ON x.row_ord = n.a JOIN postings y ON y.row_ord = n.b AND y.col = x.col
  GROUP BY n.a, n.b
), both_ways AS (
  SELECT a AS row_ord, b AS other, score FROM scored UNION ALL SELECT b, a, score FROM scored
), ranked AS (
  SELECT row_ord, other, score, row_number() OVER (PARTITION BY row_ord ORDER BY score DESC, other) AS rank
  FROM both_ways WHERE score >= $min_similarity AND score > 0
)
SELECT DISTINCT least(row_ord, other) AS a, greatest(row_ord, other) AS b, score
FROM ranked WHERE rank <= $k
ORDER BY a, b`;

/** The queries as the README lists them, by heading. */
export const PAIR_QUERIES: readonly { title: string; sql: string }[] = [
  { title: 'Co-author pairs', sql: COAUTHOR_PAIRS_SQL },
  { title: 'Term co-occurrence', sql: TERM_PAIRS_SQL },
  { title: 'Co-citation', sql: COCITATION_PAIRS_SQL },
  { title: 'Top-k cosine (paper graph, bibliographic coupling)', sql: similarityLinksSql('vectors') },
];
