// The thematic map (Cobo et al. 2011's strategic diagram, as bibliometrix draws it): each term
// community is a theme, placed by Callon's centrality — how strongly its terms link to other
// themes' terms — and density — how strongly its terms link to each other. Links are weighed by
// the equivalence index e_ij = c_ij² / (c_i·c_j) (c_ij papers with both terms, c_i papers with
// term i):
//   centrality = 10 · Σ e_ij over links from the theme to other themes
//   density    = 100 · Σ e_ij over links inside the theme / its terms
// Split at the median of each (the median theme counts as high), the themes fall into four
// quadrants: motor (central and dense), niche (dense, peripheral), emerging or declining
// (neither) and basic (central, not dense).
import type { AbstractGraph } from 'graphology-types';

export type Quadrant = 'motor' | 'niche' | 'emerging or declining' | 'basic';

export interface ThemePosition {
  community: number;
  /** Terms in the community. */
  size: number;
  centrality: number;
  density: number;
  quadrant: Quadrant;
}

/**
 * `weight`: an edge's co-occurring papers; `papersOf`: a term's papers. Communities of a single
 * term are no theme (nothing to be dense with) and are left out. In community order.
 */
export function themePositions(
  graph: AbstractGraph,
  communityOf: (node: string) => number,
  papersOf: (node: string) => number,
): ThemePosition[] {
  const size = new Map<number, number>();
  graph.forEachNode((node) => size.set(communityOf(node), (size.get(communityOf(node)) ?? 0) + 1));
  const external = new Map<number, number>();
  const internal = new Map<number, number>();
  graph.forEachEdge((_, attributes, source, target) => {
    const weight = attributes.weight as number;
    const e = (weight * weight) / (papersOf(source) * papersOf(target));
    const [a, b] = [communityOf(source), communityOf(target)];
    if (a === b) internal.set(a, (internal.get(a) ?? 0) + e);
    else for (const c of [a, b]) external.set(c, (external.get(c) ?? 0) + e);
  });
  const themes = [...size].filter(([, n]) => n > 1).sort(([a], [b]) => a - b).map(([community, n]) => ({
    community,
    size: n,
    centrality: 10 * (external.get(community) ?? 0),
    density: (100 * (internal.get(community) ?? 0)) / n,
  }));
  const centralityMedian = median(themes.map((t) => t.centrality));
  const densityMedian = median(themes.map((t) => t.density));
  return themes.map((t) => ({ ...t, quadrant: quadrantOf(t.centrality >= centralityMedian, t.density >= densityMedian) }));
}

function quadrantOf(central: boolean, dense: boolean): Quadrant {
  if (central) return dense ? 'motor' : 'basic';
  return dense ? 'niche' : 'emerging or declining';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
