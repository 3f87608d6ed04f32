// VOSviewer's density views on a coarse grid: each node spreads its weight with a Gaussian kernel
// (a box blur run three times, which is close to one and costs O(cells) whatever the width), then
// every cell gets a colour. Item density: the summed weight on a blue → green → yellow → red scale.
// Cluster density: the communities' colours blended by their share of the cell's weight, as
// strong as the cell is dense. Pure functions over typed arrays; density-layer.ts draws the result.

export interface DensityPoint {
  /** Position in grid cells. */
  x: number;
  y: number;
  weight: number;
  /** The node's colour as 0xRRGGBB (cluster density only). */
  rgb: number;
}

export type DensityMode = 'item' | 'cluster';

/** Item density's scale, low to high; the lowest is the page's background, so empty space stays calm. */
const ITEM_STOPS: [number, [number, number, number]][] = [
  [0, [251, 252, 253]],
  [0.12, [68, 114, 196]],
  [0.4, [60, 179, 113]],
  [0.7, [245, 215, 66]],
  [1, [220, 50, 47]],
];
const BACKGROUND: [number, number, number] = [251, 252, 253];

/** Three box blurs of radius r along x, then y: about a Gaussian of σ ≈ r. */
function blur(values: Float32Array, width: number, height: number, radius: number): void {
  const r = Math.max(1, Math.round(radius));
  const line = new Float32Array(Math.max(width, height));
  const pass = (count: number, length: number, index: (i: number, k: number) => number) => {
    for (let i = 0; i < count; i++) {
      for (let k = 0; k < length; k++) line[k] = values[index(i, k)]!;
      let sum = 0;
      for (let k = 0; k < Math.min(r, length); k++) sum += line[k]!;
      for (let k = 0; k < length; k++) {
        if (k + r < length) sum += line[k + r]!;
        if (k - r - 1 >= 0) sum -= line[k - r - 1]!;
        values[index(i, k)] = sum / (2 * r + 1);
      }
    }
  };
  for (let round = 0; round < 3; round++) {
    pass(height, width, (row, col) => row * width + col);
    pass(width, height, (col, row) => row * width + col);
  }
}

function itemColour(t: number): [number, number, number] {
  const above = ITEM_STOPS.findIndex(([at]) => t <= at);
  const s = above < 1 ? (above === 0 ? 1 : ITEM_STOPS.length - 1) : above;
  const [lo, bottom] = ITEM_STOPS[s - 1]!;
  const [hi, top] = ITEM_STOPS[s]!;
  const f = Math.min(1, Math.max(0, (t - lo) / (hi - lo)));
  return [0, 1, 2].map((c) => bottom[c]! + f * (top[c]! - bottom[c]!)) as [number, number, number];
}

/**
 * RGBA pixels (width × height cells) of the density of `points`, kernel σ `radius` cells.
 * Normalised by the densest cell, so the scale spans what is in view.
 */
export function densityImage(points: readonly DensityPoint[], width: number, height: number, radius: number, mode: DensityMode): Uint8ClampedArray<ArrayBuffer> {
  const cells = width * height;
  const weight = new Float32Array(cells);
  const channels = mode === 'cluster' ? [new Float32Array(cells), new Float32Array(cells), new Float32Array(cells)] : [];
  for (const p of points) {
    const col = Math.floor(p.x);
    const row = Math.floor(p.y);
    if (col < 0 || row < 0 || col >= width || row >= height || !(p.weight > 0)) continue;
    const cell = row * width + col;
    weight[cell] = weight[cell]! + p.weight;
    channels.forEach((channel, c) => (channel[cell] = channel[cell]! + p.weight * ((p.rgb >> (16 - 8 * c)) & 255)));
  }
  blur(weight, width, height, radius);
  for (const channel of channels) blur(channel, width, height, radius);
  let max = 0;
  for (let i = 0; i < cells; i++) if (weight[i]! > max) max = weight[i]!;
  const pixels = new Uint8ClampedArray(cells * 4);
  if (max <= 0) return pixels;
  for (let i = 0; i < cells; i++) {
    const w = weight[i]!;
    const t = w / max;
    let rgb: [number, number, number];
    if (mode === 'item') rgb = itemColour(t);
    else {
      // The blend of the communities here, faded into the background where the map is sparse.
      const strength = Math.min(1, Math.sqrt(t) * 1.2);
      rgb = [0, 1, 2].map((c) => {
        const mean = w > 0 ? channels[c]![i]! / w : BACKGROUND[c]!;
        return BACKGROUND[c]! + strength * (mean - BACKGROUND[c]!);
      }) as [number, number, number];
    }
    pixels.set([rgb[0], rgb[1], rgb[2], 255], i * 4);
  }
  return pixels;
}
