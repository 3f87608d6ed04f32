// The main path by search path count and key-route search, on networks small enough to count
// by hand.
import { describe, expect, it } from 'vitest';
import { mainPath } from '../pipeline/citations/main-path';

const cite = (pairs: string[]) => pairs.map((p) => ({ citing: p[0]!, cited: p[1]!, matchedBy: 'doi' }));
const years: Record<string, number> = { A: 2000, B: 2001, C: 2002, F: 2002, D: 2003, E: 2004 };

describe('the main path', () => {
  it('follows the links of highest search path count from a key route to a source and a sink', () => {
    // Flow A→B, B→C, B→F, C→D, F→D, D→E. SPC: A→B 1·2 = 2, B→C 1, B→F 1, C→D 1, F→D 1, D→E 2·1 = 2.
    const path = mainPath(cite(['BA', 'CB', 'FB', 'DC', 'DF', 'ED']), (p) => years[p], 1);
    expect(path.links).toEqual([
      { citing: 'B', cited: 'A', spc: 1 },
      { citing: 'C', cited: 'B', spc: 0.5 },
      { citing: 'D', cited: 'C', spc: 0.5 },
      { citing: 'E', cited: 'D', spc: 1 },
    ]);
    expect(path.papers).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(path.leftOut).toBe(0);
  });

  it('is the whole chain on a 5-paper chain, every link carrying all paths', () => {
    const path = mainPath(cite(['BA', 'CB', 'DC', 'ED']), (p) => years[p], 1);
    expect(path.links.map((l) => [l.citing, l.cited, l.spc])).toEqual([['B', 'A', 1], ['C', 'B', 1], ['D', 'C', 1], ['E', 'D', 1]]);
  });

  it('unites the paths of several key routes', () => {
    const path = mainPath(cite(['BA', 'CB', 'FB', 'DC', 'DF', 'ED']), (p) => years[p], 3);
    // Key routes A→B, D→E (SPC 2) and B→C (the first of the SPC-1 links by id): F stays off.
    expect(path.papers).toEqual(['A', 'B', 'C', 'D', 'E']);
    const all = mainPath(cite(['BA', 'CB', 'FB', 'DC', 'DF', 'ED']), (p) => years[p], 6);
    expect(all.papers).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('leaves out citations against time, and says how many, so the network is acyclic', () => {
    // A (2000) citing E (2004), and C and F (both 2002) citing each other.
    const path = mainPath(cite(['BA', 'CB', 'DC', 'ED', 'AE', 'CF', 'FC']), (p) => years[p], 1);
    expect(path.leftOut).toBe(2); // A citing E, and C citing F (C comes before F in the order)
    expect(path.papers).toEqual(['A', 'B', 'C', 'D', 'E', 'F'].filter((p) => p !== 'F'));
  });

  it('keeps path counts that overflow a double comparable', () => {
    // 40 layers of 30 papers, each citing every paper of the layer before: 30^40 paths.
    const links = [];
    const yearOf = (p: string) => Number(p.split('-')[0]);
    for (let layer = 1; layer < 40; layer++) for (let a = 0; a < 30; a++) for (let b = 0; b < 30; b++) links.push({ citing: `${layer}-${a}`, cited: `${layer - 1}-${b}`, matchedBy: 'doi' });
    const path = mainPath(links, yearOf, 1);
    expect(path.links).toHaveLength(39);
    for (const l of path.links) expect(Number.isFinite(l.spc) && l.spc > 0 && l.spc <= 1).toBe(true);
  });
});
