// What an export says of each author, gathered while its fields are read and then written as
// SourceRecord.authors and authorDetails: one detail per name, in order, with the countries of
// the author's affiliations (countries.ts). Names stay as the source writes its fullest form;
// its other forms become variants.
import type { AuthorDetail, AuthorIdKind, SourceRecord } from '../model';
import { countriesOf } from './countries';

export interface AuthorFacts {
  name: string;
  variants: string[];
  affiliations: string[];
  orcid?: string;
  ids: Partial<Record<AuthorIdKind, string>>;
}

export function newAuthor(name: string): AuthorFacts {
  return { name, variants: [], affiliations: [], ids: {} };
}

/** `authors`, and `authorDetails` when anything is known of any of them. */
export function authorFields(authors: readonly AuthorFacts[]): Pick<SourceRecord, 'authors' | 'authorDetails'> {
  if (authors.length === 0) return {};
  const details = authors.map(detailOf);
  const names = authors.map((a) => a.name);
  return details.some((d) => Object.keys(d).length > 0) ? { authors: names, authorDetails: details } : { authors: names };
}

function detailOf(author: AuthorFacts): AuthorDetail {
  const detail: AuthorDetail = {};
  const variants = unique(author.variants).filter((v) => v !== author.name);
  if (variants.length > 0) detail.variants = variants;
  if (author.orcid !== undefined) detail.orcid = author.orcid;
  if (Object.keys(author.ids).length > 0) detail.ids = { ...author.ids };
  const affiliations = unique(author.affiliations);
  if (affiliations.length > 0) {
    detail.affiliations = affiliations;
    const countries = countriesOf(affiliations);
    if (countries.length > 0) detail.countries = countries;
  }
  return detail;
}

/** An address without the full stop that WoS and MEDLINE end each with: punctuation of the export, not of the address. */
export function addressText(raw: string): string {
  return raw.trim().replace(/\.$/, '');
}

export function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
