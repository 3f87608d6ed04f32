// The text of each input shape, line for line as the seed captures show it:
//   profile page (seeds/000_…): owner, figures, "K Papers", then per paper a glued
//     category/date/Code line, the title, the author line ("A, B, C et al. · eth-zurich"), the abstract;
//   listing page (seeds/001_…, 003_…): site chrome, then per paper title, abstract,
//     "  • N authors" or an organisation line, "·", the date (and upvotes);
//   bare listing (seeds/002_…): site chrome, then titles and abstracts;
//   JSON table: one object per paper with the full author list, an ISO date and mostly its DOI;
//   (Web of Science records: wos-record.ts.)
import { isoDate, pageDate } from './dates';
import { paperDoi } from './paper-index';
import type { Listing, ProfilePage } from './placement';
import type { Rng } from './rng';
import { ORGANISATIONS } from './words';

export type NameOf = (serial: number) => string;

/** Share of page dates printed without their year ("Mar 4"), as the real pages do. */
const YEARLESS = 0.1;
/** Authors a profile page names before "et al.". */
const SHOWN_AUTHORS = 3;

export function profilePage(page: ProfilePage, category: string, nameOf: NameOf, rng: Rng): string {
  const k = page.entries.length;
  const citations = Math.round(k * 20 * Math.exp(1.2 * rng.float() + 0.5 * rng.float()));
  const lines = [
    nameOf(page.owner),
    '',
    category,
    `h-index${Math.max(1, Math.round(0.5 * Math.sqrt(citations)))}`,
    `${k}papers`,
    `${thousands(citations)}citations`,
    `Novelty${rng.int(20, 90)}%`,
    `AI Score${rng.int(10, 95)}`,
    '',
    `${k} Papers`,
    '',
  ];
  for (const { paper, title } of page.entries) {
    const shown = paper.authors.slice(0, SHOWN_AUTHORS).map(nameOf).join(', ');
    const etAl = paper.authors.length > SHOWN_AUTHORS ? ' et al.' : '';
    const tail = paper.affiliation ? ` · ${paper.affiliation}` : '';
    const date = pageDate(paper.day, !rng.chance(YEARLESS));
    lines.push(`${paper.categories.join('')}${date}${paper.hasCode ? 'Code' : ''}`, title, '', `${shown}${etAl}${tail}`, '', paper.abstract, '');
  }
  return lines.join('\n');
}

export function listingPage(entries: readonly Listing[], rng: Rng): string {
  const lines = chrome(rng, true);
  for (const { paper, title } of entries) {
    const byline = rng.chance(0.05) ? rng.pick(ORGANISATIONS) : `  • ${paper.authors.length} authors`;
    const date = pageDate(paper.day, !rng.chance(YEARLESS));
    const upvotes = rng.chance(0.35) ? ` ${rng.pareto(1.1, 999)}` : '';
    lines.push(title, '', paper.abstract, '', byline, '·', `${date}${upvotes}`, '');
  }
  return lines.join('\n');
}

export function bareListingPage(entries: readonly Listing[], rng: Rng): string {
  const lines = chrome(rng, false);
  // Now and then a title stands alone, its abstract lost in the copy (as in seeds/002_…).
  for (const { paper, title } of entries) lines.push(title, '', rng.chance(0.01) ? '' : paper.abstract, '');
  return lines.join('\n');
}

/** 5508 → "5,508", the same on every machine (toLocaleString depends on the ICU build). */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The site header above a listing, ending with the page's own date (never with a year). */
function chrome(rng: Rng, daily: boolean): string[] {
  const head = ['new', '', 'Get trending papers in your email inbox!', '', 'Subscribe', ''];
  if (daily) head.push('Daily Papers', '');
  const day = { year: 2026, month: rng.int(1, 12), day: rng.int(1, 28) };
  head.push('byAK and the research community', '', pageDate(day, false), '');
  return head;
}

export function tableRow({ paper, title }: Listing, nameOf: NameOf): string {
  return JSON.stringify({
    title,
    authors: paper.authors.map(nameOf),
    abstract: paper.abstract,
    date: isoDate(paper.day),
    categories: paper.categories,
    ...(paper.publication?.doiListed ? { doi: paperDoi(paper.serial) } : {}),
  });
}
