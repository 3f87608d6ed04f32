// Lens.org scholarly CSV export: "; " between authors, keywords, MeSH terms, fields of study,
// source URLs and references, which are Lens ids of the cited works.
import { splitCell, textOf } from '../cells';
import type { TableDialect } from '../dialect';
import { count, date, field, idReferences, list, lists, names, text } from '../dialect-fields';

export const lens: TableDialect = {
  name: 'lens',
  // A table of one's own may carry a Lens id beside a title; Lens's export names its other columns too.
  recognise: (keys) => keys.has('lensid') && keys.has('title') && ['sourcetitle', 'citingworkscount', 'datepublished', 'publicationtype'].some((k) => keys.has(k)),
  fields: {
    title: text('Title'),
    abstract: text('Abstract'),
    people: names('Author/s', ';'),
    date: date('Date Published', 'Publication Year'),
    venue: text('Source Title'),
    volume: text('Volume'),
    issue: text('Issue Number'),
    pageStart: text('Start Page'),
    pageEnd: text('End Page'),
    documentType: text('Publication Type'),
    url: field(['External URL', 'Source URLs'], ([external, sources]) => textOf(external) ?? splitCell(textOf(sources) ?? '', ';')[0]),
    authorKeywords: list('Keywords', ';'),
    indexKeywords: lists(';', 'MeSH Terms', 'Fields of Study'),
    citedBy: count('Citing Works Count', 'Scholarly Citation Count'),
    references: idReferences('References', ';', 'lens'),
    ids: { lens: text('Lens ID'), doi: text('DOI'), pmid: text('PMID'), pmcid: text('PMCID') },
  },
};
