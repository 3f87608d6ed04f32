import { UndirectedGraph } from 'graphology';
import noverlapLibrary from 'graphology-layout-noverlap';
import NOVERLAP_DEFAULTS from 'graphology-layout-noverlap/defaults.js';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { noverlap } from '../pipeline/layout/noverlap';

/** Nodes in clumps (so many overlap, across several grid cells), some exactly on top of each other. */
function clumps(nodes: number, seed: string): Float32Array {
  const random = seedrandom(seed);
  const m = new Float32Array(3 * nodes);
  for (let i = 0; i < nodes; i++) {
    const clump = i % 7;
    const twin = i > 0 && random() < 0.1;
    m[3 * i] = twin ? m[3 * (i - 1)]! : clump * 30 + (random() - 0.5) * 40;
    m[3 * i + 1] = twin ? m[3 * (i - 1) + 1]! : clump * 10 + (random() - 0.5) * 40;
    m[3 * i + 2] = 1 + random() * 6;
  }
  return m;
}

/** The library on a graph of the same nodes, its Math.random drawing from `random`. */
function library(matrix: Float32Array, settings: typeof NOVERLAP_DEFAULTS, maxIterations: number, random: () => number): number[] {
  const graph = new UndirectedGraph();
  for (let i = 0; i < matrix.length / 3; i++) graph.addNode(i, { x: matrix[3 * i], y: matrix[3 * i + 1], size: matrix[3 * i + 2] });
  const original = Math.random;
  Math.random = random;
  try {
    noverlapLibrary.assign(graph, { maxIterations, settings });
  } finally {
    Math.random = original;
  }
  return graph.mapNodes((_, a) => [a.x as number, a.y as number]).flat();
}

const positions = (m: Float32Array) => Array.from({ length: (2 * m.length) / 3 }, (_, k) => m[3 * (k >> 1) + (k & 1)]!);

describe('noverlap without the pair strings', () => {
  for (const gridSize of [1, 5, 40])
    it(`moves every node as graphology-layout-noverlap does, nudges of coinciding nodes included (grid ${gridSize}×${gridSize})`, () => {
      const settings = { ...NOVERLAP_DEFAULTS, margin: 1, ratio: 1.2, gridSize };
      const start = clumps(400, `grid-${gridSize}`);
      const expected = library(start, settings, 20, seedrandom('nudge'));
      const ours = start.slice();
      noverlap(ours, settings, 20, seedrandom('nudge'));
      expect(positions(ours)).toEqual(expected);
      expect(positions(ours)).not.toEqual(positions(start));
    });

  it('stops once nothing overlaps, drawing no random number', () => {
    const apart = Float32Array.from([0, 0, 1, 100, 0, 1, 0, 100, 2]);
    const moved = apart.slice();
    let draws = 0;
    noverlap(moved, { ...NOVERLAP_DEFAULTS, margin: 1, ratio: 1.2 }, 20, () => draws++ / 10);
    expect([...moved]).toEqual([...apart]);
    expect(draws).toBe(0);
  });
});
