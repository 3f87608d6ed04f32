// Overlay colouring (VOSviewer's overlay visualization): nodes coloured by their papers' mean
// year, or by their mean citations (log scale), on viridis — perceptually uniform and readable
// in grey and by colour-blind readers — with its legend; or by community, as the pipeline coloured
// them. A node without the value is drawn grey.
import type { BundleNode } from '../pipeline/bundle-model';

export type ColourBy = 'community' | 'year' | 'citations';

export const COLOUR_BY_LABELS: Record<ColourBy, string> = { community: 'Community', year: 'Average year', citations: 'Average citations' };

/** Viridis at nine even stops (matplotlib's table, every 32nd entry). */
const VIRIDIS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'];
const NO_VALUE = '#c4c7cc';

export interface Overlay {
  /** One per node, in the graph's node order. */
  colours: string[];
  /** The scale's ends, as values of the measure. */
  min: number;
  max: number;
  /** Citations are spread over orders of magnitude: coloured by log(1 + value). */
  log: boolean;
}

/** Undefined for community colouring, or when no node has the value. */
export function overlayOf(nodes: readonly BundleNode[], by: ColourBy): Overlay | undefined {
  if (by === 'community') return undefined;
  const log = by === 'citations';
  const values = nodes.map((n) => (by === 'year' ? n.meanYear : n.meanCitations)).map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined));
  let min = Infinity, max = -Infinity;
  for (const v of values) if (v !== undefined) (min = Math.min(min, v)), (max = Math.max(max, v));
  if (min > max) return undefined;
  const scaled = (v: number) => (log ? Math.log1p(v) : v);
  const [low, high] = [scaled(min), scaled(max)];
  const colours = values.map((v) => (v === undefined ? NO_VALUE : viridis(high > low ? (scaled(v) - low) / (high - low) : 0.5)));
  return { colours, min, max, log };
}

/** The colour at t ∈ [0, 1], linear between the stops. */
export function viridis(t: number): string {
  const x = Math.min(1, Math.max(0, t)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const [a, b] = [rgb(VIRIDIS[i]!), rgb(VIRIDIS[i + 1]!)];
  const f = x - i;
  return `#${a.map((c, k) => Math.round(c + f * (b[k]! - c)).toString(16).padStart(2, '0')).join('')}`;
}

const rgb = (hex: string) => [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));

/** The legend's gradient, as CSS. */
export function gradientCss(): string {
  return `linear-gradient(to right, ${VIRIDIS.join(', ')})`;
}
