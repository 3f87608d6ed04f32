// When a node's papers appeared and how cited they are: the mean publication year of its dated
// papers and the sum and mean of the databases' citation counts over those that give one (a
// paper: its own year and count; an author, a term, a reference: those of its papers). VOSviewer's
// overlay colours nodes by the first ("Avg. pub. year"), and by the last ("Avg. citations").
import type { Paper } from '../model';

export interface NodeTimes {
  /** Only nodes with a dated paper. */
  meanYear: Record<string, number>;
  /** Only nodes with a paper that has a count. */
  citations: Record<string, number>;
  meanCitations: Record<string, number>;
}

export function nodeTimes(nodes: Iterable<string>, papersOf: (node: string) => readonly string[], papers: ReadonlyMap<string, Paper>): NodeTimes {
  const times: NodeTimes = { meanYear: {}, citations: {}, meanCitations: {} };
  for (const node of nodes) {
    let years = 0, dated = 0, cited = 0, counted = 0;
    for (const id of papersOf(node)) {
      const p = papers.get(id);
      if (p?.year !== undefined) (years += p.year), dated++;
      if (p?.citedBy !== undefined) (cited += p.citedBy), counted++;
    }
    if (dated) times.meanYear[node] = years / dated;
    if (counted) (times.citations[node] = cited), (times.meanCitations[node] = cited / counted);
  }
  return times;
}
