// One <PubmedArticle> or <PubmedBookArticle> (NLM's PubMed XML, as efetch writes it) → the record
// of its paper. Names keep PubMed's fullest form, "LastName, ForeName" (its "LastName Initials"
// as a variant), or the CollectiveName of a group; MeSH descriptors are the index keywords, the
// KeywordList the authors'. A structured abstract keeps its section labels.
import type { AuthorDetail, CitedReference, Identifiers, SourceRecord } from '../model';
import { dateFromParts, medlineDateParts } from './date-parts';
import { detachRecord } from './detach-record';
import type { Collector } from './result';
import { attribute, child, children, parseElement, textOf, type XmlNode } from './xml-nodes';

/** The record of the article, or a reject, put into `out`; `line` is the article's first line in the file. */
export function emitArticle(out: Collector, text: string, line: number, endLine: number): void {
  const parsed = parseElement(text);
  if ('problem' in parsed) {
    out.reject(line, endLine, `invalid XML at line ${line + parsed.line - 1}: ${parsed.problem}; the article is not read`, text);
    return;
  }
  const article = readArticle(parsed.element);
  const warn = (field: string, value: string, reason: string) => out.warn(line, endLine, field, value, reason);
  const title = textOf(article.title);
  if (title === undefined) {
    out.reject(line, endLine, 'article without a title', text);
    return;
  }
  const record: SourceRecord = { source: out.source(line, endLine), title };
  const abstract = abstractOf(article.abstract);
  if (abstract !== undefined) record.abstract = abstract;
  setAuthors(record, article.authors);
  const date = dateOf(article.date, warn);
  if (date) record.date = date;
  const ids = identifiers(article);
  if (Object.keys(ids).length > 0) record.ids = ids;
  setText(record, 'venue', article.venue);
  setText(record, 'volume', child(article.issue, 'Volume'));
  setText(record, 'issue', child(article.issue, 'Issue'));
  setPages(record, article.pagination);
  const joined = (nodes: XmlNode[]) => nodes.map(textOf).filter((t) => t !== undefined).join('; ') || undefined;
  const documentType = joined(article.types);
  if (documentType) record.documentType = documentType;
  const language = joined(article.languages);
  if (language) record.language = language;
  const mesh = texts(children(article.mesh, 'MeshHeading').map((h) => child(h, 'DescriptorName')));
  if (mesh.length > 0) record.indexKeywords = mesh;
  const keywords = texts(article.keywordLists.flatMap((list) => children(list, 'Keyword')));
  if (keywords.length > 0) record.authorKeywords = keywords;
  const references = article.referenceLists.flatMap(referencesOf);
  if (references.length > 0) record.references = references;
  detachRecord(record);
  out.records.push(record);
}

/** Where each part of a record sits, in a journal article and in a book article. */
interface ArticleParts {
  title?: XmlNode;
  abstract?: XmlNode;
  authors?: XmlNode;
  date?: XmlNode;
  venue?: XmlNode;
  issue?: XmlNode;
  pagination?: XmlNode;
  pmid?: XmlNode;
  idLists: XmlNode[];
  elocations: XmlNode[];
  types: XmlNode[];
  languages: XmlNode[];
  mesh?: XmlNode;
  keywordLists: XmlNode[];
  referenceLists: XmlNode[];
}

function readArticle(root: XmlNode): ArticleParts {
  const book = child(root, 'BookDocument');
  if (book) {
    const data = child(root, 'PubmedBookData');
    const bookInfo = child(book, 'Book');
    const articleTitle = child(book, 'ArticleTitle');
    return {
      title: articleTitle ?? child(bookInfo, 'BookTitle'),
      abstract: child(book, 'Abstract'),
      // Editors are listed apart (Type="editors"); they are no authors.
      authors: children(book, 'AuthorList').find((l) => attribute(l, 'Type') !== 'editors'),
      date: child(bookInfo, 'PubDate'),
      venue: articleTitle ? child(bookInfo, 'BookTitle') : undefined,
      issue: bookInfo,
      pagination: child(book, 'Pagination'),
      pmid: child(book, 'PMID'),
      idLists: [child(data, 'ArticleIdList'), child(book, 'ArticleIdList')].filter((n) => n !== undefined),
      elocations: children(bookInfo, 'ELocationID'),
      types: children(book, 'PublicationType'),
      languages: children(book, 'Language'),
      keywordLists: children(book, 'KeywordList'),
      referenceLists: children(book, 'ReferenceList'),
    };
  }
  const citation = child(root, 'MedlineCitation');
  const data = child(root, 'PubmedData');
  const article = child(citation, 'Article');
  const journal = child(article, 'Journal');
  return {
    title: textOf(child(article, 'ArticleTitle')) === undefined ? child(article, 'VernacularTitle') : child(article, 'ArticleTitle'),
    abstract: child(article, 'Abstract'),
    authors: child(article, 'AuthorList'),
    date: child(journal, 'JournalIssue', 'PubDate'),
    venue: child(journal, 'Title'),
    issue: child(journal, 'JournalIssue'),
    pagination: child(article, 'Pagination'),
    pmid: child(citation, 'PMID'),
    idLists: [child(data, 'ArticleIdList')].filter((n) => n !== undefined),
    elocations: children(article, 'ELocationID'),
    types: children(child(article, 'PublicationTypeList'), 'PublicationType'),
    languages: children(article, 'Language'),
    mesh: child(citation, 'MeshHeadingList'),
    keywordLists: children(citation, 'KeywordList'),
    referenceLists: children(data, 'ReferenceList'),
  };
}

function texts(nodes: readonly (XmlNode | undefined)[]): string[] {
  return nodes.map(textOf).filter((t) => t !== undefined);
}

function setText(record: SourceRecord, key: 'venue' | 'volume' | 'issue', node: XmlNode | undefined): void {
  const text = textOf(node);
  if (text !== undefined) record[key] = text;
}

/** Labelled sections ("BACKGROUND: …") in order; the copyright line is not part of it. */
function abstractOf(abstract: XmlNode | undefined): string | undefined {
  const sections = children(abstract, 'AbstractText').flatMap((section) => {
    const text = textOf(section);
    const label = attribute(section, 'Label');
    return text === undefined ? [] : [label ? `${label}: ${text}` : text];
  });
  return sections.length > 0 ? sections.join(' ') : undefined;
}

function setAuthors(record: SourceRecord, list: XmlNode | undefined): void {
  const names: string[] = [];
  const details: AuthorDetail[] = [];
  for (const author of children(list, 'Author')) {
    const name = authorName(author);
    if (name === undefined) continue;
    names.push(name.name);
    const detail: AuthorDetail = {};
    if (name.variant) detail.variants = [name.variant];
    const orcid = textOf(children(author, 'Identifier').find((id) => attribute(id, 'Source') === 'ORCID'));
    if (orcid) detail.orcid = orcid;
    const affiliations = texts(children(author, 'AffiliationInfo').map((a) => child(a, 'Affiliation')));
    if (affiliations.length > 0) detail.affiliations = affiliations;
    details.push(detail);
  }
  if (names.length === 0) return;
  record.authors = names;
  if (attribute(list, 'CompleteYN') === 'N') record.authorsTruncated = true;
  if (details.some((d) => Object.keys(d).length > 0)) record.authorDetails = details;
}

/** "LastName, ForeName, Suffix" (or initials when no fore name is given), and "LastName Initials". */
function authorName(author: XmlNode): { name: string; variant?: string } | undefined {
  const collective = textOf(child(author, 'CollectiveName'));
  if (collective) return { name: collective };
  const [last, fore, initials, suffix] = ['LastName', 'ForeName', 'Initials', 'Suffix'].map((n) => textOf(child(author, n)));
  if (last === undefined) return undefined;
  const name = [last, fore ?? initials, suffix].filter(Boolean).join(', ');
  return fore && initials ? { name, variant: `${last} ${initials}` } : { name };
}

function dateOf(pubDate: XmlNode | undefined, warn: (field: string, value: string, reason: string) => void) {
  const medline = textOf(child(pubDate, 'MedlineDate'));
  if (medline !== undefined) return dateFromParts(medline, medlineDateParts(medline), warn);
  const [year, month, day] = ['Year', 'Month', 'Day'].map((n) => textOf(child(pubDate, n)));
  const season = textOf(child(pubDate, 'Season'));
  const raw = [year, month ?? season, day].filter(Boolean).join(' ');
  return raw === '' ? undefined : dateFromParts(raw, { year, month, day }, warn);
}

function identifiers(article: ArticleParts): Identifiers {
  const ids: Identifiers = {};
  const listed = (type: string) => textOf(article.idLists.flatMap((l) => children(l, 'ArticleId')).find((id) => attribute(id, 'IdType') === type));
  const pmid = textOf(article.pmid) ?? listed('pubmed');
  const doi = listed('doi') ?? textOf(article.elocations.find((e) => attribute(e, 'EIdType') === 'doi'));
  const pmcid = listed('pmc');
  if (pmid) ids.pmid = pmid;
  if (doi) ids.doi = doi;
  if (pmcid) ids.pmcid = pmcid;
  return ids;
}

/** <StartPage>/<EndPage>, else MedlinePgn "818-25" (kept as given), "e1234", "1-10; discussion 11-2". */
function setPages(record: SourceRecord, pagination: XmlNode | undefined): void {
  const start = textOf(child(pagination, 'StartPage'));
  const end = textOf(child(pagination, 'EndPage'));
  const medline = /^\s*([^\s;,-]+)(?:\s*-\s*([^\s;,]+))?/.exec(textOf(child(pagination, 'MedlinePgn')) ?? '');
  const first = start ?? medline?.[1];
  const last = start ? end : medline?.[2];
  if (first) record.pageStart = first;
  if (last) record.pageEnd = last;
}

/** A reference list's references (lists may nest), each with its citation text and ids. */
function referencesOf(list: XmlNode): CitedReference[] {
  return [
    ...children(list, 'Reference').flatMap((reference) => {
      const ids: Identifiers = {};
      for (const id of children(child(reference, 'ArticleIdList'), 'ArticleId')) {
        const kind = { pubmed: 'pmid', doi: 'doi', pmc: 'pmcid' }[attribute(id, 'IdType') ?? ''] as keyof Identifiers | undefined;
        const value = textOf(id);
        if (kind && value) ids[kind] ??= value;
      }
      const raw = textOf(child(reference, 'Citation')) ?? Object.entries(ids).map(([k, v]) => `${k} ${v}`).join(', ');
      if (raw === '') return [];
      return [Object.keys(ids).length > 0 ? { raw, ids } : { raw }];
    }),
    ...children(list, 'ReferenceList').flatMap(referencesOf),
  ];
}
