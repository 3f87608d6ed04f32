// Which records are the same paper. Records come in (file, line) order, so the groups are the same
// whatever the order of the inputs. Two passes:
// 1. identifiers: records that share a normalised identifier (DOI, arXiv id, …) are one paper,
//    unless an identifier of another kind differs between them;
// 2. titles: what is left that shares a title key is one paper when nothing contradicts it —
//    no identifier of one kind differs, no two years are more than one apart, and every two
//    records that both name authors share at least one (initials compatible). A generic title
//    ("Introduction", fewer than three words) never merges on its own.
// A record or group joins a group only if it contradicts none of its members, checked against
// summaries (identifiers, year range, distinct author lists), never against every member. Each
// key is compared with at most MAX_PAPERS_PER_KEY papers, so a key that thousands of different
// papers share costs no more than a common one.
import type { Identifiers, MergeRule } from '../model';
import { IDENTIFIER_KINDS, identifierLabel } from './identifiers';
import { AuthorList, type Person } from './persons';
import { isGenericTitle } from './titles';

/** What identity needs of one record. */
export interface RecordIdentity {
  ids: Identifiers;
  titleKey: string;
  year?: number;
  /** As the record gives them. */
  authors: readonly string[];
}

interface KeptApartGroups {
  /** Group indices, the group with the earlier first record first. */
  groups: [number, number];
  shared: MergeRule;
  reasons: string[];
}

export interface Identity {
  /** Record indices of each paper, ascending; groups in the order of their first record. */
  groups: number[][];
  /** Per group: the rules that joined its records, strongest first (empty for one record). */
  rules: MergeRule[][];
  keptApart: KeptApartGroups[];
}

/**
 * More papers than this sharing one key (a title or an identifier) make it no key: later records
 * are not compared through it. Far above what real corpora show (hf-daily: at most 4 records of
 * one title), low enough that a pathological key stays linear.
 */
export const MAX_PAPERS_PER_KEY = 100;

const RULE_ORDER: readonly MergeRule[] = [...IDENTIFIER_KINDS, 'title'];

/** `personOf` reads one spelling of a name (memoised by the caller: names repeat across records). */
export function groupRecords(records: readonly RecordIdentity[], personOf: (name: string) => Person): Identity {
  const groups = records.map((record, index) => new Group(index, record, personOf));
  const idKeys = new KeyIndex();
  records.forEach((record, i) => {
    for (const kind of IDENTIFIER_KINDS) {
      const value = record.ids[kind];
      if (value !== undefined) idKeys.join(`${kind}:${value}`, kind, groups[i]!.find(), false);
    }
  });
  const titleKeys = new KeyIndex();
  const units = unique(groups.map((g) => g.find()));
  for (const unit of units) {
    for (const key of unique(unit.members.map((m) => records[m]!.titleKey))) titleKeys.join(key, 'title', unit.find(), isGenericTitle(key));
  }
  return summarise(groups, [...idKeys.keptApart(), ...titleKeys.keptApart()]);
}

/** One paper in the making: its records and what they say, summarised for the checks. */
class Group {
  members: number[];
  /** One value per kind: members never disagree. Shared with the record until a merge adds to it. */
  ids: Identifiers;
  yearMin = Infinity;
  yearMax = -Infinity;
  /** Distinct author lists of its records. */
  authorLists: LazyAuthorList[];
  rules: MergeRule[] = [];
  private parent: Group | undefined;

  constructor(
    /** Its earliest record. */
    public first: number,
    record: RecordIdentity,
    personOf: (name: string) => Person,
  ) {
    this.members = [first];
    this.ids = record.ids;
    if (record.year !== undefined) this.yearMin = this.yearMax = record.year;
    this.authorLists = record.authors.length > 0 ? [new LazyAuthorList(record.authors, personOf)] : [];
  }

  find(): Group {
    let root: Group = this;
    while (root.parent) root = root.parent;
    for (let g: Group = this; g !== root; ) {
      const next = g.parent!;
      g.parent = root; // path compression: later finds are one step
      g = next;
    }
    return root;
  }

  /** Why these two are different papers; empty when nothing says so. Ids alone for `idsOnly`. */
  conflicts(other: Group, idsOnly: boolean): string[] {
    const reasons: string[] = [];
    for (const kind of IDENTIFIER_KINDS) {
      const [a, b] = [this.ids[kind], other.ids[kind]];
      if (a !== undefined && b !== undefined && a !== b) reasons.push(`different ${identifierLabel(kind)}s`);
    }
    if (idsOnly) return reasons;
    // Some pair of members more than a year apart: compare each side's extremes.
    const [lo, hi] = other.yearMax - this.yearMin > 1 ? [this.yearMin, other.yearMax] : [other.yearMin, this.yearMax];
    if (hi - lo > 1) reasons.push(`years ${lo} and ${hi}`);
    if (this.hasDisjointAuthors(other)) reasons.push('no author in common');
    return reasons;
  }

  /** Takes in another root group. The smaller lists are appended to the larger: linear overall. */
  absorb(other: Group, rule: MergeRule): void {
    other.parent = this;
    this.first = Math.min(this.first, other.first);
    this.members = appendSmaller(this.members, other.members);
    other.members = [];
    this.ids = { ...other.ids, ...this.ids };
    this.yearMin = Math.min(this.yearMin, other.yearMin);
    this.yearMax = Math.max(this.yearMax, other.yearMax);
    const lists = new Set(this.authorLists.map((l) => l.key));
    this.authorLists = appendSmaller(this.authorLists, other.authorLists.filter((l) => !lists.has(l.key)));
    for (const r of [...other.rules, rule]) if (!this.rules.includes(r)) this.rules.push(r);
  }

  private hasDisjointAuthors(other: Group): boolean {
    for (const a of this.authorLists) {
      for (const b of other.authorLists) {
        const [x, y] = [a.get(), b.get()];
        if (!x.isEmpty && !y.isEmpty && !x.sharesSomeoneWith(y)) return true;
      }
    }
    return false;
  }
}

/** The longer array with the shorter's items pushed onto it (order does not matter: members are sorted at the end). */
function appendSmaller<T>(a: T[], b: T[]): T[] {
  const [large, small] = a.length >= b.length ? [a, b] : [b, a];
  for (const item of small) large.push(item);
  return large;
}

/** A record's author list, read only when a title comparison needs it: most records never do. */
class LazyAuthorList {
  private list: AuthorList | undefined;
  readonly key: string;

  constructor(
    private readonly names: readonly string[],
    private readonly personOf: (name: string) => Person,
  ) {
    this.key = names.join('\n');
  }

  get(): AuthorList {
    return (this.list ??= new AuthorList(this.names.map(this.personOf)));
  }
}

/** Groups by a key (an identifier or a title key): joins a new group to those it matches, and remembers who was kept apart. */
class KeyIndex {
  private readonly keys = new Map<string, KeyEntry>();

  join(key: string, rule: MergeRule, group: Group, generic: boolean): void {
    let entry = this.keys.get(key);
    if (!entry) this.keys.set(key, (entry = { rule, generic, unchecked: [], members: [] }));
    if (!generic) {
      const papers = entry.unchecked.length > 0 ? [] : unique(entry.members.map((g) => g.find()));
      if (entry.unchecked.length > 0 || papers.length >= MAX_PAPERS_PER_KEY) entry.unchecked.push(group);
      else {
        entry.members = papers; // roots only: a key a thousand records share costs one check per paper
        let self = group.find();
        for (const paper of papers) {
          if (paper === self || paper.conflicts(self, rule !== 'title').length > 0) continue;
          paper.absorb(self, rule);
          self = paper;
        }
      }
    }
    entry.members.push(group);
  }

  /** Papers left sharing a key, each against the next by first record: n papers, n − 1 pairs. */
  *keptApart(): Generator<{ a: Group; b: Group; shared: MergeRule; reasons: string[] }> {
    for (const { rule, generic, unchecked, members } of this.keys.values()) {
      const papers = unique(members.map((g) => g.find())).sort((x, y) => x.first - y.first);
      const uncompared = new Set(unchecked.map((g) => g.find()));
      for (let i = 1; i < papers.length; i++) {
        const [a, b] = [papers[i - 1]!, papers[i]!];
        const reasons = a.conflicts(b, rule !== 'title');
        if (generic) reasons.push('generic title');
        if (uncompared.has(a) || uncompared.has(b)) reasons.push(`${rule === 'title' ? 'title' : identifierLabel(rule)} shared by more than ${MAX_PAPERS_PER_KEY} papers`);
        yield { a, b, shared: rule, reasons };
      }
    }
  }
}

interface KeyEntry {
  rule: MergeRule;
  generic: boolean;
  /** Groups that came when MAX_PAPERS_PER_KEY papers shared the key already, so were compared with none. */
  unchecked: Group[];
  /** Groups with the key; stale entries (absorbed since) are resolved to their root on reading. */
  members: Group[];
}

function summarise(groups: Group[], keptApart: Iterable<{ a: Group; b: Group; shared: MergeRule; reasons: string[] }>): Identity {
  const roots = unique(groups.map((g) => g.find())).sort((x, y) => x.first - y.first);
  const index = new Map(roots.map((g, i) => [g, i]));
  const seen = new Set<string>();
  const pairs: KeptApartGroups[] = [];
  for (const { a, b, shared, reasons } of keptApart) {
    const pair: [number, number] = [index.get(a)!, index.get(b)!];
    const key = pair.join(' ');
    if (seen.has(key)) continue; // one row per pair: an identifier's reasons, or else the title's
    seen.add(key);
    pairs.push({ groups: pair, shared, reasons });
  }
  return {
    groups: roots.map((g) => g.members.sort((x, y) => x - y)),
    rules: roots.map((g) => RULE_ORDER.filter((r) => g.rules.includes(r))),
    keptApart: pairs,
  };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
