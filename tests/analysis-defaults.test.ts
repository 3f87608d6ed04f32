import { describe, expect, it } from 'vitest';
import { autoRuns } from '../pipeline/analysis/index';

describe('analysis defaults that follow the graph size', () => {
  it('run Louvain 10 times up to 150,000 edges, fewer above, never under 3', () => {
    expect(autoRuns(0)).toBe(10);
    expect(autoRuns(150_000)).toBe(10);
    expect(autoRuns(300_000)).toBe(5);
    expect(autoRuns(421_000)).toBe(3);
    expect(autoRuns(5_000_000)).toBe(3);
  });
});
