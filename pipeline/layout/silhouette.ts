// How well a layout keeps communities apart: the mean silhouette (Rousseeuw 1987) of the nodes in
// layout space, s = (b − a) / max(a, b), a the mean distance to the node's own community, b to the
// nearest other one. 1: every community on its own; 0: as near its neighbours as its own; below
// 0: mixed into others. A node alone in its community counts 0. O(n²): above `sampleAbove` nodes,
// an evenly spaced sample of that many is measured, against all nodes.
import type { Positions } from './types';

const SILHOUETTE_DEFAULTS = { sampleAbove: 3000 };

/** Null when there are fewer than two communities among `nodes`. */
export function silhouette(nodes: readonly string[], positions: Positions, community: Record<string, number>, options = SILHOUETTE_DEFAULTS): number | null {
  const n = nodes.length;
  const x = Float64Array.from(nodes, (node) => positions[node]!.x);
  const y = Float64Array.from(nodes, (node) => positions[node]!.y);
  const labels = new Map<number, number>();
  const of = Int32Array.from(nodes, (node) => {
    const c = community[node]!;
    if (!labels.has(c)) labels.set(c, labels.size);
    return labels.get(c)!;
  });
  const k = labels.size;
  if (k < 2) return null;
  const size = new Float64Array(k);
  for (const c of of) size[c]!++;
  const stride = Math.max(1, Math.ceil(n / options.sampleAbove));
  const sum = new Float64Array(k);
  let total = 0;
  let measured = 0;
  for (let i = 0; i < n; i += stride) {
    measured++;
    const own = of[i]!;
    if (size[own]! < 2) continue;
    sum.fill(0);
    // Not Math.hypot: V8's guards against overflow made it ~10× slower here, the most of a
    // 10,000-paper run's layout stage; coordinates are far from overflowing.
    for (let j = 0; j < n; j++) {
      const dx = x[i]! - x[j]!;
      const dy = y[i]! - y[j]!;
      sum[of[j]!]! += Math.sqrt(dx * dx + dy * dy);
    }
    const a = sum[own]! / (size[own]! - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sum[c]! / size[c]! < b) b = sum[c]! / size[c]!;
    const spread = Math.max(a, b);
    total += spread > 0 ? (b - a) / spread : 0;
  }
  return total / measured;
}
