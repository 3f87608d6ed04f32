// One Paper per distinct paper, one Author per person, with every source kept.
//
// Which records are one paper is corpus/identity.ts's job: a shared identifier first, then the
// title when nothing contradicts it; who is one person is corpus/people.ts's. Merge rule for the
// records of one paper (sources sorted by file, then line):
// - title: the first source's; abstract: the longest (pages cut abstracts short);
// - authors: the source that names the most, plus inferred authors and the names only other
//   sources give (corpus/credit.ts); author count: the largest any source gives;
// - date: the most complete (a year beats none; ties: the first source); when no source gives a
//   year, the year and month of the arXiv id (dateFrom says so);
// - categories: the union in source order; has code: any source says so; upvotes: the largest;
//   identifiers: the union (they agree, or the records would not be one paper);
//   submitter, affiliation, url: the first source that has one;
// - venue, volume, issue, pages, document type, language, keywords, affiliations, cited-by count
//   and references: see corpus/paper-fields.ts.
import type { Corpus, Identifiers, IngestResult, KeptApart, Paper, PaperMerge, Reject, SourceRecord, SourceRef, Warning } from '../model';
import { compareStrings } from '../compare';
import { arxivMonth } from './arxiv-date';
import { buildAuthors } from './authors';
import { creditAuthors, namingRecord } from './credit';
import { unknownDocumentTypes } from './document-types';
import { recordIdentifiers, unionIdentifiers } from './identifiers';
import { groupRecords, type Identity, type RecordIdentity } from './identity';
import { assignIds } from './ids';
import { publicationFields } from './paper-fields';
import { type PaperIdentity, paperIdKeys } from './paper-keys';
import { resolvePeople } from './people';
import { SpellingBook } from './persons';
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
  warnings.push(...unknownDocumentTypes(records));

  const identity = groupRecords(identities, (name) => book.person(name));
  const groups = identity.groups.map((members) => members.map((i) => records[i]!));
  const slots = groups.map((group) => creditAuthors(group, book));
  const people = resolvePeople(slots, book, warnings);
  const idOfKey = assignIds(people.persons.map((p) => p.key), 'a');
  const authorIds = people.persons.map((p) => idOfKey.get(p.key)!);
  /** Paper g's author ids in order, each once (`only`: the slots to take, by position). */
  const authorsOf = (g: number, only: (slot: number) => boolean = () => true) => {
    const ids: string[] = [];
    for (let s = people.slotStart[g]!; s < people.slotStart[g + 1]!; s++) if (only(s - people.slotStart[g]!)) ids.push(authorIds[people.person[s]!]!);
    return unique(ids);
  };

  const identified = identity.groups.map((members, g): PaperIdentity => {
    const firstAuthor = people.slotStart[g]! < people.slotStart[g + 1]! ? people.person[people.slotStart[g]!] : undefined;
    return {
      ids: unionIdentifiers(members.map((i) => identities[i]!.ids)),
      titleKey: identities[members[0]!]!.titleKey,
      ...yearOf(datedRecord(groups[g]!)),
      ...(firstAuthor === undefined ? {} : { firstAuthor: authorIds[firstAuthor]! }),
      firstSource: groups[g]![0]!.source,
    };
  });
  const keys = paperIdKeys(identified);
  const paperIds = assignIds(keys, 'p');
  const ids = keys.map((key) => paperIds.get(key)!);
  const papers = groups
    .map((group, g) => mergePaper(ids[g]!, group, identified[g]!.ids, authorsOf(g), authorsOf(g, (slot) => slots[g]![slot]!.inferred)))
    .sort((a, b) => compareStrings(a.id, b.id));

  return {
    papers,
    authors: buildAuthors(ids, slots, people, authorIds, ingest.profiles, book),
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
  const dated = datedRecord(records)?.date;
  const fromArxiv = dated?.year === undefined && ids.arxiv !== undefined ? arxivMonth(ids.arxiv) : undefined;
  const date = fromArxiv ? { raw: ids.arxiv!, ...fromArxiv } : dated;
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
    ...(date?.year !== undefined ? { year: date.year } : {}),
    ...(date ? { date: isoDate(date) } : {}),
    ...(fromArxiv ? { dateFrom: 'arxiv-id' as const } : {}),
    categories: unique(records.flatMap((r) => r.categories ?? [])),
    hasCode: records.some((r) => r.hasCode),
    ...definedFields({
      submitter: firstOf('submitter'),
      affiliation: firstOf('affiliation'),
      url: firstOf('url'),
      upvotes: upvotes.length ? Math.max(...upvotes) : undefined,
    }),
    ids,
    ...publicationFields(records),
    sources: records.map((r) => r.source),
  };
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
