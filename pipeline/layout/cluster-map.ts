// A term map by clusters, VOS on two levels: a VOS map of the communities (their mean association
// strength) places each community's region, a disc of area ∝ its size; a VOS map of each
// community's own terms places them inside it. One VOS map of all terms leaves the communities
// overlapping (silhouette −0.22 on hf-daily's term map, about 0 on a generated corpus's): the
// few strong links of rare terms outweigh the many weak ones that make a cluster. On two levels
// related clusters still lie side by side, and each keeps a region of its own.
import type { Task } from '../worker-thread';
import { graphLayout, type LayoutInput, roundCoordinate } from './input';
import { VOS_DEFAULTS, vosMap, type VosOptions } from './vos';

/** Space left between two regions, as a share of the smaller radius. */
const GAP = 0.15;

/** As a task: about 0.5 ms per node (2,000 terms in about a second). */
export const clusterMapTask: Task<LayoutInput<VosOptions>, Float64Array> = {
  module: import.meta.url,
  name: 'clusterMapTask',
  run: (input) => clusterMap(input),
  estimateMs: ({ nodes }) => nodes.length * 0.5,
};

/** `community`: the regions (nodes without one, -1, each a region of its own). */
export const clusterMapGraph = graphLayout(clusterMapTask, { ...VOS_DEFAULTS, weightAttribute: 'weight' });

/** x and y of node i at 2i and 2i + 1. */
function clusterMap({ nodes, community, source, target, weight, options }: LayoutInput<VosOptions>): Float64Array {
  const n = nodes.length;
  const regionOf = new Int32Array(n);
  const ids = new Map<number, number>();
  community.forEach((c, i) => {
    const key = c < 0 ? -1 - i : c;
    if (!ids.has(key)) ids.set(key, ids.size);
    regionOf[i] = ids.get(key)!;
  });
  const k = ids.size;
  const members: number[][] = Array.from({ length: k }, () => []);
  regionOf.forEach((r, i) => members[r]!.push(i));
  const radius = members.map((m) => Math.sqrt(m.length) * (options.scale / 10));

  // Level 1: communities linked by the mean association strength between their terms.
  const between = new Map<number, number>();
  const inside: number[][] = members.map(() => []);
  source.forEach((s, e) => {
    const [a, b] = [regionOf[s]!, regionOf[target[e]!]!];
    if (a === b) inside[a]!.push(e);
    else between.set(Math.min(a, b) * k + Math.max(a, b), (between.get(Math.min(a, b) * k + Math.max(a, b)) ?? 0) + weight[e]!);
  });
  const pairs = [...between.keys()].sort((a, b) => a - b);
  const centres = vosMap(
    k,
    Int32Array.from(pairs, (p) => Math.floor(p / k)),
    Int32Array.from(pairs, (p) => p % k),
    Float64Array.from(pairs, (p) => between.get(p)! / (members[Math.floor(p / k)]!.length * members[p % k]!.length)),
    options,
  );
  pack(centres, radius);

  // Level 2: each community's terms in its disc.
  const xy = new Float64Array(2 * n);
  members.forEach((group, r) => {
    const local = new Map(group.map((node, j) => [node, j]));
    const edges = inside[r]!;
    const placed = vosMap(
      group.length,
      Int32Array.from(edges, (e) => local.get(source[e]!)!),
      Int32Array.from(edges, (e) => local.get(target[e]!)!),
      Float64Array.from(edges, (e) => weight[e]!),
      options,
    );
    let extent = 0;
    for (let j = 0; j < group.length; j++) extent = Math.max(extent, Math.hypot(placed[2 * j]!, placed[2 * j + 1]!));
    const factor = extent > 0 ? radius[r]! / extent : 0;
    group.forEach((node, j) => {
      xy[2 * node] = roundCoordinate(centres[2 * r]! + placed[2 * j]! * factor);
      xy[2 * node + 1] = roundCoordinate(centres[2 * r + 1]! + placed[2 * j + 1]! * factor);
    });
  });
  return xy;
}

/**
 * Packs the regions (centres at x, y = 2r, 2r + 1, as the community map placed them) around the
 * map's centre: in order of their distance from it, each slides along its own direction from the
 * centre to the nearest point where its disc clears every disc already placed. The community map
 * keeps its say over which regions are neighbours; what it cannot keep is its distances: a
 * weakly linked community lands tens of times farther out than the rest, and a drawing fitted to
 * that shows every other region as a dot (hf-daily's term map was one point and one outlier).
 */
function pack(centres: Float64Array, radius: readonly number[]): void {
  const k = radius.length;
  let [cx, cy, total] = [0, 0, 0];
  for (let r = 0; r < k; r++) {
    const area = radius[r]! ** 2;
    [cx, cy, total] = [cx + centres[2 * r]! * area, cy + centres[2 * r + 1]! * area, total + area];
  }
  [cx, cy] = total > 0 ? [cx / total, cy / total] : [0, 0];
  const away = (r: number) => Math.hypot(centres[2 * r]! - cx, centres[2 * r + 1]! - cy);
  const order = Array.from({ length: k }, (_, r) => r).sort((a, b) => away(a) - away(b) || a - b);
  const placed: number[] = [];
  for (const r of order) {
    const d = away(r);
    // A region on the centre leaves along a direction fixed by its index.
    const [ux, uy] = d > 0 ? [(centres[2 * r]! - cx) / d, (centres[2 * r + 1]! - cy) / d] : [Math.cos(r), Math.sin(r)];
    const t = clearDistance(ux, uy, placed.map((q) => [centres[2 * q]! - cx, centres[2 * q + 1]! - cy, radius[r]! + radius[q]! + GAP * Math.min(radius[r]!, radius[q]!)] as const));
    centres[2 * r] = cx + ux * t;
    centres[2 * r + 1] = cy + uy * t;
    placed.push(r);
  }
}

/**
 * The least t ≥ 0 at which a point t·(ux, uy) is at least `need` from each (x, y): each disc
 * blocks the interval of t where |t·u − (x, y)| < need, a quadratic's roots.
 */
function clearDistance(ux: number, uy: number, discs: readonly (readonly [number, number, number])[]): number {
  const blocked: [number, number][] = [];
  for (const [x, y, need] of discs) {
    const b = ux * x + uy * y;
    const disc = b * b - (x * x + y * y - need * need);
    if (disc > 0) blocked.push([b - Math.sqrt(disc), b + Math.sqrt(disc)]);
  }
  blocked.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  let t = 0;
  for (const [from, to] of blocked) if (from < t + 1e-9 && to > t) t = to;
  return t;
}
