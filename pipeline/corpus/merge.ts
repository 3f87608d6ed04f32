// One Paper per distinct paper, one Author per person, with every source kept.
//
// Which records are one paper is corpus/identity.ts's job: a shared identifier first, then the
// title when nothing contradicts it. Merge rule for the records of one paper (sources sorted by
// file, then line):
// - title: the first source's; abstract: the longest (pages cut abstracts short);
// - authors: the source that names the most (ties: the first), plus any author another source
//   inferred (a profile's owner) that it lacks; a name only another source gives becomes a
//   variant of the author at its position (or of the only author it may be) when plausibly the
//   same person, else an author of the paper too, so every name read has a paper; author count:
//   the largest any source gives;
// - date: the most complete (a year beats none; ties: the first source);
// - categories: the union in source order; has code: any source says so; upvotes: the largest;
//   identifiers: the union (they agree, or the records would not be one paper);
//   submitter, affiliation, url: the first source that has one.
import type { Author, Corpus, Identifiers, IngestResult, KeptApart, Paper, PaperMerge, Profile, Reject, SourceRecord, SourceRef, Warning } from '../model';
import { compareStrings } from '../compare';
import { recordIdentifiers, unionIdentifiers } from './identifiers';
import { groupRecords, type Identity, type RecordIdentity } from './identity';
import { assignIds } from './ids';
import { chooseDisplayName } from './names';
import { type PaperIdentity, paperIdKeys } from './paper-keys';
import { plausiblySamePerson, SpellingBook } from './persons';
import { titleKey } from './titles';

export function buildCorpus(ingest: IngestResult): Corpus {
  const book = new SpellingBook();
  const rejects: Reject[] = [...ingest.rejects];
  const warnings: Warning[] = [...ingest.warnings];
  const records: SourceRecord[] = [];
  const identities: RecordIdentity[] = [];
  for (const record of [...ingest.records].sort((a, b) => compareRefs(a.source, b.source))) {
    const key = titleKey(record.title);
    if (!key) {
      rejects.push({ source: record.source, reason: 'title has no letters or digits', excerpt: record.title.slice(0, 200) });
      continue;
    }
    const { ids, warnings: idWarnings } = recordIdentifiers(record);
    warnings.push(...idWarnings);
    records.push(record);
    identities.push({ ids, titleKey: key, ...yearOf(record), authors: record.authors ?? [] });
  }

  const identity = groupRecords(identities, (name) => book.person(name));
  const groups = identity.groups.map((members) => members.map((i) => records[i]!));
  const spellings: Spellings = new Map();
  const credits = groups.map((group) => creditAuthors(group, book, spellings));
  addProfileSpellings(spellings, ingest.profiles, book);
  const authorIds = assignIds(spellings.keys(), 'a');
  const idOf = (key: string) => authorIds.get(key)!;

  const identified = identity.groups.map((members, g): PaperIdentity => {
    const firstAuthor = credits[g]!.keys[0];
    return {
      ids: unionIdentifiers(members.map((i) => identities[i]!.ids)),
      titleKey: identities[members[0]!]!.titleKey,
      ...yearOf(datedRecord(groups[g]!)),
      ...(firstAuthor === undefined ? {} : { firstAuthor: idOf(firstAuthor) }),
      firstSource: groups[g]![0]!.source,
    };
  });
  const keys = paperIdKeys(identified);
  const paperIds = assignIds(keys, 'p');
  const ids = keys.map((key) => paperIds.get(key)!);
  const papers = groups
    .map((group, g) => mergePaper(ids[g]!, group, identified[g]!.ids, credits[g]!.keys.map(idOf), credits[g]!.inferred.map(idOf)))
    .sort((a, b) => compareStrings(a.id, b.id));

  return {
    papers,
    authors: buildAuthors(papers, spellings, authorIds, ingest.profiles, book),
    profiles: ingest.profiles,
    files: ingest.files,
    rejects,
    warnings,
    recordCount: ingest.records.length,
    merges: mergeFacts(identity, ids),
  };
}

function yearOf(record: SourceRecord | undefined): { year?: number } {
  return record?.date?.year === undefined ? {} : { year: record.date.year };
}

/** name key → its own spellings (in source order; profiles last, so papers decide the display name) and the variants plausibly-same names lent it. */
type Spellings = Map<string, { own: string[]; lent: string[] }>;

/**
 * A paper's authors as name keys (and those inferred), each name read credited to one of them in
 * `spellings`: as its own spelling, or as a variant of the kept author it plausibly is.
 */
function creditAuthors(records: SourceRecord[], book: SpellingBook, spellings: Spellings): { keys: string[]; inferred: string[] } {
  const named = namingRecord(records);
  const byPosition = (named.authors ?? []).map((raw) => ({ raw, key: book.of(raw).key }));
  const inferred = unique(records.flatMap((r) => r.authorsInferred ?? []).map((raw) => book.of(raw).key).filter(Boolean));
  const keys = new Set([...byPosition.map((a) => a.key).filter(Boolean), ...inferred]);

  const credit = (key: string, name: string, own: boolean) => {
    let entry = spellings.get(key);
    if (!entry) spellings.set(key, (entry = { own: [], lent: [] }));
    (own ? entry.own : entry.lent).push(name);
  };
  for (const r of records) {
    (r.authors ?? []).forEach((raw, position) => {
      const { name, key } = book.of(raw);
      if (!key) return;
      if (keys.has(key)) return credit(key, name, true);
      const samePerson = (kept: { raw: string }) => plausiblySamePerson(book.person(raw), book.person(kept.raw));
      const atPosition = byPosition[position];
      const plausible = atPosition && samePerson(atPosition) ? [atPosition] : byPosition.filter(samePerson);
      if (plausible.length === 1) return credit(plausible[0]!.key, name, false);
      keys.add(key); // none of the kept authors: still this paper's, never an author without papers
      credit(key, name, true);
    });
  }
  return { keys: [...keys], inferred };
}

/** The record whose author list is kept: the one naming the most (ties: the first). */
function namingRecord(records: SourceRecord[]): SourceRecord {
  return records.reduce((best, r) => ((r.authors?.length ?? 0) > (best.authors?.length ?? 0) ? r : best));
}

/** The record whose date is kept: the most complete (a year beats none; ties: the first). */
function datedRecord(records: SourceRecord[]): SourceRecord | undefined {
  return records.reduce<SourceRecord | undefined>(
    (best, r) => (r.date && (!best?.date || (best.date.year === undefined && r.date.year !== undefined)) ? r : best),
    undefined,
  );
}

function mergePaper(id: string, records: SourceRecord[], ids: Identifiers, authors: string[], inferredAuthors: string[]): Paper {
  const first = records[0]!;
  const named = namingRecord(records);
  const dated = datedRecord(records);
  const firstOf = <K extends 'submitter' | 'affiliation' | 'url'>(field: K) => records.find((r) => r[field])?.[field];
  const upvotes = records.map((r) => r.upvotes).filter((v): v is number => v !== undefined);

  return {
    id,
    title: first.title,
    abstract: records.reduce((best, r) => ((r.abstract?.length ?? 0) > best.length ? r.abstract! : best), ''),
    authors,
    inferredAuthors,
    authorCount: Math.max(authors.length, ...records.map((r) => r.authorCount ?? 0)),
    authorsTruncated: named.authorsTruncated ?? false,
    ...(dated?.date?.year !== undefined ? { year: dated.date.year } : {}),
    ...(dated?.date ? { date: isoDate(dated.date) } : {}),
    categories: unique(records.flatMap((r) => r.categories ?? [])),
    hasCode: records.some((r) => r.hasCode),
    ...definedFields({
      submitter: firstOf('submitter'),
      affiliation: firstOf('affiliation'),
      url: firstOf('url'),
      upvotes: upvotes.length ? Math.max(...upvotes) : undefined,
    }),
    ids,
    sources: records.map((r) => r.source),
  };
}

/** A profile names its owner, who is an author of its papers; it makes no author of its own. */
function addProfileSpellings(spellings: Spellings, profiles: Profile[], book: SpellingBook): void {
  for (const profile of profiles) {
    const { name, key } = book.of(profile.name);
    spellings.get(key)?.own.push(name);
  }
}

function buildAuthors(
  papers: Paper[],
  spellings: Spellings,
  authorIds: Map<string, string>,
  profiles: Profile[],
  book: SpellingBook,
): Author[] {
  const paperIdsOf = new Map<string, string[]>();
  for (const paper of papers) {
    for (const a of paper.authors) {
      const list = paperIdsOf.get(a);
      if (list) list.push(paper.id);
      else paperIdsOf.set(a, [paper.id]);
    }
  }
  const profileOf = new Map(profiles.map((p) => [book.of(p.name).key, p.stats]));
  const authors: Author[] = [];
  for (const [key, { own, lent }] of spellings) {
    const id = authorIds.get(key)!;
    const name = chooseDisplayName(own);
    const profile = profileOf.get(key);
    authors.push({
      id,
      name,
      variants: unique([...own, ...lent].filter((n) => n !== name)).sort(compareStrings),
      paperIds: (paperIdsOf.get(id) ?? []).sort(compareStrings),
      ...(profile ? { profile } : {}),
    });
  }
  return authors.sort((a, b) => compareStrings(a.id, b.id));
}

/** The identity's groups and pairs, named by paper id. */
function mergeFacts(identity: Identity, ids: string[]): Corpus['merges'] {
  const merged: PaperMerge[] = identity.groups
    .map((members, g) => ({ paperId: ids[g]!, rules: identity.rules[g]!, members }))
    .filter((m) => m.members.length > 1)
    .map(({ paperId, rules }) => ({ paperId, rules }));
  const keptApart: KeptApart[] = identity.keptApart.map(({ groups: [a, b], shared, reasons }) => ({ paperIds: [ids[a]!, ids[b]!], shared, reasons }));
  return {
    merged: merged.sort((x, y) => compareStrings(x.paperId, y.paperId)),
    keptApart: keptApart.sort((x, y) => compareStrings(x.paperIds[0], y.paperIds[0]) || compareStrings(x.paperIds[1], y.paperIds[1])),
  };
}

function isoDate(date: NonNullable<SourceRecord['date']>): string {
  if (date.year === undefined) return date.raw;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.month === undefined) return String(date.year);
  return date.day === undefined ? `${date.year}-${pad(date.month)}` : `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

function compareRefs(a: SourceRef, b: SourceRef): number {
  return compareStrings(a.file, b.file) || a.line - b.line;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function definedFields<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}
