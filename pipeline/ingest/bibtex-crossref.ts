// BibTeX's crossref: an entry takes what it lacks from the entry it names, usually its
// proceedings or book. Done on the records: the parent may come before or after the child (BibTeX
// wants it after), so a child waits, already in its place among the records, until its parent
// is read. Only the parent's venue, date, authors, volume, issue and language pass down; its
// title becomes the child's venue when the parent is a proceedings, a book or the like.
import type { SourceRecord } from '../model';
import type { Collector } from './result';

export interface EntryFacts {
  record: SourceRecord;
  type: string;
  key: string;
  /** The key it cross-references, as written. */
  crossref?: string;
}

const CONTAINERS = new Set(['proceedings', 'mvproceedings', 'book', 'mvbook', 'collection', 'mvcollection', 'reference', 'mvreference', 'periodical']);

export class Crossrefs {
  /** Keys compare without case, as BibTeX compares them; the first entry of a key is the one named. */
  private readonly entries = new Map<string, EntryFacts>();
  private readonly waiting = new Map<string, EntryFacts[]>();

  add(facts: EntryFacts): void {
    const key = facts.key.toLowerCase();
    if (key !== '' && !this.entries.has(key)) this.entries.set(key, facts);
    if (facts.crossref !== undefined) {
      const parentKey = facts.crossref.toLowerCase();
      const parent = this.entries.get(parentKey);
      if (parent) inherit(facts.record, parent);
      else this.waiting.set(parentKey, [...(this.waiting.get(parentKey) ?? []), facts]);
    }
    const children = this.waiting.get(key);
    if (children === undefined) return;
    for (const child of children) inherit(child.record, facts);
    this.waiting.delete(key);
  }

  /** The children whose parent never came are warned about. */
  finish(out: Collector): void {
    for (const children of this.waiting.values()) {
      for (const { record, crossref } of children) {
        out.warn(record.source.line, record.source.endLine!, 'crossref', crossref!, `no entry with the key "${crossref}" in this file: nothing inherited`);
      }
    }
    this.waiting.clear();
  }
}

function inherit(child: SourceRecord, parent: EntryFacts): void {
  const from = parent.record;
  const venue = from.venue ?? (CONTAINERS.has(parent.type) ? from.title : undefined);
  if (child.venue === undefined && venue !== undefined) child.venue = venue;
  if (child.date === undefined && from.date !== undefined) child.date = { ...from.date };
  // As in BibTeX, a chapter without authors has its book's.
  if (child.authors === undefined && from.authors !== undefined) child.authors = [...from.authors];
  for (const field of ['volume', 'issue', 'language'] as const) {
    const value = from[field];
    if (child[field] === undefined && value !== undefined) child[field] = value;
  }
}
