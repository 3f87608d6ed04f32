// One Paper per distinct paper, one Author per person, with every source kept.
//
// Merge rule for the records of one paper (sources sorted by file, then line):
// - title: the first source's; abstract: the longest (pages cut abstracts short);
// - authors: the source that names the most (ties: the first), plus any author another source
//   inferred (a profile's owner) that it lacks; author count: the largest any source gives;
// - date: the most complete (a year beats none; ties: the first source);
// - categories: the union in source order; has code: any source says so; upvotes: the largest;
//   submitter, affiliation, doi, url: the first source that has one.
import type { Author, Corpus, IngestResult, Paper, Profile, Reject, SourceRecord, SourceRef } from '../model';
import { compareStrings } from '../compare';
import { assignIds } from './ids';
import { chooseDisplayName, cleanName, nameKey } from './names';
import { titleKey } from './titles';

export function buildCorpus(ingest: IngestResult): Corpus {
  const rejects: Reject[] = [...ingest.rejects];
  const groups = new Map<string, SourceRecord[]>();
  for (const record of [...ingest.records].sort((a, b) => compareRefs(a.source, b.source))) {
    const key = titleKey(record.title);
    if (!key) {
      rejects.push({ source: record.source, reason: 'title has no letters or digits', excerpt: record.title.slice(0, 200) });
      continue;
    }
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }

  const spellings = collectSpellings(groups.values(), ingest.profiles);
  const authorIds = assignIds(spellings.keys(), 'a');
  const paperIds = assignIds(groups.keys(), 'p');

  const papers: Paper[] = [];
  for (const [key, records] of groups) {
    papers.push(mergePaper(paperIds.get(key)!, records, (name) => authorIds.get(nameKey(name))!));
  }
  papers.sort((a, b) => compareStrings(a.id, b.id));

  return {
    papers,
    authors: buildAuthors(papers, spellings, authorIds, ingest.profiles),
    profiles: ingest.profiles,
    files: ingest.files,
    rejects,
    warnings: ingest.warnings,
    recordCount: ingest.records.length,
  };
}

function mergePaper(id: string, records: SourceRecord[], authorIdOf: (name: string) => string): Paper {
  const first = records[0]!;
  const named = records.reduce((best, r) => ((r.authors?.length ?? 0) > (best.authors?.length ?? 0) ? r : best), first);
  const authors = unique((named.authors ?? []).map(authorIdOf));
  const inferredAuthors = unique(records.flatMap((r) => r.authorsInferred ?? []).map(authorIdOf));
  for (const inferred of inferredAuthors) if (!authors.includes(inferred)) authors.push(inferred);
  const dated = records.reduce<SourceRecord | undefined>(
    (best, r) => (r.date && (!best?.date || (best.date.year === undefined && r.date.year !== undefined)) ? r : best),
    undefined,
  );
  const firstOf = <K extends 'submitter' | 'affiliation' | 'doi' | 'url'>(field: K) => records.find((r) => r[field])?.[field];
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
      doi: firstOf('doi'),
      url: firstOf('url'),
      upvotes: upvotes.length ? Math.max(...upvotes) : undefined,
    }),
    sources: records.map((r) => r.source),
  };
}

/** name key → every spelling seen, in source order (profiles last, so papers decide the display name). */
function collectSpellings(groups: Iterable<SourceRecord[]>, profiles: Profile[]): Map<string, string[]> {
  const spellings = new Map<string, string[]>();
  const add = (raw: string) => {
    const name = cleanName(raw);
    const key = nameKey(name);
    if (!key) return;
    const list = spellings.get(key);
    if (list) list.push(name);
    else spellings.set(key, [name]);
  };
  for (const records of groups) for (const r of records) for (const name of r.authors ?? []) add(name);
  for (const profile of profiles) add(profile.name);
  return spellings;
}

function buildAuthors(
  papers: Paper[],
  spellings: Map<string, string[]>,
  authorIds: Map<string, string>,
  profiles: Profile[],
): Author[] {
  const paperIdsOf = new Map<string, string[]>();
  for (const paper of papers) {
    for (const a of paper.authors) {
      const list = paperIdsOf.get(a);
      if (list) list.push(paper.id);
      else paperIdsOf.set(a, [paper.id]);
    }
  }
  const profileOf = new Map(profiles.map((p) => [nameKey(p.name), p.stats]));
  const authors: Author[] = [];
  for (const [key, names] of spellings) {
    const id = authorIds.get(key)!;
    const name = chooseDisplayName(names);
    const profile = profileOf.get(key);
    authors.push({
      id,
      name,
      variants: unique(names.filter((n) => n !== name)).sort(compareStrings),
      paperIds: (paperIdsOf.get(id) ?? []).sort(compareStrings),
      ...(profile ? { profile } : {}),
    });
  }
  return authors.sort((a, b) => compareStrings(a.id, b.id));
}

function isoDate(date: NonNullable<SourceRecord['date']>): string {
  if (date.year === undefined) return date.raw;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.month === undefined) return String(date.year);
  return date.day === undefined ? `${date.year}-${pad(date.month)}` : `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function compareRefs(a: SourceRef, b: SourceRef): number {
  return compareStrings(a.file, b.file) || a.line - b.line;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function definedFields<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}
