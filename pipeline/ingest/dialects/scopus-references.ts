// Scopus's "References" cell: references joined by "; ", each in one of two layouts:
//   older: "Barth, C., Electro-mechanical properties … (2015) Supercond. Sci. Technol., 28 (4), pp. 1-5"
//   newer: "Adkin A.L., Campbell A.D., The Influence of …, Neuroscience Letters, 435, 2, pp. 120-125, (2008)"
// Some exports separate a reference's own authors with "; " too ("Aria M.; Cuccurullo C.,
// bibliometrix: …, (2017)"), so a part that is a lone author name starts the reference that follows.
import type { CitedReference } from '../../model';

/** "Aria M.", "Yip, C.-H.", "van Kempen E.E.M.M.", "Hudson Jr. J.": a name and nothing else. */
const NAME_ONLY = /^(?:[\p{L}'’-]+\.?\s+){0,4}[\p{L}'’-]+,?\s+(?:\p{Lu}\p{Ll}?\.\s?-?\s?)+$/u;
/** Initials after a surname's comma: "C.", "W.E.", "C.-H.". */
const INITIALS = /^(?:\p{Lu}\p{Ll}?\.\s?-?\s?)+$/u;
// Names and initials are short and end in a dot: checked first, the patterns only run on what may be one.
const isNameOnly = (text: string) => text.length <= 80 && text.endsWith('.') && NAME_ONLY.test(text);
const isInitials = (text: string) => text.length <= 16 && text.endsWith('.') && INITIALS.test(text);
/**
 * "Bryant", "O'Reilly": a family name alone, as older Scopus records give authors without initials
 * ("Carp, Wheeler, Sink or Swim: … (1972) Journal of Public Law, 21, p. 359"); a word with a
 * lower-case letter, so that an acronym ("WHO", "BCL-2") is not taken for one.
 */
const SURNAME_ONLY = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;
const isSurnameOnly = (text: string) => text.length <= 40 && SURNAME_ONLY.test(text);
const YEAR_IN = /\((\d{4})\)/g;
const DOI_IN = /\b(10\.\d{4,9}\/[^\s,;]+)/;
const PAGES = /\bpp?\.\s*(\p{L}{0,2}\d+[\p{L}\d]*)/u;
const ARTICLE_NO = /\bart\.\s*no\.\s*([\w.-]+)/i;

export function splitScopusReferences(cell: string): string[] {
  const references: string[] = [];
  let names: string[] = [];
  for (const part of cell.split(/;\s+|;$/)) {
    const text = part.trim();
    if (text === '') continue;
    if (isNameOnly(text)) {
      names.push(text);
      continue;
    }
    references.push(names.length > 0 ? `${names.join('; ')}; ${text}` : text);
    names = [];
  }
  // Names with nothing after them are a reference cut short: kept, not dropped.
  if (names.length > 0) references.push(names.join('; '));
  return references;
}

export function parseScopusReference(raw: string): CitedReference {
  const reference: CitedReference = { raw };
  const years = [...raw.matchAll(YEAR_IN)];
  const year = years.at(-1);
  if (year) reference.year = Number(year[1]);
  const author = firstAuthor(raw);
  if (author !== undefined) reference.firstAuthor = author;
  const doi = DOI_IN.exec(raw)?.[1];
  if (doi !== undefined) reference.ids = { doi: doi.replace(/[.)]+$/, '') };
  const page = PAGES.exec(raw)?.[1] ?? ARTICLE_NO.exec(raw)?.[1];
  if (page !== undefined) reference.page = page;
  if (!year) return reference;
  // The newer layout ends in its year; the older one has the source after it.
  const yearAtEnd = /\(\d{4}\)\W*$/.test(raw);
  const described = yearAtEnd ? newerLayout(raw.slice(0, year.index)) : olderLayout(raw, year.index!, year[0].length);
  return { ...reference, ...described };
}

/** "Barth, C., …" and "Adkin A.L., …": the first name; none for a corporate or anonymous reference. */
function firstAuthor(raw: string): string | undefined {
  const head = raw.split(/;\s/, 1)[0]!;
  if (head !== raw && isNameOnly(head.trim())) return head.trim();
  const parts = raw.split(/,\s*/);
  if (parts.length > 1 && isInitials(parts[1]!) && /^[\p{L}'’ .-]+$/u.test(parts[0]!)) return `${parts[0]}, ${parts[1]}`;
  if (isNameOnly(parts[0]!)) return parts[0];
  return parts.length > 1 && isSurnameOnly(parts[0]!) ? parts[0] : undefined;
}

/** "… Title (2015) Source, 28 (4), pp. 3398-3401": the source and volume after the year, the title before it. */
function olderLayout(raw: string, at: number, length: number): Partial<CitedReference> {
  const out: Partial<CitedReference> = {};
  const after = raw.slice(at + length).trim();
  const [source, volume] = after.split(/,\s*/);
  if (source && source.trim() !== '') out.source = source.trim();
  const vol = /^(\d[\w-]*)/.exec(volume?.trim() ?? '')?.[1];
  if (vol !== undefined) out.volume = vol;
  const title = withoutAuthors(raw.slice(0, at));
  if (title !== undefined) out.title = title;
  return out;
}

/** "Authors, Title, Source, 435, 2, pp. 120-125, ": read from the end, where the numbers are. */
function newerLayout(head: string): Partial<CitedReference> {
  const out: Partial<CitedReference> = {};
  const parts = head.replace(/[,\s]+$/, '').split(/,\s+/);
  while (parts.length > 0 && /^(?:pp?\.|art\. no\.)/i.test(parts.at(-1)!)) parts.pop();
  const numbers: string[] = [];
  while (parts.length > 1 && /^\d[\w-]*$/.test(parts.at(-1)!)) numbers.unshift(parts.pop()!);
  if (numbers[0] !== undefined) out.volume = numbers[0];
  const rest = withoutAuthors(parts.join(', '));
  if (rest === undefined) return out;
  const cut = rest.lastIndexOf(', ');
  if (cut < 0) out.source = rest;
  else {
    out.title = rest.slice(0, cut);
    out.source = rest.slice(cut + 2);
  }
  return out;
}

/** The text after the leading author names ("Barth, C., ", "Adkin A.L., Chua R., " or "Carp, Wheeler, "), if any is left. */
function withoutAuthors(text: string): string | undefined {
  const parts = text.split(/(?:,|;)\s+/);
  // Family names alone only where the first author is one: elsewhere a title may start with a word and a comma.
  const surnames = parts.length > 1 && isSurnameOnly(parts[0]!);
  let i = 0;
  while (i < parts.length) {
    if (i + 1 < parts.length && isInitials(parts[i + 1]!) && /^[\p{L}'’ .-]+$/u.test(parts[i]!)) i += 2;
    else if (isNameOnly(parts[i]!)) i += 1;
    else if (surnames && i + 1 < parts.length && isSurnameOnly(parts[i]!)) i += 1;
    else break;
  }
  const rest = parts.slice(i).join(', ').trim().replace(/[,.\s]+$/, '');
  return rest === '' ? undefined : rest;
}
