import { describe, expect, it } from 'vitest';
import { measureMachineSpeed, referenceKernel } from '../bench/machine-speed';

describe('the bench machine-speed yardstick', () => {
  it('computes the same work as when its figures were first taken (frozen: a change would move every comparison)', () => {
    expect(referenceKernel()).toBe(8_970_690);
  });

  it('reports a positive kernel time and the load average', () => {
    const speed = measureMachineSpeed();
    expect(speed.referenceMs).toBeGreaterThan(0);
    expect(speed.load).toBeGreaterThanOrEqual(0);
  });
});
