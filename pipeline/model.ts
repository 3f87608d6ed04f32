// The contracts every stage speaks. Data flows one way: ingest → corpus → topics → graphs →
// analysis → layout → export. Each stage takes these types and returns new ones; none mutates
// what an earlier stage produced.
import type { DocumentType } from './corpus/document-types';

/**
 * The input shapes ingest recognises, detected from a file's content, never its name: page
 * captures, tables (CSV, JSON; a database's own table layout is a dialect of these, see
 * InputFile.dialect), and the tagged or marked-up exports of the bibliographic databases.
 */
export type SourceFormat = 'profile-page' | 'listing-page' | 'bare-listing' | 'csv' | 'json' | 'wos-text' | 'medline' | 'ris' | 'bibtex' | 'pubmed-xml';

/** Where a record or reject came from. `line` is 1-based; 0 means the file as a whole. */
export interface SourceRef {
  file: string;
  line: number;
  /**
   * The last line (1-based, inclusive) of the block the record, reject or profile was read from,
   * so [line, endLine] spans all of its input; absent when `line` is 0.
   */
  endLine?: number;
  format: SourceFormat | 'file';
}

/** A date as a page shows it. A date without a year keeps `year` undefined: never guess one. */
export interface PaperDate {
  raw: string;
  year?: number;
  month?: number;
  day?: number;
}

/** One paper as one source shows it. Text is verbatim, trimmed. */
export interface SourceRecord {
  source: SourceRef;
  title: string;
  abstract?: string;
  /** In page order. */
  authors?: string[];
  /** The page cut the list short ("A, B, C et al."). */
  authorsTruncated?: boolean;
  /** Authors added by inference (a profile's owner hidden behind "et al."), a subset of `authors`. */
  authorsInferred?: string[];
  /** "• 5 authors" on a listing page. */
  authorCount?: number;
  date?: PaperDate;
  /** arXiv categories such as LG, CL. */
  categories?: string[];
  hasCode?: boolean;
  /** The " · eth-zurich" tail of a profile page's author line. */
  affiliation?: string;
  /** An organisation line such as "apple Apple" on a listing page. */
  submitter?: string;
  /** The trailing count of a listing page's date line ("Mar 8, 2024 6"), or a table's stars. */
  upvotes?: number;
  /** Identifiers as the source gives them ("https://doi.org/10.…", "arXiv:2101.00001v2"); the corpus normalises them. */
  ids?: Identifiers;
  url?: string;
  /** The journal, proceedings or book it appeared in, as the source names it (WoS SO, Scopus "Source title"). */
  venue?: string;
  volume?: string;
  issue?: string;
  /** First and last page, or an article number in pageStart, as given. */
  pageStart?: string;
  pageEnd?: string;
  /** As the database names it: "Article", "Review", "Conference Paper", RIS "JOUR"; several joined with "; " (PubMed's types). */
  documentType?: string;
  language?: string;
  /** Keywords the authors chose (WoS DE, Scopus "Author Keywords", RIS KW, PubMed OT, BibTeX keywords). */
  authorKeywords?: string[];
  /** Keywords a database assigned (MeSH, WoS Keywords Plus, Scopus "Index Keywords", OpenAlex concepts and topics). */
  indexKeywords?: string[];
  /** What the source says of each author beyond a name: exactly one entry per name of `authors`, in its order. */
  authorDetails?: AuthorDetail[];
  /** Affiliations of the paper that the source does not tie to one author (Scopus "Affiliations"). */
  affiliations?: string[];
  /** The database's count of citing works (WoS TC, Scopus "Cited by", OpenAlex cited_by_count). */
  citedBy?: number;
  /** The works it cites, in the source's order. */
  references?: CitedReference[];
}

/** Database ids of a person. */
export type AuthorIdKind = 'scopus' | 'openalex' | 'wos' | 'lens';

export interface AuthorDetail {
  /** Other forms the source gives for the same person (WoS AU "Brevik, I" beside AF "Brevik, Iver"). */
  variants?: string[];
  orcid?: string;
  ids?: Partial<Record<AuthorIdKind, string>>;
  affiliations?: string[];
  /** Countries of those affiliations, as English names ("Norway", "USA" → "United States"). */
  countries?: string[];
}

/** One cited work as a reference list gives it: the raw text, and what could be read from it. */
export interface CitedReference {
  raw: string;
  /** The first author as written ("Aria M", "Abraham M."). */
  firstAuthor?: string;
  year?: number;
  /** The journal or source, often abbreviated ("J INFORMETR"). */
  source?: string;
  volume?: string;
  /** The first page or article number. */
  page?: string;
  title?: string;
  /** DOI, PMID, OpenAlex id … where the reference gives one (as given; the citations stage normalises). */
  ids?: Identifiers;
}

/**
 * The identifiers a paper can carry: DOI, arXiv id, PubMed id, PubMed Central id, Web of Science
 * UT, Scopus EID, OpenAlex work id, Lens id, Dimensions publication id (corpus/identifiers.ts
 * reads each and ranks them). An importer
 * fills `SourceRecord.ids` with whichever its source gives; nothing else needs to change.
 */
export type IdentifierKind = 'doi' | 'arxiv' | 'pmid' | 'pmcid' | 'wos' | 'eid' | 'openalex' | 'lens' | 'dimensions';
export type Identifiers = Partial<Record<IdentifierKind, string>>;

/** Anything that could not be read. Never silently dropped. */
export interface Reject {
  source: SourceRef;
  reason: string;
  excerpt: string;
}

/**
 * Something read but doubtful (a year out of range, a date the parser cannot read, invalid bytes
 * replaced, a duplicate column): the record is kept, its raw text with it, and warnings.csv says
 * where and why.
 */
export interface Warning {
  source: SourceRef;
  /** The field or column concerned ("year", "date", "encoding"…); "" for the file or block as a whole. */
  field: string;
  /** The value as read, cut to an excerpt. */
  value: string;
  reason: string;
}

export interface ProfileStats {
  category?: string;
  hIndex?: number;
  papers?: number;
  citations?: number;
  /** Percent, as the page shows it ("Novelty57%" → 57). */
  novelty?: number;
  aiScore?: number;
}

/** An author profile page. Its owner is an author of every paper listed on it. */
export interface Profile {
  name: string;
  stats: ProfileStats;
  source: SourceRef;
}

/** What ingest learned about one input file. */
export interface InputFile {
  file: string;
  sha256: string;
  bytes: number;
  /** The detected shape, or undefined when the file was skipped (see the rejects). */
  format?: SourceFormat;
  /** For a CSV or JSON table, the database whose export layout it has ("scopus", "openalex", …), when one is recognised. */
  dialect?: string;
  /** The text encoding the file was decoded with (utf-8, utf-16le, latin1 …). */
  encoding?: string;
  /** Set when the file is gzip data, read decompressed; `bytes` and `sha256` are the file's own. */
  compression?: 'gzip';
  records: number;
  rejects: number;
  warnings: number;
}

export interface IngestResult {
  files: InputFile[];
  records: SourceRecord[];
  rejects: Reject[];
  warnings: Warning[];
  profiles: Profile[];
}

/**
 * One paper after merging every source that lists it. Venue, volume, issue, pages and language
 * as a source gives them (which source: corpus/paper-fields.ts).
 */
export interface Paper extends Pick<SourceRecord, 'venue' | 'volume' | 'issue' | 'pageStart' | 'pageEnd' | 'language'> {
  /** On one vocabulary, the most specific its sources give (corpus/document-types.ts). */
  documentType?: DocumentType;
  /** What its sources say, each value once in source order: "Article; Proceedings Paper; proceedings-article". */
  documentTypeRaw?: string;
  /**
   * Stable: derived from the paper's strongest normalised identifier (DOI first), else
   * from its title key; when several papers share that key, their year and first author (then
   * their first source) tell them apart. Never from input order.
   */
  id: string;
  title: string;
  abstract: string;
  /**
   * Author ids: in the order of the source that names the most, then inferred authors it lacks,
   * then names only other sources give that are not plausibly one of those (a name that is
   * becomes a variant of that author).
   */
  authors: string[];
  /** Author ids added by inference (see SourceRecord.authorsInferred). */
  inferredAuthors: string[];
  /** The largest count any source gives (a listing's "N authors"), else the named authors. */
  authorCount: number;
  authorsTruncated: boolean;
  year?: number;
  /** ISO `YYYY-MM-DD` when the year is known, else the raw text ("Mar 4"). */
  date?: string;
  categories: string[];
  hasCode: boolean;
  submitter?: string;
  affiliation?: string;
  upvotes?: number;
  /** Normalised: lower-case DOI, arXiv id without version, … (one per kind). */
  ids: Identifiers;
  url?: string;
  /**
   * Where year and date came from when no source gives a year: 'arxiv-id' for the year and month
   * an arXiv id encodes (YYMM.NNNNN), which is when it was first submitted.
   */
  dateFrom?: 'arxiv-id';
  /** Union in source order; spellings that differ only in case or spacing are one. */
  authorKeywords: string[];
  indexKeywords: string[];
  /** Every affiliation the sources give, of the paper or of one of its authors, as authorKeywords. */
  affiliations: string[];
  /** The largest count of citing works a source gives, and which source gave it (databases count differently). */
  citedBy?: number;
  citedBySource?: SourceRef;
  /** The reference list of the source that gives the longest one (never a union across databases). */
  references: CitedReference[];
  /** Every source that lists this paper, sorted by file then line. */
  sources: SourceRef[];
}

/** One person (corpus/people.ts says who is one). */
export interface Author {
  /** Stable: derived from the strongest key: the ORCID iD, else a database author id, else the name key. */
  id: string;
  /** The display name, "First Last" where a full given name is known (corpus/names.ts chooses it). */
  name: string;
  /** Every other spelling seen, sorted. */
  variants: string[];
  /** Sorted. */
  paperIds: string[];
  /** Figures from a profile page whose owner this is. */
  profile?: ProfileStats;
  orcid?: string;
  /** Database author ids by kind, each list sorted. */
  ids: Partial<Record<AuthorIdKind, string[]>>;
  /** From the author details of their papers, most frequent first (ties: alphabetical). */
  affiliations: string[];
  countries: string[];
  /**
   * Possibly several people under one name: their multi-author papers fall into two or more
   * groups that share no co-author (see corpus/homonyms.ts).
   */
  ambiguous: boolean;
}

export interface Corpus {
  /** Sorted by id. */
  papers: Paper[];
  /** Sorted by id. */
  authors: Author[];
  profiles: Profile[];
  files: InputFile[];
  rejects: Reject[];
  warnings: Warning[];
  /** How many source records went in. */
  recordCount: number;
  merges: MergeFacts;
}

/** What made records one paper: a shared identifier of a kind, or the title. */
export type MergeRule = IdentifierKind | 'title';

/** A paper made of two or more records. */
export interface PaperMerge {
  paperId: string;
  /** Every rule that joined some of its records, strongest first. */
  rules: MergeRule[];
}

/** Two papers that share a title key or an identifier and were kept apart. */
export interface KeptApart {
  /** The paper whose first source comes first, then the other. */
  paperIds: [string, string];
  shared: MergeRule;
  /** Why: "different DOIs", "years 2001 and 2019", "no author in common", "generic title", … */
  reasons: string[];
}

export interface MergeFacts {
  /** Sorted by paper id. */
  merged: PaperMerge[];
  /**
   * Sorted by paper ids. Papers sharing one key are listed in a chain (each against the next by
   * first source), so n papers with one title give n − 1 rows, not n².
   */
  keptApart: KeptApart[];
}

/** One key term after merging variants, acronyms and the thesaurus. */
export interface Term {
  /** The canonical, lower-cased label ("sharpness-aware minimization"); also the key. */
  id: string;
  /** What to show: the canonical label, with its acronym when one is known ("sharpness-aware minimization (SAM)"). */
  label: string;
  /** Other surface forms merged into this term, sorted. */
  variants: string[];
  /** Total occurrences over the corpus. */
  occurrences: number;
  /** Number of papers the term occurs in. */
  papers: number;
  /** How unevenly the term is spread over papers: higher is more topical. */
  relevance: number;
}

export interface TermCount {
  term: string;
  count: number;
}

/**
 * The terms papers are linked by (graphs/paper-topics.ts): the map's and every other kept term
 * (topics/select.ts), as compact rows, since at 10⁶ papers an object per paper and term would
 * cost more than the graph.
 */
export interface LinkTerms {
  /** Term ids; a row's term numbers index this. */
  ids: string[];
  /** Papers with each term. */
  papers: Int32Array;
  /** The papers, sorted by id; paper k's terms are term[start[k] .. start[k + 1]), with their counts. */
  paperIds: string[];
  start: Int32Array;
  term: Int32Array;
  count: Int32Array;
}

export interface TopicModel {
  /** The term map's terms, sorted by id. */
  terms: Term[];
  /** Paper id → its map terms with counts, sorted by term. Papers without terms have an empty list. */
  paperTerms: Map<string, TermCount[]>;
  linkTerms: LinkTerms;
  /** What was dropped from the abstracts as boilerplate before the terms were read (topics/boilerplate.ts). */
  boilerplate: BoilerplateReport;
}

export interface BoilerplateReport {
  /** Documents a shingle must occur in to be boilerplate. */
  minDocuments: number;
  /** Abstracts that lost some text. */
  documents: number;
  /** Words dropped over all abstracts. */
  words: number;
  /** Distinct dropped passages (a passage: the words dropped in one place). */
  passages: number;
  /** The passages dropped from the most abstracts, most first, each cut to 200 characters. */
  examples: { text: string; documents: number }[];
}

/** One cited work: the references of every paper that name it, folded into one (citations/reference-key.ts). */
export interface CitedWork {
  /** "doi:10.1016/j.joi.2017.08.007", or "ref:aria m|2017|jinformetr|11|959" for one without an identifier. */
  key: string;
  /** "Aria M 2017, J INFORMETR": first author, year and source, as the references write them. */
  label: string;
  /** Normalised, when a reference gives it. */
  doi?: string;
  /** The paper of the corpus it is, when a reference matched one. */
  paperId?: string;
  /** Ids of the papers of the corpus that cite it, sorted. */
  citedBy: string[];
}

/** A citation between two papers of the corpus, and what matched the reference to the cited paper. */
export interface CitationLink {
  citing: string;
  cited: string;
  /** An identifier kind ("doi", "pmid", …), or "key" for first author, year, volume and page. */
  matchedBy: string;
}

/** What the references of the corpus cite, inside it and outside. */
export interface CitationModel {
  /** Every cited work, sorted by key. */
  works: CitedWork[];
  /** Paper id → the work key of each of its references, in their order; undefined where unresolved. */
  referenceKeys: Map<string, (string | undefined)[]>;
  /** Citations inside the corpus, sorted by citing then cited paper. */
  links: CitationLink[];
  /** The backbone of the citations inside the corpus (citations/main-path.ts). */
  mainPath: MainPath;
  /** Unresolved references and conflicting identifiers. */
  warnings: Warning[];
}

export interface MainPathLink {
  citing: string;
  cited: string;
  /** Search path count relative to the highest of the network (1 for the top key route). */
  spc: number;
}

export interface MainPath {
  /** Papers on the path, sorted. */
  papers: string[];
  /** Its citations, sorted by citing then cited paper. */
  links: MainPathLink[];
  /** Citations left out to make the network acyclic. */
  leftOut: number;
}
