// One Web of Science cited reference ("Aria M, 2017, J INFORMETR, V11, P959, DOI 10.1016/j.joi.2017.08.007")
// to what it names: first author, year, source, volume, page and DOI. Parts it does not have
// ("[Anonymous], 2012, REQ PRACT STRICT MAN.") are left out; the raw text is always kept.
import type { CitedReference } from '../model';

const YEAR = /^\d{4}$/;
const VOLUME = /^V(\S+)$/;
/** "P959", "PE1234": a page or article number (a source such as "P IEEE …" has a space). */
const PAGE = /^P(\S+)$/;
const DOI = /\bDOI\s+(\[[^\]]*\]?|\S+)/;

export function parseWosReference(raw: string): CitedReference {
  const text = raw.trim();
  const reference: CitedReference = { raw: text };
  const parts = splitOutsideBrackets(text.replace(/\.$/, ''));
  let i = 0;
  if (parts[i] !== undefined && !YEAR.test(parts[i]!)) reference.firstAuthor = parts[i++]!;
  if (parts[i] !== undefined && YEAR.test(parts[i]!)) reference.year = Number(parts[i++]);
  if (parts[i] !== undefined && !VOLUME.test(parts[i]!) && !PAGE.test(parts[i]!) && !DOI.test(parts[i]!)) reference.source = parts[i++]!;
  for (const part of parts.slice(i)) {
    const volume = VOLUME.exec(part)?.[1];
    const page = PAGE.exec(part)?.[1];
    if (volume !== undefined) reference.volume ??= volume;
    else if (page !== undefined) reference.page ??= page;
  }
  // "DOI [10.1/a, 10.2/b]" lists the DOIs of one work: the first is enough to find it.
  const doi = DOI.exec(text)?.[1]?.replace(/^\[/, '').split(/[,\]]/)[0]?.replace(/\.$/, '').trim();
  if (doi) reference.ids = { doi };
  return reference;
}

/** ", "-separated parts; a part in brackets ("[计算机应用研究, Application Research of Computers]") stays whole. */
function splitOutsideBrackets(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0 && /\s/.test(text[i + 1] ?? '')) {
      parts.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  parts.push(text.slice(from).trim());
  return parts;
}
