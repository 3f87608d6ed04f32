// Connected components of a GraphIndex, numbered 0.. by size descending (0 = the largest), ties
// by their smallest node key, so the numbering is stable across runs.
import type { GraphIndex } from './graph-index';

interface Components {
  /** Node i → its component. */
  component: Int32Array;
  /** Per component, its node count (descending). */
  sizes: number[];
}

export function connectedComponents(index: GraphIndex): Components {
  const { starts, neighbours, keys } = index;
  const n = keys.length;
  const raw = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  const smallestKey: string[] = [];

  for (let root = 0; root < n; root++) {
    if (raw[root]! >= 0) continue;
    const label = sizes.length;
    let head = 0;
    let tail = 0;
    let smallest = keys[root]!;
    queue[tail++] = root;
    raw[root] = label;
    while (head < tail) {
      const v = queue[head++]!;
      if (keys[v]! < smallest) smallest = keys[v]!;
      for (let e = starts[v]!, end = starts[v + 1]!; e < end; e++) {
        const w = neighbours[e]!;
        if (raw[w]! < 0) {
          raw[w] = label;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
    smallestKey.push(smallest);
  }

  const order = sizes
    .map((_, label) => label)
    .sort((a, b) => sizes[b]! - sizes[a]! || (smallestKey[a]! < smallestKey[b]! ? -1 : 1));
  const newLabel = new Int32Array(order.length);
  order.forEach((label, rank) => (newLabel[label] = rank));
  return { component: raw.map((label) => newLabel[label]!), sizes: order.map((label) => sizes[label]!) };
}
