// The parts of graphology's layout packages that force-matrices.ts and forceatlas2.ts call
// directly: they ship typings for their graph-level entry points only. The matrices are
// graphology-layout-forceatlas2's own (helpers.js graphToByteArrays); tests hold the direct
// path to the same positions as the graph-level one, so a release that changes them fails there.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  /** One iteration on the node matrix (10 floats a node) and edge matrix (3 a link), in place. */
  export default function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array): unknown;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}

declare module 'graphology-layout-noverlap/defaults.js' {
  const defaults: { gridSize: number; margin: number; expansion: number; ratio: number; speed: number };
  export default defaults;
}
