// One <PubmedArticle> or <PubmedBookArticle> (NLM's PubMed XML, as efetch writes it) → the record
// of its paper. Names keep PubMed's fullest form, "LastName, ForeName" (its "LastName Initials"
// as a variant), or the CollectiveName of a group; MeSH descriptors are the index keywords, the
// KeywordList the authors'. A structured abstract keeps its section labels.
import type { CitedReference, Identifiers, PaperDate, SourceRecord } from '../model';
import { addressText, type AuthorFacts, authorFields, newAuthor, unique } from './author-details';
import { monthName } from './dates';
import { detachRecord } from './detach-record';
import { pageRange } from './pages';
import { readOrcid } from './person-ids';
import type { Collector } from './result';
import { chooseDate } from './tagged-dates';
import { attribute, child, children, parseElement, textOf, type XmlNode } from './xml-nodes';
import { parseNlmCitation } from './nlm-citation';

type Warn = (field: string, value: string, reason: string) => void;

/** The record of the article, or a reject, put into `out`; `line` is the article's first line in the file. */
export function emitArticle(out: Collector, text: string, line: number, endLine: number): void {
  const parsed = parseElement(text);
  if ('problem' in parsed) {
    out.reject(line, endLine, `invalid XML at line ${line + parsed.line - 1}: ${parsed.problem}; the article is not read`, text);
    return;
  }
  const article = readArticle(parsed.element);
  const warn: Warn = (field, value, reason) => out.warn(line, endLine, field, value, reason);
  const title = textOf(article.title);
  if (title === undefined) {
    out.reject(line, endLine, 'article without a title', text);
    return;
  }
  const record: SourceRecord = { source: out.source(line, endLine), title, ...authorFields(authorsOf(article.authors, warn)) };
  if (attribute(article.authors, 'CompleteYN') === 'N') record.authorsTruncated = true;
  const abstract = abstractOf(article.abstract);
  if (abstract !== undefined) record.abstract = abstract;
  const date = dateOf(article.date, warn);
  if (date) record.date = date;
  const ids = identifiers(article);
  if (Object.keys(ids).length > 0) record.ids = ids;
  setText(record, 'venue', article.venue);
  setText(record, 'volume', child(article.issue, 'Volume'));
  setText(record, 'issue', child(article.issue, 'Issue'));
  Object.assign(record, pagesOf(article.pagination));
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

/** The texts of the nodes that have one, each once. */
function texts(nodes: readonly (XmlNode | undefined)[]): string[] {
  return unique(nodes.map(textOf).filter((t) => t !== undefined));
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

/** The list's authors, with the MEDLINE form of each name as its variant, its ORCID iD and its affiliations. */
function authorsOf(list: XmlNode | undefined, warn: Warn): AuthorFacts[] {
  return children(list, 'Author').flatMap((element) => {
    const name = authorName(element);
    if (name === undefined) return [];
    const author = newAuthor(name.name);
    if (name.variant) author.variants.push(name.variant);
    const orcidText = textOf(children(element, 'Identifier').find((id) => attribute(id, 'Source') === 'ORCID'));
    const orcid = orcidText === undefined ? undefined : readOrcid(orcidText);
    if (orcid) author.orcid = orcid;
    else if (orcidText !== undefined) warn('orcid', orcidText, 'not an ORCID iD: not used');
    author.affiliations.push(...texts(children(element, 'AffiliationInfo').map((a) => child(a, 'Affiliation'))).map(addressText));
    return [author];
  });
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

/** PubDate's Year, Month (or Season) and Day, or its MedlineDate ("2006 Jan-Feb"), read as MEDLINE's DP is. */
function dateOf(pubDate: XmlNode | undefined, warn: Warn): PaperDate | undefined {
  const [year, month, day, season, medline] = ['Year', 'Month', 'Day', 'Season', 'MedlineDate'].map((n) => textOf(child(pubDate, n)));
  const raw = medline ?? [year, month === undefined ? season : monthName(month), day].filter(Boolean).join(' ');
  return raw === '' ? undefined : chooseDate([{ raw, doubt: (reason) => warn('date', raw, reason) }]);
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

/** <StartPage>/<EndPage>, else MedlinePgn ("818-25", "e1234", "1-10; discussion 11-2") read as MEDLINE's PG is. */
function pagesOf(pagination: XmlNode | undefined): Pick<SourceRecord, 'pageStart' | 'pageEnd'> {
  const start = textOf(child(pagination, 'StartPage'));
  const end = textOf(child(pagination, 'EndPage'));
  if (start !== undefined) return end === undefined ? { pageStart: start } : { pageStart: start, pageEnd: end };
  const medline = textOf(child(pagination, 'MedlinePgn'));
  return medline === undefined ? {} : pageRange(medline);
}

/** A reference list's references (lists may nest), each with its citation text, what that text gives, and ids. */
function referencesOf(list: XmlNode): CitedReference[] {
  return [
    ...children(list, 'Reference').flatMap((reference) => {
      const ids: Identifiers = {};
      for (const id of children(child(reference, 'ArticleIdList'), 'ArticleId')) {
        const kind = { pubmed: 'pmid', doi: 'doi', pmc: 'pmcid' }[attribute(id, 'IdType') ?? ''] as keyof Identifiers | undefined;
        const value = textOf(id);
        if (kind && value) ids[kind] ??= value;
      }
      const citation = textOf(child(reference, 'Citation'));
      const raw = citation ?? Object.entries(ids).map(([k, v]) => `${k} ${v}`).join(', ');
      if (raw === '') return [];
      // The citation's text in NLM's style gives author, year, journal, volume and page, so the
      // work is named as the other databases name it, and can be matched to a paper of the corpus.
      const { ids: named, ...parts } = citation === undefined ? {} : parseNlmCitation(citation);
      const all = { ...named, ...ids };
      return [{ raw, ...parts, ...(Object.keys(all).length > 0 ? { ids: all } : {}) }];
    }),
    ...children(list, 'ReferenceList').flatMap(referencesOf),
  ];
}
