// Community colours shared by every exporter, so the view's colours match Gephi's and VOSviewer's.

// Distinct colours that stay apart on a white background (Kelly's and Tableau's sets).
const PALETTE = [
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf',
  '#bcbd22', '#f3c300', '#875692', '#f38400', '#a1caf1', '#be0032', '#c2b280', '#008856',
  '#e68fac', '#0067a5', '#f99379', '#604e97', '#f6a600', '#b3446c', '#882d17', '#8db600',
];
/** Single-node communities are not clusters: they get a neutral grey. */
const LONER_COLOR = '#b4b4b4';

export function communityColor(community: number, size: number): string {
  return size <= 1 ? LONER_COLOR : PALETTE[community % PALETTE.length]!;
}

/** `#rrggbb` as red, green and blue, 0–255: the colour as GEXF readers such as networkx need it. */
export function rgbChannels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
