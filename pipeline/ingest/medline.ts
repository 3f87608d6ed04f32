// PubMed's MEDLINE format ("Save → PubMed format", .nbib, .txt): records of tags padded to four
// characters, "- ", the value ("PMID- 123", "AU  - Smith J"), continuation lines indented by six
// spaces and joined with a space; each record starts with PMID and has no end tag.
//
// Authors come in order: FAU gives the full name ("Mangalam, Harry") and the AU after it the short
// form, its variant; an AD after an author is that author's affiliation, an AD before any author
// the paper's (records before 2014 give one AD, the first author's address, before the author
// list); "AUID- ORCID: …" is the author's ORCID iD. CN, a group such as a consortium, is an author
// in that order too. Records older than FAU (2002) have only AU: those are the names then.
//
// MeSH headings (MH) are the index keywords without their qualifiers and stars: "Sequence
// Alignment/*methods" is "Sequence Alignment". A qualifier says what aspect of the heading an
// article treats, and "*" that it is a main topic; kept, they would split one subject into many
// keywords ("Software", "Software/methods", "Software/*standards") that a keyword map should count
// as one. OT terms are the authors' keywords.
import { addressText, type AuthorFacts, authorFields, newAuthor, unique } from './author-details';
import { pageRange } from './pages';
import { readOrcid } from './person-ids';
import { chooseDate } from './tagged-dates';
import type { TaggedFields } from './tagged-fields';
import { type RecordFields, type TaggedFormat, tagLinePattern } from './tagged-reader';

const READ = ['PMID', 'TI', 'BTI', 'AB', 'FAU', 'AU', 'CN', 'AD', 'AUID', 'DP', 'JT', 'TA', 'VI', 'IP', 'PG', 'MH', 'OT', 'LID', 'AID', 'PT', 'LA', 'PMC'];
/**
 * NLM's other MEDLINE elements, passed over: processing dates and status (DA DCOM LR CRDT EDAT
 * MHDA PHST PST STAT OWN SB PUBM DEP CTDT DRDT), journal facts (IS JID PL ISBN), book parts (CTI
 * VTI ED FED EN CP PB), investigators (IR FIR IRAD), comments, errata, retractions and updates
 * (CIN CON EIN EFR ECI ECF RIN ROF CRI CRF RPI RPF RRI RRF UIN UOF SPIN ORI DDIN DRIN), other
 * abstracts, titles and terms (OAB OABL TT GN GS NM RN SI OTO OID OCI CI COI COIS), grants (GR),
 * manuscripts and PMC releases (MID PMCR), subjects (PS FPS), counts (RF), space flights (SFM), SO.
 */
const PASSED_OVER = [
  ...['DA', 'DCOM', 'LR', 'CRDT', 'EDAT', 'MHDA', 'PHST', 'PST', 'STAT', 'OWN', 'SB', 'PUBM', 'DEP', 'CTDT', 'DRDT', 'IS', 'JID', 'PL', 'ISBN'],
  ...['CTI', 'VTI', 'ED', 'FED', 'EN', 'CP', 'PB', 'IR', 'FIR', 'IRAD'],
  ...['CIN', 'CON', 'EIN', 'EFR', 'ECI', 'ECF', 'RIN', 'ROF', 'CRI', 'CRF', 'RPI', 'RPF', 'RRI', 'RRF', 'UIN', 'UOF', 'SPIN', 'ORI', 'DDIN', 'DRIN'],
  ...['OAB', 'OABL', 'TT', 'GN', 'GS', 'NM', 'RN', 'SI', 'OTO', 'OID', 'OCI', 'CI', 'COI', 'COIS', 'GR', 'MID', 'PMCR', 'PS', 'FPS', 'RF', 'SFM', 'SO'],
];

/** "AU  - Smith J": the tag padded to four characters, "-" in the fifth, a space, the value. */
const tagLine = tagLinePattern(/^(?=[A-Z][A-Z0-9 ]{3}-)([A-Z][A-Z0-9]{1,3}) *-(?: (.*))?$/);

export const MEDLINE: TaggedFormat = {
  format: 'medline',
  name: 'MEDLINE',
  syntax: {
    tagLine,
    indentedContinuations: true,
    joiner: ' ',
    startTag: 'PMID',
    fileTags: new Set(),
  },
  tags: new Set([...READ, ...PASSED_OVER]),
  untitled: 'record without a title (no TI)',
  opens: (lines) => lines[0] !== undefined && tagLine(lines[0])?.tag === 'PMID',
  read: readRecord,
};

function readRecord(fields: TaggedFields): RecordFields | undefined {
  const title = fields.text('TI', 'BTI');
  if (title === undefined) return undefined;
  const { authors, affiliations } = readAuthors(fields);
  const pages = fields.text('PG');
  return {
    title,
    abstract: fields.text('AB'),
    ...authorFields(authors),
    date: chooseDate(fields.dateTexts('DP')),
    ids: { doi: doiOf(fields), pmid: fields.text('PMID'), pmcid: fields.text('PMC') },
    venue: fields.text('JT', 'TA'),
    volume: fields.text('VI'),
    issue: fields.text('IP'),
    ...(pages === undefined ? {} : pageRange(pages)),
    documentType: joined(fields.values('PT')),
    language: joined(fields.values('LA')),
    authorKeywords: keywords(fields.values('OT').map((t) => t.replace(/^\*/, ''))),
    indexKeywords: keywords(fields.values('MH').map((h) => h.split('/', 1)[0]!.replace(/\*/g, ''))),
    affiliations,
  };
}

function readAuthors(fields: TaggedFields): { authors: AuthorFacts[]; affiliations: string[] } {
  const fullNames = fields.all('FAU').length > 0;
  const authors: AuthorFacts[] = [];
  const affiliations: string[] = [];
  let current: AuthorFacts | undefined;
  for (const field of fields.ordered) {
    const value = fields.value(field);
    if (value === '') continue;
    if (field.tag === 'FAU' || field.tag === 'CN' || (field.tag === 'AU' && !fullNames)) authors.push((current = newAuthor(value)));
    else if (field.tag === 'AU') {
      if (current) current.variants.push(value);
      else fields.doubt(field, value, 'AU before any FAU: not read');
    } else if (field.tag === 'AD') (current?.affiliations ?? affiliations).push(addressText(value));
    else if (field.tag === 'AUID' && /^orcid\b/i.test(value)) {
      const orcid = readOrcid(value);
      if (!current || orcid === undefined) fields.doubt(field, value, current ? 'not an ORCID iD: not used' : 'an ORCID iD before any author: not used');
      else current.orcid ??= orcid;
    }
  }
  return { authors, affiliations: unique(affiliations) };
}

/** "10.1118/1.4748329 [doi]" in LID or AID; "[pii]" and other kinds are not DOIs. */
function doiOf(fields: TaggedFields): string | undefined {
  for (const value of [...fields.values('LID'), ...fields.values('AID')]) {
    const doi = /^(.*\S)\s*\[doi\]$/i.exec(value)?.[1];
    if (doi !== undefined) return doi;
  }
  return undefined;
}

function keywords(terms: readonly string[]): string[] {
  return unique(terms.map((t) => t.trim()).filter((t) => t !== ''));
}

/** Repeated values in one field ("Journal Article; Review"), as the record lists them. */
function joined(values: readonly string[]): string | undefined {
  return values.length > 0 ? values.join('; ') : undefined;
}
