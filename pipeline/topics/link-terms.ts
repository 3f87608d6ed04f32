// The paper graph's term rows: each paper's kept terms (all of them, not only the map's) as term
// numbers and counts in flat arrays, the model's compact form (model.ts, LinkTerms).
import type { LinkTerms } from '../model';

interface Kept {
  /** The term's number in `paperCounts`. */
  term: number;
  id: string;
  papers: number;
}

/** Row k: paper `paperIds[k]`'s terms among `kept` (numbered in that order), ascending, with their counts from `paperCounts[k]`. */
export function linkTermRows(paperIds: readonly string[], paperCounts: readonly ReadonlyMap<number, number>[], kept: readonly Kept[]): LinkTerms {
  const column = new Map(kept.map((c, k) => [c.term, k]));
  const start = new Int32Array(paperIds.length + 1);
  paperCounts.forEach((counts, p) => {
    let n = 0;
    for (const t of counts.keys()) if (column.has(t)) n++;
    start[p + 1] = start[p]! + n;
  });
  const term = new Int32Array(start[paperIds.length]!);
  const count = new Int32Array(term.length);
  paperCounts.forEach((counts, p) => {
    const row: [number, number][] = [];
    for (const [t, n] of counts) {
      const k = column.get(t);
      if (k !== undefined) row.push([k, n]);
    }
    row.sort((a, b) => a[0] - b[0]).forEach(([k, n], i) => {
      term[start[p]! + i] = k;
      count[start[p]! + i] = n;
    });
  });
  return { ids: kept.map((c) => c.id), papers: Int32Array.from(kept, (c) => c.papers), paperIds: [...paperIds], start, term, count };
}
