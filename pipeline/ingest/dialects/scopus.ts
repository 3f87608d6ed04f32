// Scopus CSV export. Authors come as "Yagai T., Kimura Y." (older exports: commas) or "Hao J.;
// High R." (newer: semicolons), newer exports add "Author full names" ("Hao, Jie (57221302630);
// …"); "Author(s) ID" lists each author's Scopus id in author order, and "Authors with
// affiliations" each author's affiliations ("Yagai, T., Sophia University, Tokyo, Japan; …").
import type { AuthorDetail } from '../../model';
import { distinct, normaliseKey, splitCell, textOf } from '../cells';
import { countryOfAddress } from '../country-names';
import type { CellNotes, People, TableDialect } from '../dialect';
import { count, date, field, list, text } from '../dialect-fields';
import { parseScopusReference, splitScopusReferences } from './scopus-references';

export const scopus: TableDialect = {
  name: 'scopus',
  recognise: (keys) => keys.has('eid') && keys.has('sourcetitle') && (keys.has('authors') || keys.has('authorfullnames')),
  realign: fundingTextTwo,
  fields: {
    title: text('Title'),
    abstract: text('Abstract'),
    people: field(['Authors', 'Author full names', 'Author(s) ID', 'Authors with affiliations', 'Affiliations'], (values, notes) => scopusPeople(values.map(textOf), notes)),
    date: date(undefined, 'Year'),
    venue: text('Source title'),
    volume: text('Volume'),
    issue: text('Issue'),
    pageStart: text('Page start', 'Art. No.'),
    pageEnd: text('Page end'),
    documentType: text('Document Type'),
    language: text('Language of Original Document'),
    url: text('Link'),
    authorKeywords: list('Author Keywords', ';'),
    indexKeywords: list('Index Keywords', ';'),
    affiliations: list('Affiliations', ';'),
    citedBy: count('Cited by'),
    references: field(['References'], ([cell]) => {
      const refs = textOf(cell);
      return refs === undefined ? undefined : splitScopusReferences(refs).map(parseScopusReference);
    }),
    ids: { doi: text('DOI'), pmid: text('PubMed ID'), eid: text('EID') },
  },
};

/**
 * Scopus writes a second funding text as a field of its own that the header does not name, right
 * after the last funding text column, shifting the cells after it one column right. The row is
 * put back only when that brings its EID into the EID column.
 */
function fundingTextTwo(cells: readonly string[], names: readonly string[]): { cells: string[]; column: number } | undefined {
  const funding = names.findLastIndex((n) => /^funding text/i.test(n.trim()));
  const eid = names.findIndex((n) => normaliseKey(n) === 'eid');
  if (funding < 0 || eid < 0) return undefined;
  const column = funding + 1;
  const shifted = [...cells.slice(0, column), ...cells.slice(column + 1)];
  return EID.test(shifted[eid] ?? '') && !EID.test(cells[eid] ?? '') ? { cells: shifted, column } : undefined;
}

const EID = /^\s*2-s2\.0-\d+\s*$/;
const NO_AUTHOR = /^\[No author name available\]$/i;

function scopusPeople([short, full, idCell, withAffiliations, paperAffiliations]: readonly (string | undefined)[], notes: CellNotes): People | undefined {
  const shortNames = short === undefined || NO_AUTHOR.test(short) ? [] : splitCell(short, short.includes(';') ? ';' : ',');
  const fullNames = full === undefined ? [] : splitCell(full, ';').map(fullName);
  const named = fullNames.length > 0 && (shortNames.length === 0 || fullNames.length === shortNames.length);
  if (!named && fullNames.length > 0) notes.warn('Author full names', full!, `${fullNames.length} names for ${shortNames.length} authors: the "Authors" names are read`);
  const names = named ? fullNames.map((f) => f.name) : shortNames;
  if (names.length === 0) return undefined;
  const details: AuthorDetail[] = names.map((name, i) => {
    const variant = named ? shortNames[i] : undefined;
    return variant !== undefined && variant !== name ? { variants: [variant] } : {};
  });
  const ids = idCell === undefined ? [] : splitCell(idCell, ';');
  if (ids.length === names.length) ids.forEach((id, i) => (details[i]!.ids = { scopus: id }));
  else if (named && fullNames.every((f) => f.id !== undefined)) fullNames.forEach((f, i) => (details[i]!.ids = { scopus: f.id! }));
  else if (ids.length > 0) notes.warn('Author(s) ID', idCell!, `${ids.length} ids for ${names.length} authors: not tied to the authors`);
  if (withAffiliations !== undefined) {
    const known = paperAffiliations === undefined ? [] : splitCell(paperAffiliations, ';');
    tieAffiliations(details, names, shortNames, splitCell(withAffiliations, ';'), known);
  }
  return { names, details };
}

/** "Hao, Jie (57221302630)": the name, and the Scopus id in brackets. */
function fullName(text: string): { name: string; id?: string } {
  const m = /^(.*?)\s*\((\d+)\)$/.exec(text);
  return m ? { name: m[1]!, id: m[2]! } : { name: text };
}

/**
 * Each "Name, affiliation, …" part given to the author it names, in author order (a cell cut
 * short by Scopus gives fewer parts than authors); each author's text cut into the paper's known
 * affiliations where it can be, else kept as one.
 */
function tieAffiliations(details: AuthorDetail[], names: readonly string[], shortNames: readonly string[], parts: readonly string[], known: readonly string[]): void {
  let next = 0;
  for (const part of parts) {
    for (let i = next; i < names.length; i++) {
      const rest = afterName(part, [names[i]!, shortNames[i], commaForm(shortNames[i])]);
      if (rest === undefined) continue;
      next = i + 1;
      const affiliations = cutAffiliations(rest, known);
      if (affiliations.length === 0) break;
      details[i]!.affiliations = affiliations;
      const countries = distinct(affiliations.map(countryOfAddress).filter((c): c is string => c !== undefined));
      if (countries.length > 0) details[i]!.countries = countries;
      break;
    }
  }
}

/** The text after one of the name forms a part starts with ("" when it is the name alone). */
function afterName(part: string, forms: readonly (string | undefined)[]): string | undefined {
  for (const form of forms) {
    if (form === undefined || form === '') continue;
    if (part === form) return '';
    if (part.startsWith(`${form}, `)) return part.slice(form.length + 2).trim();
  }
  return undefined;
}

/** "Yagai T." → "Yagai, T.", the form older "Authors with affiliations" cells write. */
function commaForm(short: string | undefined): string | undefined {
  const m = short === undefined ? null : /^(.*\S)\s+(\S+)$/.exec(short);
  return m ? `${m[1]}, ${m[2]}` : undefined;
}

/** An author's affiliation text cut into the paper's affiliations it is made of, longest first; else whole. */
function cutAffiliations(text: string, known: readonly string[]): string[] {
  if (text === '') return [];
  const found: string[] = [];
  let rest = text;
  while (rest !== '') {
    const match = known.filter((k) => rest === k || rest.startsWith(`${k}, `)).sort((a, b) => b.length - a.length)[0];
    if (match === undefined) return [text];
    found.push(match);
    rest = rest.slice(match.length).replace(/^,\s*/, '');
  }
  return found;
}
