// Dimensions CSV export (the line "About the data: …" above its header is skipped by the CSV
// reader). "; " between authors ("Meyer, Austin G"), organisations, MeSH terms and fields of
// research; the bibliometric-mapping export adds "Cited references", each
// "[Authors]|title|source|year|volume|issue|pages|DOI" (as bibliometrix's dimensions2df reads them).
import type { CitedReference } from '../../model';
import { splitCell, textOf } from '../cells';
import type { TableDialect } from '../dialect';
import { count, date, field, lists, names, pageOfRange, text, texts } from '../dialect-fields';
import { pageRange } from '../pages';

export const dimensions: TableDialect = {
  name: 'dimensions',
  recognise: (keys) => keys.has('publicationid') && (keys.has('dimensionsurl') || keys.has('pubyear') || keys.has('timescited')),
  fields: {
    title: text('Title'),
    abstract: text('Abstract'),
    people: names('Authors', ';'),
    date: date('Publication date', 'PubYear'),
    venue: text('Source title', 'Anthology title', 'Source title/Anthology title'),
    volume: text('Volume'),
    issue: text('Issue'),
    pageStart: pageOfRange('Pagination', 'first'),
    pageEnd: pageOfRange('Pagination', 'last'),
    documentType: texts('Publication Type', 'Document Type'),
    url: text('Source Linkout', 'Dimensions URL'),
    affiliations: lists(';', 'Research Organizations - standardized', 'Authors Affiliations - Name of Research organization'),
    indexKeywords: lists(';', 'MeSH terms', 'Fields of Research (ANZSRC 2020)', 'Fields of Research (ANZSRC 2008)'),
    citedBy: count('Times cited'),
    references: field(['Cited references'], ([cell]) => {
      const refs = textOf(cell);
      return refs === undefined ? undefined : splitCell(refs, /;(?=\[)/).map(dimensionsReference);
    }),
    ids: { dimensions: text('Publication ID'), doi: text('DOI'), pmid: text('PMID'), pmcid: text('PMCID') },
  },
};

function dimensionsReference(raw: string): CitedReference {
  const [authors, title, source, year, volume, , pages, doi] = raw.split('|').map((p) => p.trim());
  const reference: CitedReference = { raw };
  const first = authors?.replace(/^\[|\]$/g, '').split(';')[0]?.trim();
  if (first) reference.firstAuthor = first;
  if (year && /^\d{4}$/.test(year)) reference.year = Number(year);
  if (source) reference.source = source;
  if (volume) reference.volume = volume;
  const page = pageRange(pages ?? '').pageStart;
  if (page) reference.page = page;
  if (title) reference.title = title;
  if (doi) reference.ids = { doi };
  return reference;
}
