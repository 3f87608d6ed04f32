// BibTeX and BibLaTeX on real exports (tests/fixtures/formats/README.md says where each is from):
// Web of Science, Scopus, Zotero (BibTeX and BibLaTeX), JabRef and the classic xampl.bib, then
// variants made from them in code: a broken entry in the middle, @string and crossref, TeX
// accents, one paper written the Zotero way and the JabRef way, entries over the record limit.
import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';
import { readLimits } from '../pipeline/ingest/record-limit';
import type { SourceRecord } from '../pipeline/model';
import { checkCoverage } from './fixtures/ingest/coverage';
import { formatFixture } from './helpers/format-fixture';

const parse = (name: string) => {
  const text = formatFixture(name);
  const result = parseText(text, name);
  checkCoverage(text, result, name);
  return result;
};
const lines = (records: readonly SourceRecord[]) => records.map((r) => [r.source.line, r.source.endLine]);
/** The line numbers at which entries start ("@article{" at the start of a line, not @string/@comment/@preamble). */
const entryStarts = (text: string) =>
  text
    .replace(/^\ufeff/, '')
    .split('\n')
    .flatMap((l, i) => (/^\s*@(?!\s*(?:string|comment|preamble)\b)/i.test(l) ? [i + 1] : []));

describe('BibTeX from Web of Science', () => {
  const result = parse('wos-savedrecs-excerpt.bib');
  const [first, , , klimo] = result.records;

  it('reads every entry, with its lines, despite field names such as Usage-Count-(Last-180-days)', () => {
    expect(result.format).toBe('bibtex');
    expect(result.rejects).toEqual([]);
    expect(lines(result.records)).toEqual([
      [2, 119],
      [121, 167],
      [169, 248],
      [250, 291],
    ]);
  });

  it('takes the fields, TeX escapes decoded and {{…}} braces gone', () => {
    expect(first).toMatchObject({
      title: 'Integrating bibliometrics and roadmapping: A case of strategic promotion for the ground source heat pump in China',
      authors: ['Liao, Pin-Chao', 'Zhang, Kenan', 'Wang, Tao', 'Wang, Yanqing'],
      venue: 'RENEWABLE & SUSTAINABLE ENERGY REVIEWS',
      volume: '57',
      pageStart: '292',
      pageEnd: '301',
      date: { raw: '2016 MAY', year: 2016, month: 5 },
      // WoS's Type and the entry type.
      documentType: 'Review; article',
      language: 'English',
      ids: { doi: '10.1016/j.rser.2015.12.080', wos: 'ISI:000370456000022' },
      citedBy: 0,
      authorKeywords: ['Ground source heat pump', 'Bibliometrics', 'Cluster analysis', 'Social network analysis', 'Logistic model'],
      indexKeywords: ['CO-WORD ANALYSIS', 'FUZZY PARTITIONS', 'EXERGY ANALYSIS', 'ENERGY', 'SYSTEMS'],
    });
    expect(first!.abstract).toMatch(/^The ground source heat pump \(GSHP\) is one of .* regulations that facilitate R&D related to GSHP\. .*All rights reserved\.$/);
  });

  it('reads Cited-References one per line, each into author, year, source, volume, page and DOI', () => {
    expect(first!.references).toHaveLength(54);
    // Without the full stop BibTeX ends each with, as WoS plain text writes them.
    expect(first!.references![0]).toEqual({ raw: 'Anderberg M. R., 1973, CLUSTER ANAL APPL', firstAuthor: 'Anderberg M. R.', year: 1973, source: 'CLUSTER ANAL APPL' });
    expect(first!.references![1]).toEqual({
      raw: 'Trappey CV, 2010, J SYST SCI SYST ENG, V19, P162, DOI 10.1007/s11518-010-5134-x',
      firstAuthor: 'Trappey CV',
      year: 2010,
      source: 'J SYST SCI SYST ENG',
      volume: '19',
      page: '162',
      ids: { doi: '10.1007/s11518-010-5134-x' },
    });
    // "{[}Anonymous]" is TeX for "[Anonymous]"; a bracketed source keeps its comma.
    expect(first!.references!.map((r) => r.raw)).toContain('[Anonymous], 2012, REQ PRACT STRICT MAN');
    const chinese = first!.references!.find((r) => r.raw.startsWith('[贺玲'))!;
    expect(chinese).toMatchObject({ firstAuthor: '[贺玲 HE Ling]', year: 2007, source: '[计算机应用研究, Application Research of Computers]', volume: '24', page: '10' });
  });

  it('ties each address to the authors it names, with its country, keeping the reprint addresses as the paper\'s', () => {
    expect(klimo!.authors).toEqual(['Klimo, Paul, Jr.', 'Michael, L. Madison, II', 'Venable, Garrett T.', 'Taylor, Douglas R.']);
    const tennessee = 'Univ Tennessee, Ctr Hlth Sci, Memphis, TN 38163 USA';
    const semmes = 'Semmes Murphey Neurol & Spine Inst, Memphis, TN USA';
    const us = ['United States'];
    expect(klimo!.authorDetails).toEqual([
      { affiliations: [tennessee, semmes], countries: us },
      { affiliations: [tennessee, semmes], countries: us },
      { affiliations: [tennessee], countries: us },
      { affiliations: [tennessee], countries: us },
    ]);
    expect(klimo!.affiliations).toEqual([`Klimo, P (Reprint Author), ${tennessee}`, `Klimo, P (Reprint Author), ${semmes}`]);
    expect(first!.authorDetails![2]).toEqual({ affiliations: ['Cent Univ Finance & Econ, Sch Management Sci & Engn, 39 South Coll Rd, Beijing 100081, Peoples R China'], countries: ['China'] });
  });

  it('ties ORCID iDs and ResearcherIDs to the author their name matches, and says which match none', () => {
    const text = formatFixture('wos-savedrecs-excerpt.bib');
    const entry = text.slice(0, text.indexOf('\n}\n') + 3);
    const withIds = entry.replace('Unique-ID =', 'ORCID-Numbers = {{Wang, Tao/0000-0002-1825-0097\n   Nobody, Here/0000-0002-1825-0097}},\nResearcherID-Numbers = {{Liao, P/A-1234-2010}},\nUnique-ID =');
    const result = parseText(withIds, 'x.bib');
    expect(result.records[0]!.authorDetails!.map((d) => [d.orcid, d.ids])).toEqual([
      [undefined, { wos: 'A-1234-2010' }],
      [undefined, undefined],
      ['0000-0002-1825-0097', undefined],
      [undefined, undefined],
    ]);
    expect(result.warnings.map((w) => [w.field, w.value, w.reason])).toEqual([['orcid-numbers', 'Nobody, Here/0000-0002-1825-0097', 'names no single author of the record: an ORCID iD not used']]);
  });
});

describe('BibTeX from Scopus', () => {
  const result = parse('scopus-excerpt.bib');
  const [guler, liao] = result.records;

  it('reads author_keywords as the authors\' keywords and keywords as the database\'s', () => {
    expect(result.rejects).toEqual([]);
    expect(liao!.authorKeywords).toEqual(['Bibliometrics', 'Cluster analysis', 'Ground source heat pump', 'Logistic model', 'Social network analysis']);
    expect(liao!.indexKeywords).toContain('Groundsource heat pump (GSHP)');
    expect(liao!.indexKeywords).toHaveLength(19);
  });

  it('takes the count in "cited By", the document type, the paper\'s affiliations and the link that names the EID', () => {
    expect(guler).toMatchObject({
      title: 'Scientific workflows for bibliometrics',
      authors: ['Guler, A.T.a', 'Waaijer, C.J.F.b', 'Palmblad, M.a'],
      venue: 'Scientometrics',
      volume: '107',
      issue: '2',
      pageStart: '385',
      pageEnd: '398',
      documentType: 'Article',
      citedBy: 0,
      ids: { doi: '10.1007/s11192-016-1885-6' },
      affiliations: ['Center for Proteomics and Metabolomics, Leiden University Medical Center, Leiden, Netherlands', 'Centre for Science and Technology Studies, Leiden University, Leiden, Netherlands'],
    });
    expect(guler!.url).toContain('eid=2-s2.0-84958240848');
    expect(liao!.citedBy).toBe(1);
  });

  it('reads the references field as the CSV export\'s References cell', () => {
    expect(result.records.map((r) => r.references?.length)).toEqual([17, 54, 35]);
    expect(guler!.references![1]).toEqual({
      raw: 'Bonacich, P., Some unique properties of eigenvector centrality (2007) Social Networks, 29 (4), pp. 555-564',
      firstAuthor: 'Bonacich, P.',
      year: 2007,
      title: 'Some unique properties of eigenvector centrality',
      source: 'Social Networks',
      volume: '29',
      page: '555',
    });
  });
});

describe('BibTeX from Zotero and JabRef', () => {
  it('rejects the one Zotero entry whose braces do not balance, naming its lines, and reads the others', () => {
    const text = formatFixture('zotero-bibtex-excerpt.bib');
    const result = parse('zotero-bibtex-excerpt.bib');
    expect(result.rejects.map((r) => [r.source.line, r.source.endLine])).toEqual([[267, 287]]);
    expect(result.rejects[0]!.reason).toContain('the value of the field "publisher" (line 274) runs to the end of the entry');
    expect(result.records.map((r) => r.source.line)).toEqual(entryStarts(text).filter((l) => l !== 267));
    expect(result.records[0]).toMatchObject({
      title: 'Accuracy in Optical Tracking with Fiducial Markers: An Accuracy Function for ARToolKit',
      authors: ['Abawi, Daniel F', 'Bienwald, Joachim', 'Dörner, Ralf'],
      date: { raw: '2004 November', year: 2004, month: 11 },
      pageStart: '260',
      pageEnd: '261',
      venue: 'Third IEEE and ACM International Symposium on Mixed and Augmented Reality',
      documentType: 'inproceedings',
    });
  });

  it('reads Zotero\'s BibLaTeX: ISO dates, arXiv e-prints, comma-separated keywords, escaped specials', () => {
    const result = parse('zotero-biblatex-preprints.bib');
    expect(result.records).toHaveLength(12);
    expect(result.records[0]).toMatchObject({
      title: 'Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification',
      date: { raw: '2015-02-06', year: 2015, month: 2, day: 6 },
      ids: { arxiv: '1502.01852' },
      documentType: 'unpublished',
      authorKeywords: ['Computer Science - Artificial Intelligence', 'Computer Science - Computer Vision and Pattern Recognition', 'Computer Science - Machine Learning'],
    });
    expect(result.records[0]!.abstract).toContain('we achieve 4.94% top-5 test error');
    expect(result.records[1]!.abstract).toContain('equilibria in \\emph{sequential} games');
    expect(result.records[2]!.language).toBe('english');
  });

  it('reads JabRef 2.10: its header comment, month macros, ";"-separated keywords that hold commas, and PMIDs', () => {
    const result = parse('jabref-2.10-excerpt.bib');
    expect(result.rejects).toEqual([]);
    expect(lines(result.records)).toEqual([
      [5, 116],
      [118, 150],
      [152, 229],
    ]);
    expect(result.records[0]).toMatchObject({ date: { raw: '2009 March', year: 2009, month: 3 }, ids: { wos: 'ISI:000263918900029', doi: '10.1109/JSSC.2008.2010997' }, citedBy: 2 });
    expect(result.records[2]).toMatchObject({ ids: { pmid: '9653189' }, language: 'eng', date: { year: 1998, month: 7 } });
    expect(result.records[2]!.authorKeywords).toEqual([
      'Action Potentials, physiology',
      'Animals',
      'Axons, physiology',
      'Electrophysiology',
      'Ganglia, Invertebrate, physiology',
      'Ganglia, Sensory, physiology',
      'Leeches',
      'Neurons, physiology',
      'Synapses, physiology',
      'Synaptic Transmission, physiology',
    ]);
  });

  it('gives one paper the same fields whether Zotero or JabRef wrote it', () => {
    const zotero = `@article{humphries_dopamine_2009,
  title = {Dopamine-Modulated Dynamic Cell Assemblies Generated by the {{GABAergic}} Striatal Microcircuit},
  author = {Humphries, Mark D. and Wood, Ric and Gurney, Kevin},
  year = 2009,
  month = oct,
  journal = {Neural Networks},
  volume = {22},
  number = {8},
  pages = {1174--1188},
  doi = {10.1016/j.neunet.2009.07.018},
  keywords = {basal ganglia,dopamine,striatum}
}
`;
    const jabref = `% Encoding: UTF-8

@Article{Humphries2009,
  Title                    = {Dopamine-modulated dynamic cell assemblies generated by the {GABA}ergic striatal microcircuit},
  Author                   = {Mark D. Humphries and Ric Wood and Kevin Gurney},
  Journal                  = {Neural Networks},
  Year                     = {2009},
  Month                    = {10},
  Number                   = {8},
  Pages                    = {1174--1188},
  Volume                   = {22},
  Doi                      = {10.1016/j.neunet.2009.07.018},
  Keywords                 = {basal ganglia; dopamine; striatum}
}

@Comment{jabref-meta: databaseType:bibtex;}
`;
    const fields = (text: string) => {
      const { records, rejects } = parseText(text, 'x.bib');
      expect(rejects).toEqual([]);
      const { source, title, documentType, ...rest } = records[0]!;
      return { title: title.toLowerCase(), ...rest, year: rest.date?.year, month: rest.date?.month, date: undefined };
    };
    expect(fields(jabref)).toEqual(fields(zotero));
    expect(fields(zotero)).toMatchObject({ authors: ['Humphries, Mark D.', 'Wood, Ric', 'Gurney, Kevin'], pageStart: '1174', pageEnd: '1188', issue: '8' });
  });
});

describe('BibTeX macros, crossref, TeX and broken entries', () => {
  it('expands @string macros and month names, and a crossref gives the child its proceedings and book', () => {
    const result = parse('xampl.bib');
    const byLine = (line: number) => result.records.find((r) => r.source.line === line)!;
    // inproceedings-crossref: booktitle from the proceedings (via its macro), year and month too.
    expect(byLine(271)).toMatchObject({ title: 'On Notions of Information Transfer in VLSI Circuits', venue: 'Proc. Fifteenth Annual ACM Symposium on the Theory of Computing', date: { year: 1983 } });
    // inbook-crossref: the book's title is its venue, and its author the chapter's.
    expect(byLine(80)).toMatchObject({ title: 'Fundamental Algorithms', venue: 'The Art of Computer Programming', authors: ['Knuth, Donald E.'] });
    expect(byLine(18)).toMatchObject({ venue: "G-Animal's Journal", date: { raw: '1986 July', year: 1986, month: 7 } });
    expect(byLine(210).authors).toEqual(['Masterly, Édouard']);
    // Free text between entries is a comment to BibTeX: a warning names its lines.
    expect(result.warnings.find((w) => w.source.line === 30)).toMatchObject({ source: { endLine: 32 }, reason: 'text outside any entry, which BibTeX reads as a comment: not read' });
    expect(result.rejects.map((r) => [r.source.line, r.reason])).toEqual([
      [228, '@misc entry without a title (misc-minimal)'],
      [361, '@misc entry without a title (random-note-crossref)'],
    ]);
  });

  it('inherits from a parent that comes after its child or before it, and says when there is none', () => {
    const text = `@string{procs = "Proceedings of the " # {Tenth} # " Workshop"}
@inproceedings{child-before, title = {Early}, author = {Doe, Jane}, crossref = {Procs10}}
@proceedings{procs10, title = procs, year = 2010, month = may}
@inproceedings{child-after, title = {Late}, author = {Roe, Rick}, crossref = {PROCS10}, year = 2011}
@inproceedings{orphan, title = {Alone}, crossref = {nowhere}}
`;
    const result = parseText(text, 'x.bib');
    expect(result.records.map((r) => [r.title, r.venue, r.date?.year, r.date?.month])).toEqual([
      ['Early', 'Proceedings of the Tenth Workshop', 2010, 5],
      ['Proceedings of the Tenth Workshop', undefined, 2010, 5],
      ['Late', 'Proceedings of the Tenth Workshop', 2011, undefined],
      ['Alone', undefined, undefined, undefined],
    ]);
    expect(result.warnings.map((w) => [w.source.line, w.field, w.reason])).toEqual([[5, 'crossref', 'no entry with the key "nowhere" in this file: nothing inherited']]);
  });

  it('rejects only the broken entry in the middle, with its lines, and reads the ones around it', () => {
    const text = formatFixture('scopus-excerpt.bib');
    // The second entry's title loses its closing brace.
    const broken = text.replace('title={Integrating bibliometrics and roadmapping: A case of strategic promotion for the ground source heat pump in China},', 'title={Integrating bibliometrics and roadmapping,');
    expect(broken).not.toBe(text);
    const result = parseText(broken, 'scopus.bib');
    checkCoverage(broken, result, 'scopus.bib');
    expect(result.records.map((r) => [r.source.line, r.title])).toEqual([
      [2, 'Scientific workflows for bibliometrics'],
      [51, 'Using Citation Indexes, Citation Searching, and Bibliometrics to Improve Chemistry Scholarship, Research, and Administration'],
    ]);
    expect(result.rejects.map((r) => [r.source.line, r.source.endLine])).toEqual([[26, 49]]);
    expect(result.rejects[0]!.reason).toMatch(/^broken entry: the value of the field "title" \(line 28\) runs to the end of the entry/);
  });

  it('decodes TeX accents, symbols and math, and strips case-protecting braces', () => {
    const title = String.raw`{\"O}sterreich, {\'{E}}cole, Fran\c{c}ois, \v{S}koda, Gro\ss{}e, {\aa}se, na\"{\i}ve, H$_2$O, $\alpha$-helix, {DNA}, 50\% R\&D, p < 0.05, Fig.~1, 1--2`;
    const text = `@article{k,\n  title = {${title}},\n  author = {M{\\"u}ller, J{\\"o}rg and Jos\\'{e} Garc\\'ia and {World Health Organization} and others}\n}\n`;
    const [record] = parseText(text, 'x.bib').records;
    expect(record!.title).toBe('Österreich, École, François, Škoda, Große, åse, naïve, H₂O, α-helix, DNA, 50% R&D, p < 0.05, Fig. 1, 1–2');
    expect(record!.authors).toEqual(['Müller, Jörg', 'García, José', 'World Health Organization']);
    expect(record!.authorsTruncated).toBe(true);
  });

  it('keeps the characters that exporters leave unescaped as themselves: %, &, # and a lone $', () => {
    const text = '@ARTICLE{k,\ntitle={Costs fell 50% at R&D unit #3, from $5 to {CO2}},\nabstract={A line with 10% and\nanother 20% here.}\n}\n';
    const [record] = parseText(text, 'x.bib').records;
    expect(record!.title).toBe('Costs fell 50% at R&D unit #3, from $5 to CO2');
    expect(record!.abstract).toBe('A line with 10% and another 20% here.');
  });

  it('is recognised behind a BOM, "%" comments and a @comment, and not when the first text is something else', () => {
    const entry = '@article{k, title = {T}}\n';
    expect(parseText(`\ufeff% This file was created with JabRef\n% Encoding: UTF-8\n\n@comment{jabref-meta: x;}\n${entry}`, 'x').format).toBe('bibtex');
    expect(parseText(`@preamble{"\\newcommand{\\noop}[1]{}"}\n${entry}`, 'x').records.map((r) => r.title)).toEqual(['T']);
    // A table with a BibTeX column is a table.
    expect(parseText(`title,bibtex\nA,"${entry.replace(/"/g, '""')}"\n`, 'x').format).toBe('csv');
  });

  it('rejects an entry over the record limit, naming its lines and size (blank lines up to the next entry included), and reads the next', () => {
    const text = `@article{a,\n  title = {A},\n  abstract = {${'x'.repeat(1200)}}\n}\n\n@article{b,\n  title = {B}\n}\n`;
    const result = parseText(text, 'x.bib', readLimits(0.001));
    expect(result.records.map((r) => [r.title, r.source.line])).toEqual([['B', 6]]);
    expect(result.rejects.map((r) => [r.source.line, r.source.endLine, r.reason])).toEqual([[1, 4, 'entry of 1,246 characters, over --max-record-mb 0.001 (1,000 characters): not read']]);
  });
});
