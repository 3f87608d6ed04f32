// Where a topic's papers are listed. Each paper gets one home (a JSON table, a Web of Science
// record, an author's profile page, a listing page with counts or a bare listing page), and about a tenth get a second
// listing elsewhere, as real sources overlap: first the papers a profile owner wrote that sit
// elsewhere (the profile page lists them too), then random ones. A second listing prints the
// title with other casing or punctuation half of the time.
//
// A profile page's owner must be an author of every paper on it: the owners are the topic's most
// prolific authors, each page is filled with its owner's papers first, and an owner is added to
// the byline of the other papers its page has to take (as a real profile holds its owner's work).
import type { AuthorRegistry, TopicAuthors } from './authors';
import { dayIndex } from './dates';
import { titleVariant } from './english';
import type { Paper } from './papers';
import { type Rng, Weighted } from './rng';

export type Kind = 'table' | 'wos' | 'profile' | 'listing' | 'bare';

/** One paper as one file prints it. */
export interface Listing {
  paper: Paper;
  title: string;
}

export interface ProfilePage {
  owner: number;
  /** Newest first. */
  entries: Listing[];
}

export interface TopicPlacement {
  tables: Listing[];
  /** Web of Science records: the papers whose reference lists the corpus shows. */
  records: Listing[];
  listings: Listing[];
  bares: Listing[];
  profiles: ProfilePage[];
}

/** Homes: 28 % tables and 25 % WoS records (the full author lists); the rest over the three page shapes. */
const HOMES: readonly Kind[] = ['table', 'wos', 'profile', 'listing', 'bare'];
const HOME_SHARES = new Weighted([0.28, 0.25, 0.25, 0.14, 0.08]);
const SECOND_HOMES = ['table', 'wos', 'listing', 'bare'] as const;
const PROFILE_PAGE_TARGET = 40;
const PROFILE_PAGE_MAX = 60;
const DUPLICATED = 0.1;
const VARIANT_TITLE = 0.5;
/** Bylines a page would cut to "et al." anyway; longer ones (consortia) live in tables. */
const MAX_PAGE_TEAM = 15;

export function placeTopic(papers: readonly Paper[], authors: TopicAuthors, registry: AuthorRegistry, rng: Rng): TopicPlacement {
  const homes = papers.map((p) => (p.authors.length > MAX_PAGE_TEAM ? 'table' : HOMES[HOME_SHARES.draw(rng)]!));
  const pages = buildProfilePages(papers, homes, authors, rng);
  for (const page of pages) registry.setOwner(page.owner);

  let budget = rng.round(DUPLICATED * papers.length);
  const spend = (paper: Paper) => {
    if (++paper.copies === 2) budget--;
  };
  for (const page of pages) {
    papers.forEach((paper, i) => {
      if (budget > 0 && page.members.size < PROFILE_PAGE_MAX && !page.members.has(i) && paper.authors.includes(page.owner)) {
        page.members.add(i);
        page.order.push(i);
        spend(paper);
      }
    });
  }
  const extra: Exclude<Kind, 'profile'>[][] = papers.map(() => []);
  for (let tries = 0; budget > 0 && tries < 3 * papers.length; tries++) {
    const i = rng.int(0, papers.length - 1);
    const paper = papers[i]!;
    if (paper.copies > 1) continue;
    extra[i]!.push(rng.pick(SECOND_HOMES.filter((k) => k !== homes[i])));
    spend(paper);
  }

  const placement: TopicPlacement = { tables: [], records: [], listings: [], bares: [], profiles: [] };
  const printed = (i: number, home: boolean): Listing => {
    const paper = papers[i]!;
    return { paper, title: home || !rng.chance(VARIANT_TITLE) ? paper.title : titleVariant(paper.title, rng) };
  };
  const lists: Record<Exclude<Kind, 'profile'>, Listing[]> = { table: placement.tables, wos: placement.records, listing: placement.listings, bare: placement.bares };
  papers.forEach((_, i) => {
    const home = homes[i]!;
    if (home !== 'profile') lists[home].push(printed(i, true));
    for (const kind of extra[i]!) lists[kind].push(printed(i, false));
  });
  for (const page of pages) {
    const entries = page.order.map((i) => printed(i, page.homes.has(i)));
    entries.sort((a, b) => dayIndex(b.paper.day) - dayIndex(a.paper.day));
    placement.profiles.push({ owner: page.owner, entries });
  }
  return placement;
}

interface PageDraft {
  owner: number;
  /** Paper indices in the order they joined. */
  order: number[];
  members: Set<number>;
  /** The papers whose home this page is. */
  homes: Set<number>;
}

/** Pages of about 40 for the papers whose home is a profile page; owners joined to bylines where needed. */
function buildProfilePages(papers: readonly Paper[], homes: Kind[], authors: TopicAuthors, rng: Rng): PageDraft[] {
  const bucket = homes.flatMap((h, i) => (h === 'profile' ? [i] : []));
  if (bucket.length === 0) return [];
  const owners = authors.members().slice(0, Math.max(1, Math.round(bucket.length / PROFILE_PAGE_TARGET)));
  if (owners.length === 0) {
    for (const i of bucket) homes[i] = 'listing';
    return [];
  }
  const pages: PageDraft[] = owners.map((owner) => ({ owner, order: [], members: new Set(), homes: new Set() }));
  const capacity = Math.ceil(bucket.length / pages.length);
  for (const i of bucket) {
    const paper = papers[i]!;
    const fewest = (list: PageDraft[]) => list.reduce((best, p) => (p.order.length < best.order.length ? p : best));
    const own = pages.filter((p) => p.order.length < capacity && paper.authors.includes(p.owner));
    const page = own.length > 0 ? fewest(own) : fewest(pages);
    if (!paper.authors.includes(page.owner)) paper.authors.splice(rng.int(0, paper.authors.length), 0, page.owner);
    page.order.push(i);
    page.members.add(i);
    page.homes.add(i);
  }
  return pages;
}
