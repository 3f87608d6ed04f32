// The main path of a citation network (Hummon & Doreian 1989; key-route search, Liu & Lu 2012):
// the chain of papers and citations that carries most of the field's knowledge flow.
//
// Knowledge flows from a cited paper to the paper citing it. Papers are ordered by year (unknown
// years last), then id; a citation against that order (an older paper citing a newer one, or one
// of two papers of one year citing each other) is left out, which makes the network acyclic.
// Sources are papers citing nothing left in it, sinks papers nothing left cites. A link's search
// path count (SPC) is the number of source-to-sink paths through it: N⁻(u) · N⁺(v), where N⁻(u)
// counts the paths from any source to u and N⁺(v) those from v to any sink. Path counts grow
// exponentially with the network, so they are kept as logarithms (log-sum-exp).
// Key-route search: the `keyRoutes` links of highest SPC are the key routes; from each, the
// path runs back to a source and on to a sink, each step along the link of highest SPC (ties:
// the lower paper id). The main path is the union of those paths.
import { compareStrings } from '../compare';
import type { CitationLink, MainPath } from '../model';

export const MAIN_PATH_DEFAULTS = {
  /** Key routes: 1 gives the key-route main path of the single most travelled citation. */
  keyRoutes: 1,
};

export function mainPath(links: readonly CitationLink[], yearOf: (paper: string) => number | undefined, keyRoutes: number): MainPath {
  const papers = [...new Set(links.flatMap((l) => [l.citing, l.cited]))].sort((a, b) => compareOrder(a, b, yearOf));
  const rank = new Map(papers.map((p, i) => [p, i]));
  const n = papers.length;
  // Flow u → v (cited → citing), kept when u comes first.
  const out: number[][] = Array.from({ length: n }, () => []);
  const into: number[][] = Array.from({ length: n }, () => []);
  let leftOut = 0;
  for (const { citing, cited } of links) {
    const u = rank.get(cited)!;
    const v = rank.get(citing)!;
    if (u >= v) {
      leftOut++;
      continue;
    }
    out[u]!.push(v);
    into[v]!.push(u);
  }
  // Papers in rank order are in topological order: every flow runs forward.
  const before = new Float64Array(n); // log N⁻
  for (let v = 0; v < n; v++) before[v] = into[v]!.length === 0 ? 0 : logSum(into[v]!.map((u) => before[u]!));
  const after = new Float64Array(n); // log N⁺
  for (let u = n - 1; u >= 0; u--) after[u] = out[u]!.length === 0 ? 0 : logSum(out[u]!.map((v) => after[v]!));
  const spc = (u: number, v: number) => before[u]! + after[v]!;

  const all: [number, number, number][] = [];
  for (let u = 0; u < n; u++) for (const v of out[u]!) all.push([u, v, spc(u, v)]);
  if (all.length === 0) return { papers: [], links: [], leftOut };
  all.sort((a, b) => b[2] - a[2] || compareStrings(papers[a[0]]!, papers[b[0]]!) || compareStrings(papers[a[1]]!, papers[b[1]]!));
  const top = all[0]![2];

  const onPath = new Map<string, [number, number]>();
  const take = (u: number, v: number) => onPath.set(`${u} ${v}`, [u, v]);
  const best = (candidates: readonly number[], score: (x: number) => number) =>
    candidates.reduce((a, b) => (score(b) > score(a) || (score(b) === score(a) && compareStrings(papers[b]!, papers[a]!) < 0) ? b : a));
  for (const [u0, v0] of all.slice(0, Math.max(1, keyRoutes))) {
    take(u0, v0);
    for (let u = u0; into[u]!.length > 0; ) {
      const w = best(into[u]!, (x) => spc(x, u));
      take(w, u);
      u = w;
    }
    for (let v = v0; out[v]!.length > 0; ) {
      const w = best(out[v]!, (x) => spc(v, x));
      take(v, w);
      v = w;
    }
  }
  const pathLinks = [...onPath.values()]
    .map(([u, v]) => ({ citing: papers[v]!, cited: papers[u]!, spc: Math.exp(spc(u, v) - top) }))
    .sort((a, b) => compareStrings(a.citing, b.citing) || compareStrings(a.cited, b.cited));
  return { papers: [...new Set(pathLinks.flatMap((l) => [l.citing, l.cited]))].sort(compareStrings), links: pathLinks, leftOut };
}

function compareOrder(a: string, b: string, yearOf: (paper: string) => number | undefined): number {
  return (yearOf(a) ?? Infinity) - (yearOf(b) ?? Infinity) || compareStrings(a, b);
}

/** log Σ exp(x): path counts as logarithms. */
function logSum(values: readonly number[]): number {
  const max = Math.max(...values);
  let sum = 0;
  for (const x of values) sum += Math.exp(x - max);
  return max + Math.log(sum);
}
