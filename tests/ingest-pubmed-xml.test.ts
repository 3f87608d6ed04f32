// PubMed XML (efetch's PubmedArticleSet) on real files (tests/fixtures/formats/README.md), then
// variants made from them in code: a broken article in the middle, an article that never closes,
// the same articles on one line, inline markup and entities, a book article, other XML.
import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';
import { readLimits } from '../pipeline/ingest/record-limit';
import { checkCoverage } from './fixtures/ingest/coverage';
import { formatFixture } from './helpers/format-fixture';

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
const read = (text: string, file = 'pubmed.xml') => {
  const result = parseText(text, file);
  checkCoverage(text, result, file);
  return result;
};
const SET_START = '<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2019//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_190101.dtd">\n<PubmedArticleSet>\n';
/** A journal article with what a test needs inside its <Article>, and nothing else. */
const article = (inside: string, pmid = '1') =>
  `<PubmedArticle><MedlineCitation><PMID Version="1">${pmid}</PMID><Article>${inside}</Article></MedlineCitation></PubmedArticle>`;

describe('PubMed XML from efetch', () => {
  const text = formatFixture('pubmed-easypubmed-excerpt.xml');
  const result = read(text);
  const [first, second] = result.records;

  it('reads each article at its lines', () => {
    expect(result.format).toBe('pubmed-xml');
    expect(result.rejects).toEqual([]);
    expect(result.records.map((r) => [r.source.line, r.source.endLine])).toEqual([
      [3, 432],
      [433, 1001],
    ]);
  });

  it('takes the fields of an article, its labelled abstract sections joined with their labels', () => {
    expect(first).toMatchObject({
      title: 'Molecular footprints of muscle-invasive bladder cancer in smoking and nonsmoking patients.',
      authors: ['Fantini, Damiano', 'Seiler, Roland', 'Meeks, Joshua J'],
      venue: 'Urologic oncology',
      volume: '37',
      issue: '11',
      pageStart: '818',
      pageEnd: '825',
      date: { raw: '2019 November', year: 2019, month: 11 },
      ids: { pmid: '30446446', doi: '10.1016/j.urolonc.2018.09.017' },
      documentType: 'Journal Article',
      language: 'eng',
      authorKeywords: ['APOBEC mutagenesis', 'BBN mouse model', 'Bladder cancer', 'Cancer genome', 'Mutational signatures', 'Smoking-related carcinogenesis'],
    });
    expect(first!.abstract).toMatch(/^BACKGROUND: Bladder cancer is the fifth most common cancer .* METHODS: We investigated .* RESULTS: .* CONCLUSION: We showed associations .*progression\.$/);
    expect(first!.indexKeywords).toHaveLength(22);
    expect(first!.indexKeywords).toContain('Urinary Bladder Neoplasms');
    expect(first!.authorDetails![0]).toEqual({
      variants: ['Fantini D'],
      affiliations: ['Department of Urology, Northwestern University, Feinberg School of Medicine, Chicago, IL; Robert H. Lurie Comprehensive Cancer Center, Northwestern University, Chicago, IL'],
    });
  });

  it('reads the reference list: each citation\'s text and ids', () => {
    expect(first!.references).toBeUndefined();
    expect(second!.references).toHaveLength(37);
    expect(second!.references!.every((r) => r.raw !== '' && r.ids?.pmid !== undefined)).toBe(true);
    expect(second!.references![0]).toMatchObject({ ids: { pmid: expect.stringMatching(/^\d+$/) } });
    // Each citation's text read in NLM's style, as the other databases name the work.
    expect(second!.references!.find((r) => r.raw === 'Nature. 2018 Feb 22;554(7693):544-548')).toMatchObject({ year: 2018, source: 'Nature', volume: '554', page: '544' });
  });

  it('reads a group author, ORCIDs and PubMed Central ids', () => {
    const [record] = read(formatFixture('pubmed-biopython-pubmed7.xml')).records;
    expect(record!.authors!.at(-1)).toBe('Canadian Respiratory Research Network');
    expect(record!.authorDetails!.at(-1)).toEqual({});
    expect(record!.authorDetails![1]!.orcid).toBe('0000-0002-4590-7461');
    expect(record!.ids).toEqual({ pmid: '29963580', doi: '10.1117/1.JMI.5.2.026002', pmcid: 'PMC6022861' });
    expect(record!.references).toHaveLength(49);
  });

  it('rejects only a broken article in the middle, naming its lines, and reads the ones around it', () => {
    const articles = text.split(/(?=<PubmedArticle>)/);
    // A second copy of the first article, its title's end tag lost, between the two.
    const broken = articles[1]!.replace('</ArticleTitle>', '');
    const mixed = [articles[0], articles[1], broken, articles[2], '</PubmedArticleSet>\n'].join('');
    const [brokenAt, nextAt] = [articles[0]!.length + articles[1]!.length, articles[0]!.length + articles[1]!.length + broken.length];
    const got = read(mixed);
    expect(got.records.map((r) => [r.source.line, r.title.slice(0, 20)])).toEqual([
      [3, 'Molecular footprints'],
      [lineAt(mixed, nextAt), 'Genomic classificati'],
    ]);
    expect(got.rejects.map((r) => [r.source.line, r.source.endLine])).toEqual([[lineAt(mixed, brokenAt), lineAt(mixed, nextAt) - 1]]);
    expect(got.rejects[0]!.reason).toMatch(/^invalid XML at line \d+: .*ArticleTitle.*; the article is not read$/);
  });

  it('rejects an article whose end tag never comes, up to where the next one starts', () => {
    const articles = text.split(/(?=<PubmedArticle>)/);
    const unclosed = articles[1]!.replace(/<\/PubmedArticle>\s*$/, '\n');
    const got = read([articles[0], unclosed, articles[2]].join(''));
    expect(got.records.map((r) => r.source.line)).toEqual([433]);
    expect(got.rejects.map((r) => [r.source.line, r.source.endLine, r.reason])).toEqual([[3, 431, 'article without its end tag before the next article or the end of the file: not read']]);
  });

  it('reads the same articles written on one line, all at line 1', () => {
    const compact = read(text.replace(/\s*\n\s*/g, ' '));
    expect(compact.records).toHaveLength(2);
    expect(compact.records.map((r) => [r.source.line, r.source.endLine, r.title])).toEqual(result.records.map((r) => [1, 1, r.title]));
  });

  it('rejects an article over the record limit with its size, and reads the next', () => {
    const big = article(`<ArticleTitle>Big</ArticleTitle><Abstract><AbstractText>${'x'.repeat(1500)}</AbstractText></Abstract>`);
    const got = parseText(`${SET_START}${big}\n${article('<ArticleTitle>Small</ArticleTitle>', '2')}\n</PubmedArticleSet>\n`, 'x.xml', readLimits(0.001));
    expect(got.records.map((r) => [r.source.line, r.title])).toEqual([[5, 'Small']]);
    expect(got.rejects.map((r) => [r.source.line, r.reason])).toEqual([[4, `<PubmedArticle> of ${big.length.toLocaleString('en-US')} characters, over --max-record-mb 0.001 (1,000 characters): not read`]]);
  });
});

describe('PubMed XML content', () => {
  it('reads inline markup as text and decodes each entity once; the DOCTYPE is never read', () => {
    const doctype = '<?xml version="1.0"?>\n<!DOCTYPE PubmedArticleSet [<!ENTITY evil "EXPANDED">]>\n<PubmedArticleSet>\n';
    const title = 'Effect of <i>E. coli</i> on CO<sub>2</sub> &amp; O<sup>2-</sup>: p &lt; 0.05, &amp;lt; stays, &#x2019;quoted&#8217; &evil;';
    const got = read(`${doctype}${article(`<ArticleTitle>${title}</ArticleTitle>`)}\n</PubmedArticleSet>\n`);
    expect(got.rejects).toEqual([]);
    expect(got.records[0]!.title).toBe('Effect of E. coli on CO2 & O2-: p < 0.05, &lt; stays, ’quoted’ &evil;');
  });

  it('reads a MedlineDate, a season, page ranges and an ELocationID DOI', () => {
    const journal = (pubDate: string) =>
      article(
        `<Journal><JournalIssue><PubDate>${pubDate}</PubDate></JournalIssue><Title>J</Title></Journal><ArticleTitle>T</ArticleTitle><Pagination><MedlinePgn>1-10; discussion 11-2</MedlinePgn></Pagination><ELocationID EIdType="doi" ValidYN="Y">10.1000/xyz</ELocationID>`,
      );
    const got = read(`${SET_START}${[journal('<MedlineDate>2006 Jan-Feb</MedlineDate>'), journal('<Year>2000</Year><Season>Spring</Season>')].join('\n')}\n</PubmedArticleSet>\n`);
    expect(got.records.map((r) => [r.date, r.pageStart, r.pageEnd, r.ids?.doi])).toEqual([
      [{ raw: '2006 Jan-Feb', year: 2006, month: 1 }, '1', '10', '10.1000/xyz'],
      [{ raw: '2000 Spring', year: 2000 }, '1', '10', '10.1000/xyz'],
    ]);
  });

  it('reads a book article: its chapter authors (not the book\'s editors), the book as venue, its sections\' labels', () => {
    // Written to NLM's DTD (no real one was found in a public test suite), as efetch gives a GeneReviews chapter.
    const book = `<PubmedBookArticle>
  <BookDocument>
    <PMID Version="1">20301421</PMID>
    <ArticleIdList><ArticleId IdType="bookaccession">NBK1243</ArticleId></ArticleIdList>
    <Book>
      <Publisher><PublisherName>University of Washington, Seattle</PublisherName><PublisherLocation>Seattle (WA)</PublisherLocation></Publisher>
      <BookTitle book="gene">GeneReviews<sup>®</sup></BookTitle>
      <PubDate><Year>1993</Year></PubDate>
      <AuthorList Type="editors"><Author><LastName>Adam</LastName><ForeName>Margaret P</ForeName><Initials>MP</Initials></Author></AuthorList>
      <CollectionTitle book="gene">GeneReviews<sup>®</sup></CollectionTitle>
      <Medium>Internet</Medium>
    </Book>
    <LocationLabel Type="chapter">ALS2</LocationLabel>
    <ArticleTitle book="gene" part="als2">ALS2-Related Disorder</ArticleTitle>
    <Language>eng</Language>
    <AuthorList Type="authors"><Author><LastName>Orrell</LastName><ForeName>Richard W</ForeName><Initials>RW</Initials><AffiliationInfo><Affiliation>University College London</Affiliation></AffiliationInfo></Author></AuthorList>
    <PublicationType UI="D016454">Review</PublicationType>
    <Abstract>
      <AbstractText Label="CLINICAL CHARACTERISTICS" NlmCategory="UNASSIGNED">ALS2-related disorder involves retrograde degeneration.</AbstractText>
      <AbstractText Label="DIAGNOSIS/TESTING" NlmCategory="UNASSIGNED">The diagnosis is established by molecular testing.</AbstractText>
    </Abstract>
    <KeywordList Owner="NOTNLM"><Keyword MajorTopicYN="N">ALS2</Keyword><Keyword MajorTopicYN="N">Alsin</Keyword></KeywordList>
  </BookDocument>
  <PubmedBookData>
    <History><PubMedPubDate PubStatus="pubmed"><Year>2010</Year><Month>3</Month><Day>20</Day></PubMedPubDate></History>
    <PublicationStatus>ppublish</PublicationStatus>
    <ArticleIdList><ArticleId IdType="pubmed">20301421</ArticleId></ArticleIdList>
  </PubmedBookData>
</PubmedBookArticle>
`;
    const got = read(`${SET_START}${book}${article('<ArticleTitle>After the book</ArticleTitle>', '2')}\n</PubmedArticleSet>\n`);
    expect(got.rejects).toEqual([]);
    expect(got.records[0]).toEqual({
      source: { file: 'pubmed.xml', line: 4, endLine: 32, format: 'pubmed-xml' },
      title: 'ALS2-Related Disorder',
      abstract: 'CLINICAL CHARACTERISTICS: ALS2-related disorder involves retrograde degeneration. DIAGNOSIS/TESTING: The diagnosis is established by molecular testing.',
      authors: ['Orrell, Richard W'],
      authorDetails: [{ variants: ['Orrell RW'], affiliations: ['University College London'] }],
      date: { raw: '1993', year: 1993 },
      ids: { pmid: '20301421' },
      venue: 'GeneReviews®',
      documentType: 'Review',
      language: 'eng',
      authorKeywords: ['ALS2', 'Alsin'],
    });
    expect(got.records[1]).toMatchObject({ title: 'After the book', source: { line: 33 } });
  });

  it('says what is between articles that is not one, and where', () => {
    const got = read(`${SET_START}${article('<ArticleTitle>A</ArticleTitle>')}\n<Notes>\n<PMID Version="1">5</PMID>\n</Notes>\n${article('<ArticleTitle>B</ArticleTitle>', '2')}\n</PubmedArticleSet>\n`);
    expect(got.records.map((r) => [r.source.line, r.title])).toEqual([
      [4, 'A'],
      [8, 'B'],
    ]);
    expect(got.rejects.map((r) => [r.source.line, r.source.endLine, r.reason])).toEqual([[5, 7, 'not a PubmedArticle or PubmedBookArticle: not read']]);
  });

  it("notes an update file's deleted citations, reading the articles around them", () => {
    const deleted = Array.from({ length: 23 }, (_, i) => `<PMID Version="1">${100 + i}</PMID>`).join('\n');
    const got = read(`${SET_START}${article('<ArticleTitle>A</ArticleTitle>')}\n<DeleteCitation>\n${deleted}\n</DeleteCitation>\n</PubmedArticleSet>\n`);
    expect([got.records.map((r) => r.title), got.rejects]).toEqual([['A'], []]);
    expect(got.warnings.map((w) => [w.source.line, w.source.endLine, w.field, w.value, w.reason])).toEqual([
      [5, 29, 'DeleteCitation', `${Array.from({ length: 20 }, (_, i) => 100 + i).join(', ')}, … and 3 more`, "PubMed deleted these 23 citations (an update file's list): records of them read from other files are kept"],
    ]);
  });

  it('rejects other XML as XML that is not PubMed\'s', () => {
    const got = parseText(formatFixture('endnote.xml'), 'endnote.xml');
    expect(got.format).toBeUndefined();
    expect(got.rejects.map((r) => [r.source.line, r.reason])).toEqual([[0, "XML, but not a PubMed export (root element <xml>): of XML, only PubMed's PubmedArticleSet is read"]]);
    // HTML is no XML export.
    expect(parseText('<!DOCTYPE html>\n<html><body>Papers</body></html>\n', 'page.html').rejects[0]!.reason).toMatch(/^unrecognised content/);
  });
});
