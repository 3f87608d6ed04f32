// The similarity pass shared by the graphs that link rows (papers) by the cosine of sparse
// vectors over columns (terms, cited works): through an inverted index (column → rows), so only
// rows that share a column are ever compared; each row keeps its k strongest links above a
// threshold, and the graph is the union of those. Columns in more rows than a cap propose no
// candidates (they still weigh in every cosine): comparing along a column costs its rows squared.
import type { Task } from '../worker-thread';

export interface SparseRows {
  /** Row i spans [start[i], start[i+1]) of `term` and `weight`; terms ascending. */
  start: Int32Array;
  term: Int32Array;
  weight: Float64Array;
}

/** What the similarity pass reads: typed arrays only, all that a worker thread is sent. */
export interface LinkInput {
  rows: SparseRows;
  termCount: number;
  k: number;
  minSimilarity: number;
  /** Columns in more rows than this propose no candidates. */
  cap: number;
}

/** Links as i·n + j (i < j over the rows), ascending, with their cosines. */
export interface Links {
  keys: Float64Array;
  cosines: Float64Array;
}

/**
 * The similarity pass, as a task: about 0.125 ms per row at the default k (2,000 papers take as
 * long as a worker's start).
 */
export const similarityTask: Task<LinkInput, Links> = {
  module: import.meta.url,
  name: 'similarityTask',
  run: (input) => topLinks(input),
  estimateMs: ({ rows }) => (rows.start.length - 1) * 0.125,
};

/** Each paper's k strongest links, through the inverted index; the union of them all. */
function topLinks({ rows, termCount, k, minSimilarity, cap }: LinkInput): Links {
  const postings = transpose(rows, termCount);
  const n = rows.start.length - 1;
  const score = new Float64Array(n);
  const touched = new Int32Array(n);
  const seenBy = new Int32Array(n).fill(-1); // which paper's pass last touched j (a score can stay 0)
  // Links keyed by number (i·n + j, i < j): cheaper than string keys at 10⁶ links, and numeric
  // order is the order of the sorted paper ids.
  const chosen = new Map<number, number>(); // key → cosine
  for (let i = 0; i < n; i++) {
    let touchedCount = 0;
    for (let p = rows.start[i]!; p < rows.start[i + 1]!; p++) {
      const t = rows.term[p]!;
      const from = postings.start[t]!;
      const to = postings.start[t + 1]!;
      if (to - from > cap) continue;
      const w = rows.weight[p]!;
      for (let q = from; q < to; q++) {
        const j = postings.term[q]!;
        if (j === i) continue;
        if (seenBy[j] !== i) {
          seenBy[j] = i;
          touched[touchedCount++] = j;
        }
        score[j] = score[j]! + w * postings.weight[q]!;
      }
    }
    for (const [j, cosine] of topK(score, touched, touchedCount, k, minSimilarity)) {
      chosen.set(Math.min(i, j) * n + Math.max(i, j), cosine);
    }
    for (let t = 0; t < touchedCount; t++) score[touched[t]!] = 0;
  }
  const keys = Float64Array.from(chosen.keys()).sort();
  return { keys, cosines: keys.map((key) => chosen.get(key)!) };
}

/** Term → (paper, weight) postings, papers ascending. */
function transpose(rows: SparseRows, termCount: number): SparseRows {
  const start = new Int32Array(termCount + 1);
  for (const t of rows.term) start[t + 1]!++;
  for (let t = 0; t < termCount; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, termCount);
  const paper = new Int32Array(rows.term.length);
  const weight = new Float64Array(rows.term.length);
  for (let i = 0; i + 1 < rows.start.length; i++) {
    for (let p = rows.start[i]!; p < rows.start[i + 1]!; p++) {
      const slot = fill[rows.term[p]!]!++;
      paper[slot] = i;
      weight[slot] = rows.weight[p]!;
    }
  }
  return { start, term: paper, weight };
}

/** The k best candidates at or above `min` (and above 0), best first; ties go to the lower index. */
function topK(score: Float64Array, touched: Int32Array, count: number, k: number, min: number): [number, number][] {
  const best: [number, number][] = [];
  for (let t = 0; t < count; t++) {
    const j = touched[t]!;
    const s = score[j]!;
    if (s < min || s <= 0) continue;
    if (best.length === k && !better(s, j, best[k - 1]!)) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && better(s, j, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = [j, s];
  }
  return best;
}

function better(s: number, j: number, than: [number, number]): boolean {
  return s > than[1] || (s === than[1] && j < than[0]);
}

/** The `limit` shared terms contributing most to the cosine, strongest first (ties: lower term). */
export function sharedTerms(rows: SparseRows, a: number, b: number, limit: number): number[] {
  // An insertion into a short list: an edge has a handful of shared terms, and 10⁶ edges
  // afford no array per candidate.
  const terms: number[] = [];
  const weights: number[] = [];
  let p = rows.start[a]!;
  let q = rows.start[b]!;
  while (p < rows.start[a + 1]! && q < rows.start[b + 1]!) {
    const ta = rows.term[p]!;
    const tb = rows.term[q]!;
    if (ta < tb) p++;
    else if (ta > tb) q++;
    else {
      const w = rows.weight[p++]! * rows.weight[q++]!;
      let at = terms.length;
      while (at > 0 && (weights[at - 1]! < w || (weights[at - 1] === w && terms[at - 1]! > ta))) at--;
      if (at >= limit) continue;
      terms.splice(at, 0, ta);
      weights.splice(at, 0, w);
      if (terms.length > limit) {
        terms.pop();
        weights.pop();
      }
    }
  }
  return terms;
}

