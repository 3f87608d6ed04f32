import { describe, expect, it } from 'vitest';
import { autoPivots, autoRuns } from '../pipeline/analysis/index';

describe('analysis defaults that follow the graph size', () => {
  it('run Louvain 10 times up to 150,000 edges, fewer above, never under 3', () => {
    expect(autoRuns(0)).toBe(10);
    expect(autoRuns(150_000)).toBe(10);
    expect(autoRuns(300_000)).toBe(5);
    expect(autoRuns(421_000)).toBe(3);
    expect(autoRuns(5_000_000)).toBe(3);
  });
  it('sample 500 betweenness pivots up to 100,000 edges, fewer above, never under 50', () => {
    expect(autoPivots(10)).toBe(500);
    expect(autoPivots(100_000)).toBe(500);
    expect(autoPivots(500_000)).toBe(100);
    expect(autoPivots(10_000_000)).toBe(50);
  });
});
