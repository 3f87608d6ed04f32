// The VOS mapping technique (van Eck, Waltman, Dekker & van den Berg 2010), as VOSviewer lays out
// term maps: minimise Σ s_ij·d_ij² / 2 − Σ d_ij over the pairs, s_ij the association strength
// (attraction 2, repulsion 1 in networkanalysis-ts' GradientDescentVOSLayoutAlgorithm, whose
// step-size schedule this follows): strongly associated items end up close. networkanalysis-ts
// sums the repulsion over all pairs (34 s for 1,343 terms); here it is summed by Barnes–Hut over
// a quadtree, O(n log n) an iteration. Each connected component is laid out on its own
// (repulsion alone would drive components apart for ever) and the smaller ones are set around
// the largest. The term map uses it on two levels (cluster-map.ts).
import seedrandom from 'seedrandom';

export const VOS_DEFAULTS = {
  seed: 42,
  maxIterations: 1000,
  /** networkanalysis-ts' schedule: start, floor, shrink factor, improvements before growing. */
  initialStep: 1,
  minStep: 0.001,
  stepReduction: 0.75,
  improvementsToGrow: 5,
  /** VOS quality exponents: Σ s·d^attraction / attraction − Σ d^repulsion / repulsion (0: ln d). */
  attraction: 2,
  repulsion: 1,
  /** Barnes–Hut opening angle: a cell seen under less than this acts as one point. */
  theta: 0.8,
  /** Output scale: the mean distance between nodes of a component. */
  scale: 100,
};
export type VosOptions = typeof VOS_DEFAULTS;

/**
 * The VOS map of n nodes (edge e: source[e]–target[e], weight[e]), seeded: each connected
 * component laid out on its own at mean node distance `scale`, the smaller ones set around the
 * largest. x and y of node i at 2i and 2i + 1, not rounded.
 */
export function vosMap(n: number, source: Int32Array, target: Int32Array, weight: Float64Array, options: VosOptions): Float64Array {
  const xy = new Float64Array(2 * n);
  const random = seedrandom(String(options.seed));
  const groups = components(n, source, target);
  const local = new Int32Array(n); // a node's index in its component
  const edgesOf = groups.map(() => [] as number[]);
  const componentOf = new Int32Array(n);
  groups.forEach((members, c) => members.forEach((node, k) => ((local[node] = k), (componentOf[node] = c))));
  source.forEach((s, e) => edgesOf[componentOf[s]!]!.push(e));
  const parts = groups.map((members, c) => {
    const edges = edgesOf[c]!;
    const placed = minimise(
      members.length,
      Int32Array.from(edges, (e) => local[source[e]!]!),
      Int32Array.from(edges, (e) => local[target[e]!]!),
      Float64Array.from(edges, (e) => weight[e]!),
      random,
      options,
    );
    return { members, placed, radius: standardise(placed, options.scale) };
  });
  arrange(parts, options.scale).forEach(([cx, cy], c) => {
    const { members, placed } = parts[c]!;
    members.forEach((node, k) => {
      xy[2 * node] = cx + placed[2 * k]!;
      xy[2 * node + 1] = cy + placed[2 * k + 1]!;
    });
  });
  return xy;
}

/** Connected components, largest first (ties: lowest node), each listing its nodes ascending. */
function components(n: number, source: Int32Array, target: Int32Array): number[][] {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  source.forEach((s, e) => {
    const [a, b] = [find(s), find(target[e]!)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  });
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(i);
  return [...groups.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}

/**
 * Gradient descent on one connected component: each iteration moves every node by `step` against
 * its gradient; the step shrinks when the quality gets worse and grows after several improvements.
 * Weights are scaled to sum to the number of pairs, so that distances come out near 1 whatever
 * the association strengths' scale and the steps mean the same on every map.
 */
function minimise(n: number, source: Int32Array, target: Int32Array, raw: Float64Array, random: () => number, options: VosOptions): Float64Array {
  const xy = new Float64Array(2 * n);
  for (let i = 0; i < 2 * n; i++) xy[i] = 2 * random() - 1;
  if (n < 2) return xy;
  const total = raw.reduce((a, b) => a + b, 0);
  const scale = total > 0 ? (n * (n - 1)) / 2 / total : 1;
  const weight = raw.map((w) => w * scale);
  const gradient = new Float64Array(2 * n);
  let step = options.initialStep;
  let quality = Infinity;
  let improvements = 0;
  for (let iteration = 0; iteration < options.maxIterations && step >= options.minStep; iteration++) {
    gradient.fill(0);
    // Attraction along the links: s·d² / 2, gradient s·(x_i − x_j).
    let q = 0;
    for (let e = 0; e < source.length; e++) {
      const i = source[e]!;
      const j = target[e]!;
      const dx = xy[2 * i]! - xy[2 * j]!;
      const dy = xy[2 * i + 1]! - xy[2 * j + 1]!;
      const d2 = dx * dx + dy * dy;
      const a = options.attraction;
      q += (weight[e]! * d2 ** (a / 2)) / a;
      const w = a === 2 ? weight[e]! : d2 === 0 ? 0 : weight[e]! * d2 ** (a / 2 - 1);
      gradient[2 * i]! += w * dx;
      gradient[2 * i + 1]! += w * dy;
      gradient[2 * j]! -= w * dx;
      gradient[2 * j + 1]! -= w * dy;
    }
    q -= new QuadTree(xy).repel(gradient, options.theta, options.repulsion) / 2;
    for (let i = 0; i < n; i++) {
      const gx = gradient[2 * i]!;
      const gy = gradient[2 * i + 1]!;
      const length = Math.sqrt(gx * gx + gy * gy);
      if (length === 0) continue;
      xy[2 * i]! -= (step * gx) / length;
      xy[2 * i + 1]! -= (step * gy) / length;
    }
    if (q < quality) {
      if (++improvements >= options.improvementsToGrow) {
        step /= options.stepReduction;
        improvements = 0;
      }
    } else {
      step *= options.stepReduction;
      improvements = 0;
    }
    quality = q;
  }
  return xy;
}

/**
 * Centred on the origin, turned so that the widest spread is horizontal (as VOSviewer shows a
 * map), scaled to mean distance `scale` between nodes (estimated on at most 500 of them). Returns
 * the largest distance from the centre.
 */
function standardise(xy: Float64Array, scale: number): number {
  const n = xy.length / 2;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xy[2 * i]! / n;
    my += xy[2 * i + 1]! / n;
  }
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xy[2 * i]! - mx;
    const dy = xy[2 * i + 1]! - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  for (let i = 0; i < n; i++) {
    const dx = xy[2 * i]! - mx;
    const dy = xy[2 * i + 1]! - my;
    xy[2 * i] = dx * cos + dy * sin;
    xy[2 * i + 1] = -dx * sin + dy * cos;
  }
  const every = Math.max(1, Math.floor(n / 500));
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < n; i += every) {
    for (let j = i + every; j < n; j += every) {
      sum += Math.hypot(xy[2 * i]! - xy[2 * j]!, xy[2 * i + 1]! - xy[2 * j + 1]!);
      pairs++;
    }
  }
  const factor = pairs > 0 && sum > 0 ? scale / (sum / pairs) : scale;
  let radius = 0;
  for (let i = 0; i < 2 * n; i++) xy[i]! *= factor;
  for (let i = 0; i < n; i++) radius = Math.max(radius, Math.hypot(xy[2 * i]!, xy[2 * i + 1]!));
  return radius;
}

/** Centres: the largest component at the origin, the others on a ring just outside it, in order. */
function arrange(parts: readonly { radius: number }[], scale: number): [number, number][] {
  const gap = scale / 4;
  const inner = (parts[0]?.radius ?? 0) + gap;
  const widths = parts.slice(1).map((p) => 2 * p.radius + gap);
  const ring = Math.max(inner + Math.max(0, ...widths) / 2, widths.reduce((a, b) => a + b, 0) / (2 * Math.PI));
  let angle = 0;
  return parts.map((_, c) => {
    if (c === 0) return [0, 0];
    const width = widths[c - 1]!;
    angle += width / (2 * ring);
    const centre: [number, number] = [ring * Math.cos(angle), ring * Math.sin(angle)];
    angle += width / (2 * ring);
    return centre;
  });
}

/**
 * A quadtree over points (x, y at 2i, 2i + 1) holding each cell's count and centre of mass, for
 * the repulsion Σ_j (x_i − x_j)/d_ij and its quality term Σ_j d_ij, with far cells as one point.
 */
class QuadTree {
  // Cell c: its square (centre cx, cy and half-width), its points' count and centre of mass, its
  // first child (children are four consecutive cells; -1: a leaf) and, for a leaf, its point.
  private cx: number[] = [];
  private cy: number[] = [];
  private half: number[] = [];
  private count: number[] = [];
  private mx: number[] = [];
  private my: number[] = [];
  private child: number[] = [];
  private point: number[] = [];

  constructor(private readonly xy: Float64Array) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < xy.length; i += 2) {
      minX = Math.min(minX, xy[i]!);
      maxX = Math.max(maxX, xy[i]!);
      minY = Math.min(minY, xy[i + 1]!);
      maxY = Math.max(maxY, xy[i + 1]!);
    }
    this.cell((minX + maxX) / 2, (minY + maxY) / 2, Math.max(maxX - minX, maxY - minY) / 2 + 1e-9);
    for (let i = 0; i < xy.length / 2; i++) this.insert(0, i, 0);
  }

  /** Subtracts each point's repulsion from `gradient`; returns Σ over ordered pairs of d^r / r (ln d for r = 0). */
  repel(gradient: Float64Array, theta: number, r: number): number {
    const xy = this.xy;
    const stack: number[] = [];
    let distances = 0;
    for (let i = 0; i < xy.length / 2; i++) {
      const x = xy[2 * i]!;
      const y = xy[2 * i + 1]!;
      let gx = 0;
      let gy = 0;
      stack.push(0);
      while (stack.length > 0) {
        const c = stack.pop()!;
        const count = this.count[c]!;
        if (count === 0) continue;
        const dx = x - this.mx[c]!;
        const dy = y - this.my[c]!;
        const d = Math.sqrt(dx * dx + dy * dy);
        const leaf = this.child[c] === -1;
        if (leaf || 2 * this.half[c]! < theta * d) {
          // A leaf holding i itself (or points on top of it) pushes nothing.
          if (d === 0) continue;
          const f = r === 1 ? count / d : count * d ** (r - 2);
          gx += f * dx;
          gy += f * dy;
          distances += count * (r === 0 ? Math.log(d) : d ** r / r);
        } else for (let k = 0; k < 4; k++) stack.push(this.child[c]! + k);
      }
      gradient[2 * i]! -= gx;
      gradient[2 * i + 1]! -= gy;
    }
    return distances;
  }

  private cell(cx: number, cy: number, half: number): number {
    this.cx.push(cx);
    this.cy.push(cy);
    this.half.push(half);
    this.count.push(0);
    this.mx.push(0);
    this.my.push(0);
    this.child.push(-1);
    this.point.push(-1);
    return this.cx.length - 1;
  }

  /** Points closer than the depth limit allows share a leaf (and repel nothing inside it). */
  private insert(c: number, i: number, depth: number): void {
    const x = this.xy[2 * i]!;
    const y = this.xy[2 * i + 1]!;
    const count = ++this.count[c]!;
    this.mx[c]! += (x - this.mx[c]!) / count;
    this.my[c]! += (y - this.my[c]!) / count;
    if (this.child[c] === -1) {
      if (count === 1 || depth >= 40) {
        if (count === 1) this.point[c] = i;
        return;
      }
      // Split: the point this leaf held goes down a level, then the new one.
      const half = this.half[c]! / 2;
      const first = this.cell(this.cx[c]! - half, this.cy[c]! - half, half);
      this.cell(this.cx[c]! + half, this.cy[c]! - half, half);
      this.cell(this.cx[c]! - half, this.cy[c]! + half, half);
      this.cell(this.cx[c]! + half, this.cy[c]! + half, half);
      this.child[c] = first;
      const held = this.point[c]!;
      this.point[c] = -1;
      this.insert(this.quadrant(c, held), held, depth + 1);
    }
    this.insert(this.quadrant(c, i), i, depth + 1);
  }

  private quadrant(c: number, i: number): number {
    const right = this.xy[2 * i]! >= this.cx[c]! ? 1 : 0;
    const below = this.xy[2 * i + 1]! >= this.cy[c]! ? 2 : 0;
    return this.child[c]! + right + below;
  }
}
