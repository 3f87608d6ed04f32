import { describe, expect, it } from 'vitest';
import { AuthorMatcher } from '../pipeline/ingest/author-match';
import { pageRange } from '../pipeline/ingest/pages';
import { readOrcid, readResearcherId } from '../pipeline/ingest/person-ids';

describe('AuthorMatcher', () => {
  const matcher = new AuthorMatcher([
    { name: 'Kaiser, R', variants: [] },
    { name: 'Nunez, Rafael E.', variants: ['Nunez, RE'] },
    { name: 'Wang, Jing', variants: ['Wang, J'] },
    { name: 'Wang, Jun', variants: ['Wang, J'] },
    { name: 'Müller, Anna', variants: [] },
  ]);

  it('matches the same name, ignoring case, accents and full stops', () => {
    expect(matcher.match('kaiser, r')).toEqual([0]);
    expect(matcher.match('Nunez, Rafael E')).toEqual([1]);
    expect(matcher.match('Muller, Anna')).toEqual([4]);
  });

  it('matches compatible given names when only one author has them', () => {
    expect(matcher.match('kaiser, robin')).toEqual([0]);
    expect(matcher.match('Nunez, Rafael')).toEqual([1]);
    expect(matcher.match('Wang, Jing')).toEqual([2]);
    // "Wang, J" is written the same for both: both are meant, as the source cannot tell them apart.
    expect(matcher.match('Wang, J')).toEqual([2, 3]);
    expect(matcher.match('Wang, Jiang')).toEqual([]);
    expect(matcher.match('Nunez, Roberto')).toEqual([]);
    expect(matcher.match('Wu, Qihong')).toEqual([]);
  });
});

describe('person ids', () => {
  it('reads ORCID iDs in any spelling, checking their check digit', () => {
    expect(readOrcid('0000-0002-1825-0097')).toBe('0000-0002-1825-0097');
    expect(readOrcid('ORCID: https://orcid.org/0000-0002-1694-233x')).toBe('0000-0002-1694-233X');
    expect(readOrcid('0000000218250097')).toBe('0000-0002-1825-0097');
    expect(readOrcid('0000-0002-1825-0098')).toBeUndefined();
    expect(readOrcid('B-9803-2009')).toBeUndefined();
  });

  it('reads ResearcherIDs', () => {
    expect(readResearcherId('B-9803-2009')).toBe('B-9803-2009');
    expect(readResearcherId(' aak-3548-2020 ')).toBe('AAK-3548-2020');
    expect(readResearcherId('0000-0002-1825-0097')).toBeUndefined();
  });
});

describe('pageRange', () => {
  it('reads first and last pages, writing out a last page NLM wrote short', () => {
    expect(pageRange('296-302')).toEqual({ pageStart: '296', pageEnd: '302' });
    expect(pageRange('616-7')).toEqual({ pageStart: '616', pageEnd: '617' });
    expect(pageRange('5795-813')).toEqual({ pageStart: '5795', pageEnd: '5813' });
    expect(pageRange('1-7; quiz 8')).toEqual({ pageStart: '1', pageEnd: '7' });
    expect(pageRange('e1234')).toEqual({ pageStart: 'e1234' });
    expect(pageRange('S12-S19')).toEqual({ pageStart: 'S12', pageEnd: 'S19' });
    expect(pageRange('')).toEqual({});
  });
});
