// A historiograph's positions (Garfield's HistCite, bibliometrix's histPlot): time runs left to
// right, each node at its publication year, and the force layout's vertical order keeps linked
// papers near each other. Nodes without a year stand in a column left of the earliest year.
import type { Positions } from './types';

/** Width of the time axis against the height of the force layout's spread: a landscape picture. */
const ASPECT = 1.6;

export function placeByYear(positions: Positions, yearOf: (node: string) => number | undefined): Positions {
  const nodes = Object.keys(positions);
  const years = nodes.map(yearOf).filter((y): y is number => y !== undefined);
  if (years.length === 0) return positions;
  const ys = nodes.map((node) => positions[node]!.y);
  const height = Math.max(...ys) - Math.min(...ys) || 100;
  const first = Math.min(...years);
  const span = Math.max(1, Math.max(...years) - first);
  const step = (height * ASPECT) / span;
  const placed: Positions = {};
  for (const node of nodes) {
    const year = yearOf(node);
    const x = year === undefined ? -Math.max(step, height * 0.1) : (year - first) * step;
    placed[node] = { x: Math.round(x * 1000) / 1000, y: positions[node]!.y };
  }
  return placed;
}
