// Crossref REST API works: {status, message: {items: [...]}} from /works, or one work as the
// message of /works/{doi}. Titles and container titles are lists, dates are "date-parts", the
// abstract is JATS XML and references are objects of their own.
import type { AuthorDetail, CitedReference } from '../../model';
import { countOf, isPlainObject, textOf } from '../cells';
import type { People, TableDialect } from '../dialect';
import { count, field, firstText, list, pageOfRange, text } from '../dialect-fields';
import { tableDate } from '../table-date';

export const crossref: TableDialect = {
  name: 'crossref',
  recognise: (keys, cells) => keys.has('doi') && (keys.has('containertitle') || keys.has('isreferencedbycount') || hasDateParts(cells?.at('issued'))),
  fields: {
    title: firstText('title'),
    abstract: field(['abstract'], ([jats]) => stripJats(textOf(jats))),
    people: field(['author'], ([authors]) => crossrefPeople(authors)),
    date: field(['published', 'issued', 'published-print', 'published-online'], (values, notes) => {
      const parts = values.map(dateParts).find((d) => d !== undefined);
      return parts === undefined ? undefined : tableDate(parts, undefined, notes.warn);
    }),
    venue: firstText('container-title'),
    volume: text('volume'),
    issue: text('issue'),
    pageStart: pageOfRange('page', 'first'),
    pageEnd: pageOfRange('page', 'last'),
    documentType: text('type'),
    language: text('language'),
    url: text('URL'),
    categories: list('subject', ';'),
    citedBy: count('is-referenced-by-count'),
    references: field(['reference'], ([references]) => (Array.isArray(references) ? references.filter(isPlainObject).map(crossrefReference) : undefined)),
    ids: { doi: text('DOI') },
  },
};

function hasDateParts(value: unknown): boolean {
  return dateParts(value) !== undefined;
}

/** {"date-parts": [[2017, 11, 1]]} → "2017-11-01" (or "2017-11", "2017"). */
function dateParts(value: unknown): string | undefined {
  const parts = isPlainObject(value) ? value['date-parts'] : undefined;
  const first: unknown = Array.isArray(parts) ? parts[0] : undefined;
  if (!Array.isArray(first) || first.length === 0 || !first.every((n) => countOf(n) !== undefined)) return undefined;
  return first.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
}

function crossrefPeople(authors: unknown): People | undefined {
  if (!Array.isArray(authors)) return undefined;
  const names: string[] = [];
  const details: AuthorDetail[] = [];
  for (const author of authors) {
    if (!isPlainObject(author)) continue;
    const name = [textOf(author.given), textOf(author.family)].filter((n) => n !== undefined).join(' ') || textOf(author.name);
    if (name === undefined) continue;
    const detail: AuthorDetail = {};
    const orcid = textOf(author.ORCID)?.replace(/^https?:\/\/orcid\.org\//i, '');
    if (orcid) detail.orcid = orcid;
    const affiliations = Array.isArray(author.affiliation) ? author.affiliation.map((a) => (isPlainObject(a) ? textOf(a.name) : undefined)).filter((a): a is string => a !== undefined) : [];
    if (affiliations.length > 0) detail.affiliations = affiliations;
    names.push(name);
    details.push(detail);
  }
  return { names, details };
}

function crossrefReference(ref: Readonly<Record<string, unknown>>): CitedReference {
  const doi = textOf(ref.DOI);
  const described = [ref.author, ref.year, ref['journal-title'] ?? ref['volume-title'], ref.volume, ref['first-page']].map(textOf).filter((t) => t !== undefined);
  const reference: CitedReference = { raw: textOf(ref.unstructured) ?? (described.join(', ') || doi || textOf(ref.key) || '') };
  const set = <K extends keyof CitedReference>(key: K, value: CitedReference[K] | undefined) => {
    if (value !== undefined) reference[key] = value;
  };
  set('firstAuthor', textOf(ref.author));
  const year = /^\d{4}/.exec(textOf(ref.year) ?? '')?.[0];
  set('year', year === undefined ? undefined : Number(year));
  set('source', textOf(ref['journal-title']) ?? textOf(ref['volume-title']));
  set('volume', textOf(ref.volume));
  set('page', textOf(ref['first-page']));
  set('title', textOf(ref['article-title']));
  if (doi !== undefined) reference.ids = { doi };
  return reference;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** JATS XML to text: tags out (a leading "Abstract" heading with them), entities read, spaces folded. */
function stripJats(jats: string | undefined): string | undefined {
  if (jats === undefined) return undefined;
  const text = jats
    .replace(/^\s*<jats:title>[^<]*<\/jats:title>/, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (m, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      const code = hex !== undefined ? parseInt(hex, 16) : dec !== undefined ? Number(dec) : undefined;
      if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : m;
      return ENTITIES[name!.toLowerCase()] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? undefined : text;
}
