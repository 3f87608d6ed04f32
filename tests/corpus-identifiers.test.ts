// Identifiers are normalised so that every way a source writes one names it once, and a value that
// is not an identifier of its kind is none (and says so).
import { describe, expect, it } from 'vitest';
import { identifiersInUrl, readIdentifier, recordIdentifiers } from '../pipeline/corpus/identifiers';
import type { IdentifierKind, SourceRecord } from '../pipeline/model';

const value = (kind: IdentifierKind, raw: string) => readIdentifier(kind, raw)?.value;

describe('DOIs', () => {
  it('fold case, doi.org and doi: prefixes, percent-encoding, brackets and trailing punctuation', () => {
    for (const raw of [
      '10.1000/ABC.def',
      'https://doi.org/10.1000/abc.DEF',
      'http://dx.doi.org/10.1000/abc.def',
      'doi.org/10.1000/abc.def',
      'doi:10.1000/abc.def',
      'DOI: 10.1000/abc.def',
      'info:doi/10.1000/abc.def',
      'https://doi.org/10.1000%2Fabc.def',
      '10.1000/abc.def.',
      '(10.1000/abc.def);',
      '"10.1000/abc.def"',
    ]) {
      expect(readIdentifier('doi', raw), raw).toEqual({ kind: 'doi', value: '10.1000/abc.def' });
    }
  });

  it('keep brackets that belong to the DOI', () => {
    expect(value('doi', '10.1016/0370-2693(82)90111-2')).toBe('10.1016/0370-2693(82)90111-2');
    expect(value('doi', '10.1002/(sici)1097-4636(199606)31:2<201::aid-jbm5>3.0.co;2-s')).toBe('10.1002/(sici)1097-4636(199606)31:2<201::aid-jbm5>3.0.co;2-s');
    expect(value('doi', '(see 10.1016/0370-2693(82)90111-2)')).toBeUndefined();
    expect(value('doi', '(10.1016/0370-2693(82)90111-2)')).toBe('10.1016/0370-2693(82)90111-2');
  });

  it('are no DOI when they do not look like one', () => {
    for (const raw of ['', 'n/a', '10.1/abc', '11.1000/abc', '10.1000/', '10.1000/a b', 'https://example.org/10.1000/abc']) {
      expect(readIdentifier('doi', raw), raw).toBeUndefined();
    }
  });

  it('read the arXiv DOI as the arXiv id it names', () => {
    expect(readIdentifier('doi', '10.48550/arXiv.2101.00001')).toEqual({ kind: 'arxiv', value: '2101.00001' });
    expect(readIdentifier('doi', 'https://doi.org/10.48550/ARXIV.hep-th/9901001')).toEqual({ kind: 'arxiv', value: 'hep-th/9901001' });
  });
});

describe('arXiv ids', () => {
  it('drop the version, the arXiv: prefix, the category and abs/pdf links', () => {
    for (const raw of ['2101.00001', '2101.00001v2', 'arXiv:2101.00001v3', 'arxiv:2101.00001 [cs.LG]', 'https://arxiv.org/abs/2101.00001v1', 'http://arxiv.org/pdf/2101.00001v2.pdf', 'arxiv.org/pdf/2101.00001', 'https://export.arxiv.org/abs/2101.00001?context=cs']) {
      expect(value('arxiv', raw), raw).toBe('2101.00001');
    }
    expect(value('arxiv', '1501.00001')).toBe('1501.00001');
    expect(value('arxiv', '2312.12345v10')).toBe('2312.12345');
  });

  it('read old-style ids, without the subject class', () => {
    expect(value('arxiv', 'hep-th/9901001')).toBe('hep-th/9901001');
    expect(value('arxiv', 'arXiv:hep-th/9901001v2')).toBe('hep-th/9901001');
    expect(value('arxiv', 'math.GT/0309136')).toBe('math/0309136');
    expect(value('arxiv', 'https://arxiv.org/abs/cond-mat/0102536v1')).toBe('cond-mat/0102536');
  });

  it('are no arXiv id otherwise', () => {
    for (const raw of ['2101', '2101.001', 'https://example.org/abs/2101.00001', 'hal-01234567', 'hep-th/990100']) {
      expect(value('arxiv', raw), raw).toBeUndefined();
    }
  });
});

describe('database ids', () => {
  it('read PubMed, PubMed Central, Web of Science, Scopus and OpenAlex ids in their usual spellings', () => {
    expect(value('pmid', 'PMID: 00123456')).toBe('123456');
    expect(value('pmid', 'https://pubmed.ncbi.nlm.nih.gov/123456/')).toBe('123456');
    expect(value('pmid', '12a')).toBeUndefined();
    expect(value('pmcid', 'pmc123456')).toBe('PMC123456');
    expect(value('pmcid', 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC123456/')).toBe('PMC123456');
    // OpenAlex's ids.pmcid, as in the real export of the shared data's formats/openalex_works.json
    expect(value('pmcid', 'https://www.ncbi.nlm.nih.gov/pmc/articles/6258996')).toBe('PMC6258996');
    expect(value('pmcid', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6258996/')).toBe('PMC6258996');
    expect(value('pmcid', 'https://www.ncbi.nlm.nih.gov/pmc/articles/6258996x')).toBeUndefined();
    expect(value('wos', 'WOS:000123456789012')).toBe('WOS:000123456789012');
    expect(value('wos', 'wos:000123456789012')).toBe('WOS:000123456789012');
    expect(value('wos', '000123456789012')).toBe('WOS:000123456789012');
    expect(value('wos', 'MEDLINE:12345678')).toBe('MEDLINE:12345678');
    expect(value('eid', '2-s2.0-85012345678')).toBe('2-s2.0-85012345678');
    expect(value('eid', '85012345678')).toBeUndefined();
    expect(value('openalex', 'https://openalex.org/W2741809807')).toBe('W2741809807');
    expect(value('openalex', 'w2741809807')).toBe('W2741809807');
    expect(value('lens', '020-299-125-925-570')).toBe('020-299-125-925-570');
    expect(value('lens', 'https://www.lens.org/lens/scholar/article/020-299-125-925-570/main')).toBe('020-299-125-925-570');
    expect(value('lens', '020-299-125')).toBeUndefined();
    expect(value('dimensions', 'pub.1084286519')).toBe('pub.1084286519');
    expect(value('dimensions', 'https://app.dimensions.ai/details/publication/pub.1084286519')).toBe('pub.1084286519');
    expect(value('dimensions', '1084286519')).toBeUndefined();
  });
});

describe('identifiers in a record', () => {
  const record = (extra: Partial<SourceRecord>): SourceRecord => ({ source: { file: 'f.csv', line: 3, format: 'csv' }, title: 'T', ...extra });

  it('come from the fields by kind, then from another kind, then from the URL', () => {
    expect(identifiersInUrl('https://arxiv.org/abs/2101.00001v2')).toEqual({ arxiv: '2101.00001' });
    expect(identifiersInUrl('https://doi.org/10.1000/X')).toEqual({ doi: '10.1000/x' });
    expect(identifiersInUrl('https://huggingface.co/papers/2101.00001')).toEqual({});
    expect(recordIdentifiers(record({ url: 'https://arxiv.org/abs/2101.00001' })).ids).toEqual({ arxiv: '2101.00001' });
    expect(recordIdentifiers(record({ ids: { arxiv: '2202.00002' }, url: 'https://arxiv.org/abs/2101.00001' })).ids).toEqual({ arxiv: '2202.00002' });
    expect(recordIdentifiers(record({ ids: { doi: '10.48550/arXiv.2101.00001' } })).ids).toEqual({ arxiv: '2101.00001' });
    expect(recordIdentifiers(record({ ids: { doi: '10.48550/arXiv.2101.00001', arxiv: '2202.00002' } })).ids).toEqual({ arxiv: '2202.00002' });
  });

  it('warn about a value that is not an identifier of its kind, and do not use it', () => {
    const { ids, warnings } = recordIdentifiers(record({ ids: { doi: 'not a doi', pmid: '123' } }));
    expect(ids).toEqual({ pmid: '123' });
    expect(warnings).toEqual([{ source: { file: 'f.csv', line: 3, format: 'csv' }, field: 'doi', value: 'not a doi', reason: 'not a DOI: not used to merge' }]);
  });
});
