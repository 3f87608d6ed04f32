// ForceAtlas2's input built straight from the layout's arrays, in the matrices that
// graphology-layout-forceatlas2 would build from a graphology graph of the same nodes and links
// (helpers.js graphToByteArrays: nodes in insertion order, links in insertion order). Building
// that graph node by node and link by link only for the library to read it back cost more than
// the iterations on dense graphs (0.2 s of 0.6 s for the 77,209 links of a 1,000-paper corpus's
// co-citation map); the same matrices give the same positions to the last bit.

/** Floats per node and per link in the library's matrices. */
const PER_NODE = 10;
const PER_EDGE = 3;

export interface ForceMatrices {
  /** Per node: x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed. */
  nodes: Float32Array;
  /** Per link: the offsets of its two nodes in `nodes`, its weight. */
  edges: Float32Array;
}

/**
 * Node i starts at start[2i], start[2i + 1]; its size is 1 + √degree (a self-loop counts twice,
 * as graphology's degree does) and its mass 1 + its weighted degree, summed in link order in
 * float32 as the library does. A weight that is not a number counts 1, as the library's getter.
 */
export function forceMatrices(start: Float64Array, source: Int32Array, target: Int32Array, weight: Float64Array): ForceMatrices {
  const order = start.length / 2;
  const nodes = new Float32Array(order * PER_NODE);
  const edges = new Float32Array(source.length * PER_EDGE);
  const degree = new Int32Array(order);
  for (let i = 0; i < order; i++) {
    const j = i * PER_NODE;
    nodes[j] = start[2 * i]!;
    nodes[j + 1] = start[2 * i + 1]!;
    nodes[j + 6] = 1;
    nodes[j + 7] = 1;
  }
  for (let e = 0; e < source.length; e++) {
    const s = source[e]! * PER_NODE;
    const t = target[e]! * PER_NODE;
    const w = Number.isNaN(weight[e]) ? 1 : weight[e]!;
    nodes[s + 6]! += w;
    nodes[t + 6]! += w;
    degree[source[e]!]!++;
    degree[target[e]!]!++;
    edges[e * PER_EDGE] = s;
    edges[e * PER_EDGE + 1] = t;
    edges[e * PER_EDGE + 2] = w;
  }
  for (let i = 0; i < order; i++) nodes[i * PER_NODE + 8] = 1 + Math.sqrt(degree[i]!);
  return { nodes, edges };
}

/** The noverlap matrix (x, y, size per node) of where ForceAtlas2 left the nodes. */
export function overlapMatrix({ nodes }: ForceMatrices): Float32Array {
  const order = nodes.length / PER_NODE;
  const matrix = new Float32Array(order * 3);
  for (let i = 0; i < order; i++) {
    matrix[3 * i] = nodes[i * PER_NODE]!;
    matrix[3 * i + 1] = nodes[i * PER_NODE + 1]!;
    matrix[3 * i + 2] = nodes[i * PER_NODE + 8]!;
  }
  return matrix;
}
