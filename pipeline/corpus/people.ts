// Who is one person across papers. Each author of each paper (a slot, credit.ts) is known by its
// fullest spelling — a full given name over initials over a handle — and by the ids its records
// give. Keys, strongest first:
// 1. an ORCID iD or a database author id (Scopus, OpenAlex, ResearcherID, Lens): slots sharing
//    one are one person whatever their names, and so are the ids a slot gives together — except
//    that two ORCID iDs never join (each is one person; a database id given with both is an error
//    of the database, and the first ORCID seen keeps it);
// 2. the full name (given and family names, folded as names.ts folds): slots without an id that
//    share it are one person, and join the person with an id who carries that name when exactly one
//    does;
// 3. an initial-only form ("I. Brevik", "Brevik I") or a handle ("ChengsongHuang") names the same
//    person as a full name only with evidence: an id (1), the same paper (credit.ts lends such
//    names to the author at their position), or a co-author the two share (other than either of
//    them), and only when exactly one compatible person has that evidence (a name on the same
//    paper is someone else). A full name that several persons with ids carry goes by the same rule.
//    What the evidence does not single out keeps its own key: initials and handles alike group by
//    their form, as before.
// Candidates are found through indexes (family name and first initial; a handle's letters), and
// co-authors read from papers of at most EVIDENCE_MAX_AUTHORS authors: linear in the slots. The
// result does not depend on input order: slots come in paper order, which is file and line order,
// and the evidence is read once from the persons steps 1 and 2 make, never from earlier decisions
// of step 3.
import type { AuthorIdKind, Warning } from '../model';
import type { Slot } from './credit';
import { handleLetters, handleReadings, type NameForm } from './name-forms';
import { AUTHOR_ID_KINDS, personIdKeys, readPersonIds } from './person-ids';
import { plausiblySamePerson, type SpellingBook } from './persons';

/**
 * Papers with more authors say little about who works with whom (a consortium's list), so they
 * are no co-author evidence; as --max-authors' default, after VOSviewer's.
 */
export const EVIDENCE_MAX_AUTHORS = 25;

export interface PersonFacts {
  /** The strongest key ("ORCID:…", "SCOPUS:…", else the name key): the author id derives from it. */
  key: string;
  /** What the key is: an id, or the form of the name. */
  kind: 'id' | NameForm['kind'];
  orcid?: string;
  ids: Partial<Record<AuthorIdKind, string[]>>;
}

export interface People {
  /** Per paper, per slot: the index of its person in `persons`. */
  personOf: number[][];
  /** Per paper, per slot: whether its records gave an id for it (the id ties its papers together). */
  identified: boolean[][];
  persons: PersonFacts[];
}

interface SlotFacts {
  paper: number;
  form: NameForm;
  /** Keys of the handles among its other spellings. */
  handles: string[];
  /** personIdKeys of its details, strongest first. */
  tokens: string[];
}

export function resolvePeople(papers: readonly (readonly Slot[])[], book: SpellingBook, warnings: Warning[]): People {
  const slots: SlotFacts[] = [];
  const slotsOfPaper = papers.map((paperSlots, paper) =>
    paperSlots.map((slot) => {
      const tokens = [...new Set(slot.details.flatMap(({ detail, source }) => personIdKeys(readPersonIds(detail, source, warnings))))];
      const form = fullestForm(slot.spellings);
      const handles = form.kind === 'handle' ? [] : slot.spellings.filter((f) => f.kind === 'handle').map((f) => f.key);
      slots.push({ paper, form, handles, tokens });
      return slots.length - 1;
    }),
  );
  const ids = new IdUnion();
  for (const s of slots) ids.link(s.tokens);

  // Steps 1 and 2: units are id persons ("ID:root", upper case as no name key is) and full names;
  // initials, handles and contested names wait.
  const carriers = new Map<string, Set<number>>();
  for (const s of slots) {
    if (s.tokens.length > 0 && s.form.kind === 'full') getOrSet(carriers, s.form.key, () => new Set()).add(ids.root(s.tokens[0]!));
  }
  const units = new Interner();
  const unitOf = new Int32Array(slots.length);
  /** The form of a name unit's key (a key is of one form only). */
  const kindOf = new Map<number, NameForm['kind']>();
  const waiting: { slot: number; candidates?: number[] }[] = [];
  slots.forEach((s, i) => {
    if (s.tokens.length > 0) return void (unitOf[i] = units.id(`ID:${ids.root(s.tokens[0]!)}`));
    const carried = s.form.kind === 'full' ? carriers.get(s.form.key) : undefined;
    if (carried?.size === 1) return void (unitOf[i] = units.id(`ID:${[...carried][0]}`));
    unitOf[i] = units.id(s.form.key);
    kindOf.set(unitOf[i]!, s.form.kind);
    if (s.form.kind !== 'full') waiting.push({ slot: i });
    else if (carried) waiting.push({ slot: i, candidates: [...carried].map((root) => units.id(`ID:${root}`)) });
  });
  const contested = new Set(waiting.map((w) => w.slot));

  // Step 3: candidates by name, then the one evidence singles out.
  const byFamilyInitial = new Map<string, { unit: number; raw: string }[]>();
  const byHandle = new Map<string, Set<number>>();
  const papersOfUnit = new Map<number, number[]>();
  slots.forEach((s, i) => {
    getOrSet(papersOfUnit, unitOf[i]!, () => []).push(s.paper);
    if (s.form.kind !== 'full' || contested.has(i)) return;
    for (const key of familyInitialKeys(book, s.form.name)) getOrSet(byFamilyInitial, key, () => []).push({ unit: unitOf[i]!, raw: s.form.name });
    for (const letters of handleReadings(s.form)) getOrSet(byHandle, letters, () => new Set()).add(unitOf[i]!);
  });
  const coauthorsOf = new Map<number, Set<number>>();
  const unitsOfPaper = (paper: number) => slotsOfPaper[paper]!.map((i) => unitOf[i]!);
  const coauthors = (unit: number) =>
    getOrSet(coauthorsOf, unit, () => {
      const set = new Set<number>();
      for (const paper of papersOfUnit.get(unit) ?? []) {
        if (slotsOfPaper[paper]!.length > EVIDENCE_MAX_AUTHORS) continue;
        for (const other of unitsOfPaper(paper)) if (other !== unit) set.add(other);
      }
      return set;
    });

  /** The candidates one slot's co-authors point to (never one already on its paper: that is someone else). */
  const evidenceOf = (slot: number, candidates?: number[]): number[] => {
    const s = slots[slot]!;
    if (slotsOfPaper[s.paper]!.length > EVIDENCE_MAX_AUTHORS) return [];
    const onPaper = new Set(unitsOfPaper(s.paper));
    const mine = [...onPaper].filter((u) => u !== unitOf[slot]);
    return (candidates ?? nameCandidates(s.form, book, byFamilyInitial, byHandle)).filter((c) => {
      if (onPaper.has(c)) return false;
      const theirs = coauthors(c);
      return mine.some((u) => theirs.has(u));
    });
  };
  const finalUnit = Int32Array.from(unitOf);
  // A handle is one account, so what one of its papers shows holds for all of them: its evidence is
  // pooled, and the handle joins the one person it points to. Initials are shared by many people:
  // each slot goes by its own evidence.
  const handles = new Map<string, { slots: number[]; evidence: Set<number> }>();
  for (const { slot, candidates } of waiting) {
    const form = slots[slot]!.form;
    if (form.kind !== 'handle') {
      const evidenced = evidenceOf(slot, candidates);
      if (evidenced.length === 1) finalUnit[slot] = evidenced[0]!;
      continue;
    }
    const handle = getOrSet(handles, form.key, () => ({ slots: [], evidence: new Set<number>() }));
    handle.slots.push(slot);
    for (const c of evidenceOf(slot)) handle.evidence.add(c);
  }
  // The same paper: another record named the person by the handle at the same position (credit.ts).
  slots.forEach((s, i) => {
    if (contested.has(i)) return;
    for (const key of s.handles) handles.get(key)?.evidence.add(unitOf[i]!);
  });
  for (const { slots: members, evidence } of handles.values()) {
    if (evidence.size !== 1) continue;
    const [person] = [...evidence] as [number];
    for (const slot of members) if (!unitsOfPaper(slots[slot]!.paper).includes(person)) finalUnit[slot] = person;
  }
  return assemble(slots, slotsOfPaper, finalUnit, units, kindOf, ids);
}

/** Persons in order of first slot, each with its strongest key and the ids of its slots. */
function assemble(slots: SlotFacts[], slotsOfPaper: number[][], finalUnit: Int32Array, units: Interner, kindOf: Map<number, NameForm['kind']>, ids: IdUnion): People {
  const personOfUnit = new Map<number, number>();
  const persons: PersonFacts[] = [];
  const tokensOf: Set<string>[] = [];
  slots.forEach((s, i) => {
    let person = personOfUnit.get(finalUnit[i]!);
    if (person === undefined) {
      personOfUnit.set(finalUnit[i]!, (person = persons.length));
      const name = units.name(finalUnit[i]!);
      const kind = kindOf.get(finalUnit[i]!);
      persons.push({ key: kind ? name : ids.key(Number(name.slice(3))), kind: kind ?? 'id', ids: {} });
      tokensOf.push(new Set());
    }
    for (const t of s.tokens) tokensOf[person]!.add(t);
  });
  persons.forEach((p, i) => {
    for (const token of [...tokensOf[i]!].sort()) {
      const [kind, value] = [token.slice(0, token.indexOf(':')).toLowerCase(), token.slice(token.indexOf(':') + 1)];
      if (kind === 'orcid') p.orcid ??= value;
      else (p.ids[kind as AuthorIdKind] ??= []).push(value);
    }
  });
  return {
    personOf: slotsOfPaper.map((list) => list.map((i) => personOfUnit.get(finalUnit[i]!)!)),
    identified: slotsOfPaper.map((list) => list.map((i) => slots[i]!.tokens.length > 0)),
    persons,
  };
}

/** Full names (as units) an initial-only form or a handle may stand for. */
function nameCandidates(
  form: NameForm,
  book: SpellingBook,
  byFamilyInitial: Map<string, { unit: number; raw: string }[]>,
  byHandle: Map<string, Set<number>>,
): number[] {
  const found = new Set<number>(form.kind === 'handle' ? byHandle.get(handleLetters(form)) : []);
  const person = book.person(form.name);
  for (const key of familyInitialKeys(book, form.name)) {
    for (const { unit, raw } of byFamilyInitial.get(key) ?? []) if (!found.has(unit) && plausiblySamePerson(person, book.person(raw))) found.add(unit);
  }
  return [...found];
}

/** "brevik i" for every reading of a name: its family name and the first letter of its given names. */
function familyInitialKeys(book: SpellingBook, name: string): string[] {
  return [...new Set(book.person(name).map((r) => `${r.family} ${r.given[0]?.[0] ?? ''}`))];
}

/** A slot's spelling that says the most: a full name over initials over a handle; ties: the first. */
function fullestForm(spellings: readonly NameForm[]): NameForm {
  const rank = { handle: 0, initials: 1, full: 2 } as const;
  return spellings.reduce((best, s) => (rank[s.kind] > rank[best.kind] ? s : best));
}

/**
 * Union-find over person ids. A root holds at most one ORCID iD: a union that would give it two
 * is refused.
 */
class IdUnion {
  private readonly index = new Map<string, number>();
  private readonly parent: number[] = [];
  private readonly names: string[] = [];
  private readonly orcid: (string | undefined)[] = [];
  /** Each root's best id other than an ORCID, computed once all links are made. */
  private keys: Map<number, string> | undefined;

  link(tokens: readonly string[]): void {
    const [first, ...rest] = tokens.map((t) => this.id(t));
    for (const other of rest) this.union(first!, other);
  }

  root(token: string): number {
    return this.find(this.index.get(token)!);
  }

  /** The strongest key of a root's person: its ORCID, else its first id in kind order (ties: the smallest). */
  key(root: number): string {
    if (!this.keys) {
      this.keys = new Map();
      const rank = (t: string) => AUTHOR_ID_KINDS.indexOf(t.slice(0, t.indexOf(':')).toLowerCase() as AuthorIdKind);
      this.names.forEach((token, i) => {
        const r = this.find(i);
        const best = this.keys!.get(r);
        if (best === undefined || rank(token) < rank(best) || (rank(token) === rank(best) && token < best)) this.keys!.set(r, token);
      });
    }
    return this.orcid[root] ?? this.keys.get(root)!;
  }

  private id(token: string): number {
    let i = this.index.get(token);
    if (i === undefined) {
      this.index.set(token, (i = this.parent.length));
      this.parent.push(i);
      this.names.push(token);
      this.orcid.push(token.startsWith('ORCID:') ? token : undefined);
    }
    return i;
  }

  private find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }

  private union(a: number, b: number): void {
    const [x, y] = [this.find(a), this.find(b)];
    if (x === y || (this.orcid[x] && this.orcid[y])) return;
    const [keep, join] = x < y ? [x, y] : [y, x];
    this.parent[join] = keep;
    this.orcid[keep] ??= this.orcid[join];
  }
}

/** Small integer ids for unit names ("ID:12" for an id person's root, else a name key). */
class Interner {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      this.ids.set(name, (id = this.names.length));
      this.names.push(name);
    }
    return id;
  }

  name(id: number): string {
    return this.names[id]!;
  }
}

function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}
