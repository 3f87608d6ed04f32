import { describe, expect, it } from 'vitest';

import { papersPerYear } from '../pipeline/analysis/trends';
import { formatTrend } from '../pipeline/export/graph-reports';

const years: Record<string, number> = { p1: 2020, p2: 2019, p3: 2020, p4: 2021 };

describe('papersPerYear', () => {
  it('counts distinct papers per year, ascending, and those without a year', () => {
    const trends = papersPerYear(
      new Map([
        [0, ['p1', 'p2', 'p3', 'p1', 'x1', 'x2']],
        [1, ['p4']],
        [2, []],
      ]),
      (id) => years[id],
    );
    expect([...trends.get(0)!.byYear]).toEqual([
      [2019, 1],
      [2020, 2],
    ]);
    expect(trends.get(0)!.unknown).toBe(2);
    expect(trends.get(1)).toEqual({ byYear: new Map([[2021, 1]]), unknown: 0 });
    expect(trends.get(2)).toEqual({ byYear: new Map(), unknown: 0 });
  });
});

describe('formatTrend', () => {
  it('writes "year:count; …" ascending with unknown last', () => {
    expect(formatTrend({ byYear: new Map([[2020, 5], [2019, 2]]), unknown: 3 })).toBe('2019:2; 2020:5; unknown:3');
  });

  it('leaves out unknown when 0 and gives "" for no papers', () => {
    expect(formatTrend({ byYear: new Map([[2024, 1]]), unknown: 0 })).toBe('2024:1');
    expect(formatTrend({ byYear: new Map(), unknown: 2 })).toBe('unknown:2');
    expect(formatTrend({ byYear: new Map(), unknown: 0 })).toBe('');
  });
});
