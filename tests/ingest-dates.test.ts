import { describe, expect, it } from 'vitest';
import { isPlausibleYear, LATEST_YEAR, latestYear, parseDate } from '../pipeline/ingest/dates';

describe('parseDate', () => {
  it('reads page dates with and without a year', () => {
    expect(parseDate('May 25, 2023')).toEqual({ raw: 'May 25, 2023', year: 2023, month: 5, day: 25 });
    expect(parseDate('Dec 4, 2019')).toEqual({ raw: 'Dec 4, 2019', year: 2019, month: 12, day: 4 });
    expect(parseDate('September 3, 2021')).toEqual({ raw: 'September 3, 2021', year: 2021, month: 9, day: 3 });
  });

  it('never invents a year', () => {
    const date = parseDate('Mar 4');
    expect(date).toEqual({ raw: 'Mar 4', month: 3, day: 4 });
    expect(date).not.toHaveProperty('year');
    expect(parseDate('Feb 29')).toEqual({ raw: 'Feb 29', month: 2, day: 29 }); // some leap year
  });

  it('reads ISO dates, date-times, year-months and bare years', () => {
    expect(parseDate('2023-05-25')).toEqual({ raw: '2023-05-25', year: 2023, month: 5, day: 25 });
    expect(parseDate('2024-01-09T21:17:47.069463')).toMatchObject({ year: 2024, month: 1, day: 9 });
    expect(parseDate('2024-01-09T21:17:47Z')).toMatchObject({ year: 2024, month: 1, day: 9 });
    expect(parseDate('2023/05/25')).toMatchObject({ year: 2023, month: 5, day: 25 });
    expect(parseDate('2021-07')).toEqual({ raw: '2021-07', year: 2021, month: 7 });
    expect(parseDate(' 2019 ')).toEqual({ raw: '2019', year: 2019 });
    expect(parseDate('25 May 2023')).toEqual({ raw: '25 May 2023', year: 2023, month: 5, day: 25 });
    expect(parseDate('May 2023')).toEqual({ raw: 'May 2023', year: 2023, month: 5 });
  });

  it('refuses impossible dates and text that is not a date', () => {
    expect(parseDate('Feb 30, 2023')).toBeUndefined();
    expect(parseDate('Feb 29, 2023')).toBeUndefined();
    expect(parseDate('2023-13-01')).toBeUndefined();
    expect(parseDate('Mar 0')).toBeUndefined();
    expect(parseDate('')).toBeUndefined();
    expect(parseDate('yesterday')).toBeUndefined();
    expect(parseDate('12345')).toBeUndefined();
  });
});

describe('plausible years', () => {
  it('run from 1500 to next year, next year read from SOURCE_DATE_EPOCH when it is set, else from the clock', () => {
    const now = Date.UTC(2026, 11, 31, 23, 59);
    expect(latestYear(undefined, now)).toBe(2027);
    expect(latestYear(String(Date.UTC(2030, 0, 1) / 1000), now)).toBe(2031);
    expect(latestYear('not a number', now)).toBe(2027);
    expect(LATEST_YEAR).toBe(latestYear(process.env.SOURCE_DATE_EPOCH, Date.now()));
    expect([1499, 1500, LATEST_YEAR, LATEST_YEAR + 1].map(isPlausibleYear)).toEqual([false, true, true, false]);
  });
});
