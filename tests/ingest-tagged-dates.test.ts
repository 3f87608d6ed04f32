import { describe, expect, it } from 'vitest';
import { chooseDate, parseTaggedDate } from '../pipeline/ingest/tagged-dates';

describe('parseTaggedDate', () => {
  it('reads the dates of WoS PD/PY, MEDLINE DP and RIS, a range as its start', () => {
    expect(parseTaggedDate('APR 2013')).toEqual({ raw: 'APR 2013', year: 2013, month: 4 });
    expect(parseTaggedDate('MAR 20 2004')).toEqual({ raw: 'MAR 20 2004', year: 2004, month: 3, day: 20 });
    expect(parseTaggedDate('JAN-FEB 2001')).toEqual({ raw: 'JAN-FEB 2001', year: 2001, month: 1 });
    expect(parseTaggedDate('2006 Feb 20')).toEqual({ raw: '2006 Feb 20', year: 2006, month: 2, day: 20 });
    expect(parseTaggedDate('2006 Jan-Feb')).toEqual({ raw: '2006 Jan-Feb', year: 2006, month: 1 });
    expect(parseTaggedDate('2006 Dec-2007 Jan')).toEqual({ raw: '2006 Dec-2007 Jan', year: 2006, month: 12 });
    expect(parseTaggedDate('2019///')).toEqual({ raw: '2019///', year: 2019 });
    expect(parseTaggedDate('2019/01/15/')).toEqual({ raw: '2019/01/15/', year: 2019, month: 1, day: 15 });
    expect(parseTaggedDate('2019/03//Spring')).toEqual({ raw: '2019/03//Spring', year: 2019, month: 3 });
    expect(parseTaggedDate('1 Jan.-Feb. 2019')).toEqual({ raw: '1 Jan.-Feb. 2019', year: 2019, month: 1, day: 1 });
    expect(parseTaggedDate('24-27 Sept. 2019')).toEqual({ raw: '24-27 Sept. 2019', year: 2019, month: 9, day: 24 });
    expect(parseTaggedDate('2019-05-07')).toEqual({ raw: '2019-05-07', year: 2019, month: 5, day: 7 });
  });

  it('gives a season no month, and a month or day without a year no year', () => {
    expect(parseTaggedDate('2006 Spring')).toEqual({ raw: '2006 Spring', year: 2006 });
    expect(parseTaggedDate('FAL 1999')).toEqual({ raw: 'FAL 1999', year: 1999 });
    expect(parseTaggedDate('MAR 20')).toEqual({ raw: 'MAR 20', month: 3, day: 20 });
    expect(parseTaggedDate('NOV')).toEqual({ raw: 'NOV', month: 11 });
  });

  it('reads no date into what is none', () => {
    for (const text of ['', 'Epub 2005', '2019/13/01/', 'FEB 30 2001', '2006 20', '1 Feb.1, 2015', 'SPR']) expect(parseTaggedDate(text), text).toBeUndefined();
  });
});

describe('chooseDate', () => {
  const texts = (...raws: string[]) => {
    const doubts: string[] = [];
    return { doubts, texts: raws.map((raw) => ({ raw, doubt: (reason: string) => doubts.push(`${raw}: ${reason}`) })) };
  };

  it('takes the most specific date that agrees with the first year', () => {
    const { doubts, texts: given } = texts('2019', '2019/01/15/', 'June 2019');
    expect(chooseDate(given)).toEqual({ raw: '2019/01/15/', year: 2019, month: 1, day: 15 });
    expect(doubts).toEqual([]);
  });

  it('keeps a date of another year out, and says so; likewise dates it cannot read or years out of range', () => {
    const { doubts, texts: given } = texts('2019', '2018/05/01/', 'whenever', '1200');
    expect(chooseDate(given)).toEqual({ raw: '2019', year: 2019 });
    expect(doubts).toEqual([
      'whenever: not a date: a form not read, or an impossible one',
      expect.stringMatching(/^1200: its year is not from 1500 to \d{4}$/),
      '2018/05/01/: gives the year 2018, another field 2019: that one is kept',
    ]);
  });

  it('reads a month without a year in the year another field gives', () => {
    const { doubts, texts: given } = texts('2017', 'NOV');
    expect(chooseDate(given)).toEqual({ raw: 'NOV 2017', year: 2017, month: 11 });
    const leap = texts('2001', 'FEB 29');
    expect(chooseDate(leap.texts)).toEqual({ raw: '2001', year: 2001 });
    expect([...doubts, ...leap.doubts]).toEqual(['FEB 29: not a date in 2001']);
  });

  it('gives nothing for no text', () => {
    expect(chooseDate([])).toBeUndefined();
  });
});
