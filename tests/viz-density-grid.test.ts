// The density grid: the densest cell gets the top of the scale, empty space the background,
// the kernel spreads a node's weight around it, and cluster density takes its colour from the
// communities there.
import { describe, expect, it } from 'vitest';

import { densityImage } from '../viz/density-grid';

const pixel = (pixels: Uint8ClampedArray, width: number, col: number, row: number) => [...pixels.subarray((row * width + col) * 4, (row * width + col) * 4 + 4)];

describe('densityImage', () => {
  it('peaks red at a node, fades through the scale, and is the background far away', () => {
    const pixels = densityImage([{ x: 20.5, y: 20.5, weight: 3, rgb: 0 }], 41, 41, 3, 'item');
    expect(pixel(pixels, 41, 20, 20)).toEqual([220, 50, 47, 255]);
    const near = pixel(pixels, 41, 23, 20);
    expect(near[0]).toBeLessThan(255);
    expect(near).not.toEqual(pixel(pixels, 41, 20, 20));
    expect(pixel(pixels, 41, 0, 0)).toEqual([251, 252, 253, 255]);
  });

  it('blends the communities by their weight in cluster density', () => {
    const red = 0xff0000;
    const blue = 0x0000ff;
    const pixels = densityImage([{ x: 5.5, y: 5.5, weight: 1, rgb: red }, { x: 30.5, y: 5.5, weight: 1, rgb: blue }], 36, 11, 2, 'cluster');
    const [r1, , b1] = pixel(pixels, 36, 5, 5);
    const [r2, , b2] = pixel(pixels, 36, 30, 5);
    expect(r1).toBeGreaterThan(b1!);
    expect(b2).toBeGreaterThan(r2!);
  });

  it('is transparent with no weight to show', () => {
    expect(densityImage([], 4, 4, 1, 'item').every((v) => v === 0)).toBe(true);
  });
});
