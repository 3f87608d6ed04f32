// PubMed's reference citations in NLM's style: the journal part alone, as the real efetch export
// of tests/fixtures/formats/pubmed-easypubmed-excerpt.xml writes them, and with authors and a title
// as later exports do; text in another style gives nothing but a DOI it names.
import { describe, expect, it } from 'vitest';
import { parseNlmCitation } from '../pipeline/ingest/nlm-citation';

describe('NLM citations', () => {
  it('read the journal, year, volume and first page of the journal part', () => {
    expect(parseNlmCitation('Nature. 2018 Feb 22;554(7693):544-548')).toEqual({ year: 2018, source: 'Nature', volume: '554', page: '544' });
    expect(parseNlmCitation('Proc Natl Acad Sci U S A. 2014 Feb 25;111(8):3110-5')).toEqual({ year: 2014, source: 'Proc Natl Acad Sci U S A', volume: '111', page: '3110' });
    expect(parseNlmCitation('Eur Urol. 2015 Nov;68(5):824-32; discussion 835-6')).toEqual({ year: 2015, source: 'Eur Urol', volume: '68', page: '824' });
    expect(parseNlmCitation('JCI Insight. 2016 Mar 17;1(3):e85902')).toMatchObject({ volume: '1', page: 'e85902' });
    expect(parseNlmCitation('Sci Signal. 2013 Apr 2;6(269):pl1')).toMatchObject({ volume: '6', page: 'pl1' });
    // Ahead of print: no volume or page yet.
    expect(parseNlmCitation('Urol Oncol. 2018 Nov 13;:null')).toEqual({ year: 2018, source: 'Urol Oncol' });
  });

  it('read the first author and the title where the citation gives them, and a DOI', () => {
    expect(parseNlmCitation('Siegel RL, Miller KD, Jemal A. Cancer statistics, 2019. CA Cancer J Clin. 2019;69:7–34.')).toEqual({
      firstAuthor: 'Siegel RL', year: 2019, title: 'Cancer statistics, 2019', source: 'CA Cancer J Clin', volume: '69', page: '7',
    });
    expect(parseNlmCitation('Lawrence MS, et al. Mutational heterogeneity in cancer. Nature. 2013;499:214–218. doi: 10.1038/nature12213.')).toEqual({
      ids: { doi: '10.1038/nature12213' }, firstAuthor: 'Lawrence MS', year: 2013, title: 'Mutational heterogeneity in cancer', source: 'Nature', volume: '499', page: '214',
    });
  });

  it('give nothing for text in another style', () => {
    expect(parseNlmCitation('World Health Organization. Global tuberculosis report 2020. Geneva: WHO; 2020.')).toEqual({});
    expect(parseNlmCitation('personal communication')).toEqual({});
  });
});
