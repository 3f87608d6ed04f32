// What the reports say of each paper, author and term, column by column: papers.csv, authors.csv
// and terms.csv write these fields, and the graph files give their nodes the same ones, so a
// node in Gephi or networkx carries what its CSV row does.
import type { Author, CitationModel, Corpus, IdentifierKind, Paper, SourceRef, Term, TopicModel } from '../model';
import { type Cell, joinCell, pageRange, round6 } from '../cells';
import { identifierLinks } from '../id-links';
import { trendYears } from '../time/trend-topics';

/** The identifiers papers.csv gives a column each, after the DOI. */
const OTHER_ID_KINDS = ['arxiv', 'pmid', 'pmcid', 'wos', 'eid', 'openalex', 'lens', 'dimensions'] as const satisfies readonly IdentifierKind[];

/** papers.csv's columns after `id` and before the analysis. */
export const PAPER_FIELDS = [
  'title', 'year', 'date', 'categories', 'authors', 'author_count', 'authors_truncated',
  'has_code', 'submitter', 'sources', 'abstract',
  'doi', 'url', 'venue', 'volume', 'issue', 'pages', 'document_type', 'document_type_raw', 'language', 'keywords', 'index_keywords',
  'cited_by', 'cited_by_source', 'local_citations', 'reference_count', ...OTHER_ID_KINDS, 'date_from',
] as const;

/** authors.csv's columns after `id` and before the analysis. */
export const AUTHOR_FIELDS = [
  'name', 'variants', 'paper_count', 'paper_ids', 'h_index', 'citations', 'listed_papers',
  'orcid', 'author_ids', 'affiliations', 'countries', 'ambiguous',
] as const;

/** terms.csv's columns after `term` and before the analysis; the years are its trend (time/trend-topics.ts). */
export const TERM_FIELDS = ['label', 'variants', 'occurrences', 'papers', 'relevance', 'year_q1', 'year_median', 'year_q3'] as const;

export function formatSource(ref: SourceRef): string {
  return `${ref.file}:${ref.line}`;
}

/** A paper's PAPER_FIELDS cells. */
export function paperCells(corpus: Corpus, citations: Pick<CitationModel, 'links'> = { links: [] }): (p: Paper) => Cell[] {
  const nameOf = new Map(corpus.authors.map((a) => [a.id, a.name]));
  // The local citation score: papers of the corpus citing it (global: cited_by, the database's).
  const local = new Map<string, number>();
  for (const { cited } of citations.links) local.set(cited, (local.get(cited) ?? 0) + 1);
  return (p) => [
    p.title, p.year, p.date, joinCell(p.categories), joinCell(p.authors.map((a) => nameOf.get(a) ?? a)),
    p.authorCount || undefined, p.authorsTruncated, p.hasCode, p.submitter, joinCell(p.sources.map(formatSource)), p.abstract,
    p.ids.doi, paperUrl(p), p.venue, p.volume, p.issue, pageRange(p), p.documentType, p.documentTypeRaw, p.language, joinCell(p.authorKeywords),
    joinCell(p.indexKeywords), p.citedBy, p.citedBySource && formatSource(p.citedBySource), local.get(p.id) ?? (citations.links.length ? 0 : undefined),
    p.references.length || undefined,
    ...OTHER_ID_KINDS.map((kind) => p.ids[kind]), p.dateFrom,
  ];
}

/** The DOI's link, else the arXiv or PubMed page (id-links.ts), else the link a source gives. */
function paperUrl(p: Paper): string | undefined {
  return identifierLinks(p.ids).find((l) => l.kind !== 'openalex')?.href ?? p.url;
}

/** An author's AUTHOR_FIELDS cells. */
export function authorCells(a: Author): Cell[] {
  return [
    a.name, joinCell(a.variants), a.paperIds.length, joinCell(a.paperIds),
    a.profile?.hIndex, a.profile?.citations, a.profile?.papers,
    a.orcid, joinCell(Object.entries(a.ids).flatMap(([kind, values]) => values.map((v) => `${kind}:${v}`))),
    joinCell(a.affiliations), joinCell(a.countries), a.ambiguous,
  ];
}

/** A term's TERM_FIELDS cells. */
export function termCells(corpus: Corpus, topics: Pick<TopicModel, 'paperTerms'>): (t: Term) => Cell[] {
  const yearOf = new Map<string, number>();
  for (const p of corpus.papers) if (p.year !== undefined) yearOf.set(p.id, p.year);
  const trends = trendYears(topics.paperTerms, yearOf);
  return (t) => [t.label, joinCell(t.variants), t.occurrences, t.papers, round6(t.relevance), ...(trends.get(t.id) ?? [undefined, undefined, undefined])];
}

/** A node's fields under its id, for the graph files; undefined cells for an id the table lacks. */
function fieldsById<T extends { id: string }>(records: readonly T[], cells: (record: T) => Cell[]): (id: string) => Cell[] | undefined {
  const byId = new Map(records.map((r) => [r.id, r]));
  return (id) => {
    const record = byId.get(id);
    return record && cells(record);
  };
}

/** The fields of the nodes of a paper, author or term graph, from the corpus or the topic model. */
export function entityFields(entity: 'paper' | 'author' | 'term', corpus: Corpus, citations: CitationModel | undefined, topics: TopicModel | undefined) {
  if (entity === 'paper') return { columns: PAPER_FIELDS, cells: fieldsById(corpus.papers, paperCells(corpus, citations)) };
  if (entity === 'author') return { columns: AUTHOR_FIELDS, cells: fieldsById(corpus.authors, authorCells) };
  const model = topics ?? { terms: [], paperTerms: new Map() };
  return { columns: TERM_FIELDS, cells: fieldsById(model.terms, termCells(corpus, model)) };
}
