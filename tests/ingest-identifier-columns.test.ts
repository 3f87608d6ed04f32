// Identifier columns of CSV and JSON tables are read into `ids` by kind, as the source writes
// them; the corpus normalises them (corpus-identifiers.test.ts).
import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';

describe('identifier columns', () => {
  it('are read by their usual names, whatever the case and separators', () => {
    const csv = [
      'Title,DOI,arXiv ID,PubMed ID,PMCID,UT (Unique WOS ID),EID,OpenAlex ID',
      'A paper,https://doi.org/10.1000/X,2101.00001v2,123456,PMC654321,WOS:000123456789012,2-s2.0-85012345678,https://openalex.org/W123',
    ].join('\n');
    expect(parseText(csv, 't.csv').records[0]!.ids).toEqual({
      doi: 'https://doi.org/10.1000/X',
      arxiv: '2101.00001v2',
      pmid: '123456',
      pmcid: 'PMC654321',
      wos: 'WOS:000123456789012',
      eid: '2-s2.0-85012345678',
      openalex: 'https://openalex.org/W123',
    });
  });

  it('take the other usual names too: arxiv, eprint, pmid, nested arXiv page links', () => {
    const csv = 'title,arxiv,pmid\nA,hep-th/9901001,42\n';
    expect(parseText(csv, 't.csv').records[0]!.ids).toEqual({ arxiv: 'hep-th/9901001', pmid: '42' });
    expect(parseText('title,eprint\nA,2101.00001\n', 't.csv').records[0]!.ids).toEqual({ arxiv: '2101.00001' });
    const json = JSON.stringify([{ title: 'A', paper_url: 'https://huggingface.co/papers/2101.00001', details: { arxiv_page_url: 'https://arxiv.org/abs/2101.00001' } }]);
    expect(parseText(json, 't.json').records[0]).toMatchObject({ ids: { arxiv: 'https://arxiv.org/abs/2101.00001' }, url: 'https://huggingface.co/papers/2101.00001' });
  });

  it('leave no ids on a record that has none', () => {
    expect(parseText('title,doi\nA,\n', 't.csv').records[0]).not.toHaveProperty('ids');
  });
});
