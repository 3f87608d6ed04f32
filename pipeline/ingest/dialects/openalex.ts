// OpenAlex works, as the API gives them ({meta, results: [...]}, a list, or JSON Lines of a
// snapshot) and as its CSV export flattens them: dotted column names ("authorships.author.
// display_name", or "authorships_author_display_name" and "author_names" in older exports) with
// "|" between the values of a list. One declaration reads both: a dotted path is a CSV column or
// a path into the JSON (cells.ts). Only the JSON ties institutions and countries to each author;
// the CSV lists every author's institutions in one run, so they are the paper's affiliations.
import type { AuthorDetail } from '../../model';
import { distinct, hasValue, isPlainObject, kindOf, textOf } from '../cells';
import { countryFromCode } from '../countries';
import type { CellNotes, People, TableDialect } from '../dialect';
import { aligned, count, date, field, idReferences, lists, orcidOf, text, texts } from '../dialect-fields';

const WORK_ID = /^(?:https?:\/\/openalex\.org\/)?W\d+$/i;

export const openalex: TableDialect = {
  name: 'openalex',
  recognise: (keys, cells) => {
    if (!keys.has('id')) return false;
    // A CSV header, or a JSON work (told by its id, since many APIs have "id" and "title").
    if (keys.has('displayname') && (keys.has('authorshipsauthordisplayname') || keys.has('authornames'))) return true;
    const id = cells === undefined ? undefined : textOf(cells.at('id'));
    return id !== undefined && WORK_ID.test(id) && ['authorships', 'abstractinvertedindex', 'primarylocation', 'referencedworks'].some((k) => keys.has(k));
  },
  fields: {
    title: text('title', 'display_name'),
    abstract: field(['abstract_inverted_index', 'abstract'], ([index, plain], notes) => invertedAbstract(index, notes) ?? textOf(plain)),
    people: field(
      [
        'authorships.author.display_name',
        'author_names',
        'authorships.raw_author_name',
        'authorships.author.id',
        'author_ids',
        'authorships.author.orcid',
        'author_orcids',
        'authorships.institutions.display_name',
        'author_institution_names',
        'authorships.raw_affiliation_strings',
        'authorships.countries',
      ],
      (values, notes) => openAlexPeople(values, notes),
    ),
    date: date('publication_date', 'publication_year'),
    venue: text('primary_location.source.display_name', 'primary_location_display_name', 'host_venue.display_name'),
    volume: text('biblio.volume'),
    issue: text('biblio.issue'),
    pageStart: text('biblio.first_page'),
    pageEnd: text('biblio.last_page'),
    documentType: texts('type', 'type_crossref'),
    language: text('language'),
    url: text('primary_location.landing_page_url'),
    // Keywords, topics and MeSH are the index terms; concepts (older, broader, superseded by
    // topics) only for a work that has none of those.
    indexKeywords: field(
      ['keywords.display_name', 'keywords.keyword', 'topics.display_name', 'mesh.descriptor_name', 'concepts.display_name'],
      (values, notes) => {
        const terms = lists('|', 'keywords.display_name', 'keywords.keyword', 'topics.display_name', 'mesh.descriptor_name').read(values.slice(0, 4), notes);
        return terms && terms.length > 0 ? terms : lists('|', 'concepts.display_name').read(values.slice(4), notes);
      },
    ),
    citedBy: count('cited_by_count'),
    references: idReferences('referenced_works', '|', 'openalex'),
    ids: { openalex: text('id'), doi: text('doi', 'ids.doi'), pmid: text('ids.pmid', 'pmid'), pmcid: text('ids.pmcid', 'pmcid') },
  },
};

function openAlexPeople([jsonNames, csvNames, rawNames, jsonIds, csvIds, jsonOrcids, csvOrcids, institutionNames, olderInstitutionNames, rawAffiliations, countryCodes]: readonly unknown[], notes: CellNotes): People | undefined {
  const names = aligned(jsonNames, '|') ?? aligned(csvNames, '|');
  if (names === undefined) return undefined;
  const raw = aligned(rawNames, '|') ?? [];
  const ids = aligned(jsonIds, '|') ?? aligned(csvIds, '|') ?? [];
  const orcids = aligned(jsonOrcids, '|') ?? aligned(csvOrcids, '|') ?? [];
  const orcidsFrom = hasValue(jsonOrcids) ? 'authorships.author.orcid' : 'author_orcids';
  const institutions = perAuthor(institutionNames);
  const rawStrings = perAuthor(rawAffiliations);
  const countries = perAuthor(countryCodes);
  const people: { name: string; detail: AuthorDetail }[] = [];
  names.forEach((displayName, i) => {
    const name = displayName || raw[i] || '';
    if (name === '') return;
    const detail: AuthorDetail = {};
    const orcid = orcidOf(orcids[i], orcidsFrom, notes);
    if (orcid) detail.orcid = orcid;
    const id = ids[i]?.replace(/^https?:\/\/openalex\.org\//i, '');
    if (id) detail.ids = { openalex: id };
    const affiliations = institutions?.[i]?.length ? institutions[i]! : (rawStrings?.[i] ?? []);
    if (affiliations.length > 0) detail.affiliations = affiliations;
    const named = distinct((countries?.[i] ?? []).map(countryFromCode).filter((c): c is string => c !== undefined));
    if (named.length > 0) detail.countries = named;
    people.push({ name, detail });
  });
  // The CSV's institutions are every author's in one list: the paper's, not any one author's.
  const flat = institutions === undefined ? (textOf(institutionNames) ?? textOf(olderInstitutionNames)) : undefined;
  const affiliations = flat === undefined ? [] : distinct(flat.split('|').map((s) => s.trim()).filter((s) => s !== ''));
  return { names: people.map((p) => p.name), details: people.map((p) => p.detail), affiliations };
}

/** A JSON list with one list of texts per author; undefined for anything else (a CSV cell). */
function perAuthor(value: unknown): string[][] | undefined {
  if (!Array.isArray(value) || !value.every((v) => v === undefined || v === null || Array.isArray(v))) return undefined;
  return value.map((v) => (Array.isArray(v) ? v.map(textOf).filter((t): t is string => t !== undefined) : []));
}

/** {"Despite": [0], "growing": [1], …}: the words put back at their positions. */
function invertedAbstract(index: unknown, notes: CellNotes): string | undefined {
  if (index === undefined || index === null) return undefined;
  const valid = isPlainObject(index) && Object.values(index).every((at) => Array.isArray(at) && at.every((p) => Number.isInteger(p) && p >= 0));
  if (!valid) {
    notes.ignore('abstract_inverted_index', index, `${kindOf(index)}, not an inverted index (word → positions)`);
    return undefined;
  }
  // Sorted pairs, not an array indexed by position: a stray position of 10⁹ costs nothing.
  const placed = Object.entries(index).flatMap(([word, positions]) => (positions as number[]).map((p) => [p, word] as const));
  const text = placed
    .sort((a, b) => a[0] - b[0])
    .map(([, word]) => word)
    .join(' ');
  return text === '' ? undefined : text;
}
