// Crossref REST API works (a fixture written to the API's documented fields, tests/fixtures/formats/README.md).
import { describe, expect, it } from 'vitest';
import { parseText } from '../pipeline/ingest/index';
import { fixture, parseFixture } from './helpers/formats';

describe('Crossref JSON', () => {
  it('reads message.items: titles and venues from their lists, dates from date-parts, references', () => {
    const { dialect, records, rejects, warnings } = parseFixture('crossref-works.json');
    expect([dialect, records.length, rejects, warnings]).toEqual(['crossref', 2, [], []]);
    const [bibliometrix, vosviewer] = records;
    expect(bibliometrix).toMatchObject({
      title: 'bibliometrix : An R-tool for comprehensive science mapping analysis',
      authors: ['Massimo Aria', 'Corrado Cuccurullo'],
      authorDetails: [{ orcid: '0000-0002-8517-9411', affiliations: ['Department of Economics and Statistics, University of Naples Federico II, Naples, Italy'] }, {}],
      date: { raw: '2017-11', year: 2017, month: 11 },
      venue: 'Journal of Informetrics',
      volume: '11',
      issue: '4',
      pageStart: '959',
      pageEnd: '975',
      documentType: 'journal-article',
      language: 'en',
      citedBy: 4321,
      categories: ['Library and Information Sciences', 'Computer Science Applications'],
      ids: { doi: '10.1016/j.joi.2017.08.007' },
    });
    expect(bibliometrix!.references).toEqual([
      {
        raw: 'van Eck, 2010, Scientometrics, 84, 523',
        firstAuthor: 'van Eck',
        year: 2010,
        source: 'Scientometrics',
        volume: '84',
        page: '523',
        title: 'Software survey: VOSviewer, a computer program for bibliometric mapping',
        ids: { doi: '10.1007/s11192-009-0146-3' },
      },
      { raw: 'Chen, C. (2006). CiteSpace II. Journal of the American Society for Information Science and Technology, 57(3), 359-377.' },
      { raw: 'Zupic, 2015, Organizational Research Methods, 1, 1', firstAuthor: 'Zupic', year: 2015, source: 'Organizational Research Methods', volume: '1', page: '1' },
    ]);
    expect(vosviewer!.abstract).toBe(
      'We present VOSviewer, a freely available computer program that we have developed for constructing and viewing bibliometric maps. Unlike most computer programs that are used for bibliometric mapping, VOSviewer pays special attention to the graphical representation of bibliometric maps & their interpretation.',
    );
    expect(vosviewer!.date).toEqual({ raw: '2009-12-31', year: 2009, month: 12, day: 31 });
  });

  it('reads one work given as the message of /works/{doi}', () => {
    const list = JSON.parse(fixture('crossref-works.json')) as { message: { items: unknown[] } };
    const single = { status: 'ok', 'message-type': 'work', 'message-version': '1.0.0', message: list.message.items[1] };
    const { dialect, records, rejects } = parseText(JSON.stringify(single, null, 2), 'work.json');
    expect([dialect, rejects]).toEqual(['crossref', []]);
    expect(records.map((r) => [r.title, r.authors, r.source.line])).toEqual([['Software survey: VOSviewer, a computer program for bibliometric mapping', ['Nees Jan van Eck', 'Ludo Waltman'], 1]]);
  });
});
