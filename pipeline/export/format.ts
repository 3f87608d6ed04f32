// Community colours shared by every exporter, so the view's colours match Gephi's and VOSviewer's.

// Distinct colours that stay apart on a white background (Kelly's and Tableau's sets, and deep
// hues that neither has). Communities are numbered largest first, so the largest get them.
const PALETTE = [
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf',
  '#bcbd22', '#f3c300', '#875692', '#f38400', '#a1caf1', '#be0032', '#c2b280', '#008856',
  '#e68fac', '#0067a5', '#f99379', '#604e97', '#f6a600', '#b3446c', '#882d17', '#8db600',
  '#003f5c', '#00a19d', '#ef5675', '#6b8e23', '#4b0082', '#daa520', '#2e8b57', '#a05195',
];
/**
 * The communities past the palette, and single nodes (not clusters), share a neutral grey:
 * repeating colours would make two communities look like one. The view's legend says so.
 */
const TAIL_COLOR = '#b4b4b4';

export function communityColor(community: number, size: number): string {
  return size <= 1 ? TAIL_COLOR : (PALETTE[community] ?? TAIL_COLOR);
}

/** `#rrggbb` as red, green and blue, 0–255: the colour as GEXF readers such as networkx need it. */
export function rgbChannels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
