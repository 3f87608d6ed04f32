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
//    paper is someone else). A handle is one account, so the evidence of all its papers is pooled
//    and they join together; initials are shared by many people, so each slot goes by its own. A
//    full name that several persons with ids carry goes by the same rule. What the evidence does
//    not single out keeps its own key: initials and handles group by their form, as before.
// Candidates are found through indexes (family name and first initial; a handle's letters), and
// co-authors read from papers of at most EVIDENCE_MAX_AUTHORS authors: linear in the slots. The
// result does not depend on input order: slots come in paper order, which is file and line order,
// and the evidence is read once from the persons steps 1 and 2 make, never from earlier decisions
// of step 3.
import type { AuthorIdKind, Warning } from '../model';
import type { Slot } from './credit';
import { NameCandidates } from './name-candidates';
import type { NameForm } from './name-forms';
import { AUTHOR_ID_KINDS, personIdKeys, readPersonIds } from './person-ids';
import type { SpellingBook } from './persons';

/**
 * Papers with more authors say little about who works with whom (a consortium's list), so they
 * are no co-author evidence; as --max-authors' default, after VOSviewer's.
 */
export const EVIDENCE_MAX_AUTHORS = 25;

/** What most slots have of ids and other handles: one shared empty list, not a million. */
const NONE: readonly string[] = Object.freeze([]);

export interface PersonFacts {
  /** The strongest key ("ORCID:…", "SCOPUS:…", else the name key): the author id derives from it. */
  key: string;
  /** What the key is: an id, or the form of the name. */
  kind: 'id' | NameForm['kind'];
  orcid?: string;
  ids: Partial<Record<AuthorIdKind, string[]>>;
}

export interface People {
  persons: PersonFacts[];
  /** Slots of all papers, flat: paper p's are slotStart[p] … slotStart[p + 1] − 1, in its author order. */
  slotStart: Int32Array;
  /** Per slot: the index of its person in `persons`. */
  person: Int32Array;
  /** Per slot: 1 when its records gave an id for it (the id ties its papers together). */
  identified: Uint8Array;
}

export function resolvePeople(papers: readonly (readonly Slot[])[], book: SpellingBook, warnings: Warning[]): People {
  // Flat arrays, one entry per slot: a corpus of a million papers has millions of them.
  const slotStart = new Int32Array(papers.length + 1);
  papers.forEach((list, p) => (slotStart[p + 1] = slotStart[p]! + list.length));
  const count = slotStart[papers.length]!;
  const paperOf = new Int32Array(count);
  const forms = new Array<NameForm>(count);
  /** personIdKeys of a slot's details, strongest first. */
  const tokens = new Array<readonly string[]>(count);
  /** Keys of the handles among a slot's other spellings, for the few slots that have some. */
  const handlesOf = new Map<number, string[]>();
  let next = 0;
  papers.forEach((list, paper) => {
    for (const slot of list) {
      const i = next++;
      paperOf[i] = paper;
      const form = (forms[i] = fullestForm(slot.spellings));
      tokens[i] = slot.details ? [...new Set(slot.details.flatMap(({ detail, source }) => personIdKeys(readPersonIds(detail, source, warnings))))] : NONE;
      if (form.kind !== 'handle' && slot.spellings.length > 1) {
        const handles = slot.spellings.filter((f) => f.kind === 'handle').map((f) => f.key);
        if (handles.length > 0) handlesOf.set(i, handles);
      }
    }
  });
  const ids = new IdUnion();
  for (const t of tokens) ids.link(t);

  // Steps 1 and 2: units are id persons ("ID:root", upper case as no name key is) and full names;
  // initials, handles and contested names wait.
  const carriers = new Map<string, Set<number>>();
  forms.forEach((form, i) => {
    if (tokens[i]!.length > 0 && form.kind === 'full') getOrSet(carriers, form.key, () => new Set()).add(ids.root(tokens[i]![0]!));
  });
  const units = new Interner();
  const unitOf = new Int32Array(count);
  /** The form of a name unit's key (a key is of one form only). */
  const kindOf: NameForm['kind'][] = [];
  /** Initials, handles, and full names several id persons carry (`contenders`: those persons). */
  const waiting: { slot: number; contenders?: number[] }[] = [];
  forms.forEach((form, i) => {
    if (tokens[i]!.length > 0) return void (unitOf[i] = units.id(`ID:${ids.root(tokens[i]![0]!)}`));
    const carried = form.kind === 'full' ? carriers.get(form.key) : undefined;
    if (carried?.size === 1) return void (unitOf[i] = units.id(`ID:${[...carried][0]}`));
    unitOf[i] = units.id(form.key);
    kindOf[unitOf[i]!] = form.kind;
    if (form.kind !== 'full') waiting.push({ slot: i });
    else if (carried) waiting.push({ slot: i, contenders: [...carried].map((root) => units.id(`ID:${root}`)) });
  });
  const contested = new Set(waiting.map((w) => w.slot));

  // Step 3: candidates by name, then the one evidence singles out.
  const candidates = new NameCandidates(waiting.filter((w) => !w.contenders).map((w) => forms[w.slot]!), book);
  const papersOfUnit: number[][] = [];
  forms.forEach((form, i) => {
    (papersOfUnit[unitOf[i]!] ??= []).push(paperOf[i]!);
    if (form.kind === 'full' && !contested.has(i)) candidates.add(unitOf[i]!, form);
  });
  const authorsOn = (paper: number) => slotStart[paper + 1]! - slotStart[paper]!;
  const unitsOfPaper = (paper: number) => Array.from(unitOf.subarray(slotStart[paper]!, slotStart[paper + 1]!));
  const coauthorsOf = new Map<number, Set<number>>();
  const coauthors = (unit: number) =>
    getOrSet(coauthorsOf, unit, () => {
      const set = new Set<number>();
      for (const paper of papersOfUnit[unit] ?? []) {
        if (authorsOn(paper) > EVIDENCE_MAX_AUTHORS) continue;
        for (const other of unitsOfPaper(paper)) if (other !== unit) set.add(other);
      }
      return set;
    });

  /** The candidates one slot's co-authors point to (never one already on its paper: that is someone else). */
  const evidenceOf = (slot: number, contenders?: number[]): number[] => {
    const paper = paperOf[slot]!;
    if (authorsOn(paper) > EVIDENCE_MAX_AUTHORS) return [];
    const onPaper = new Set(unitsOfPaper(paper));
    const mine = [...onPaper].filter((u) => u !== unitOf[slot]);
    return (contenders ?? candidates.of(forms[slot]!)).filter((c) => {
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
  for (const { slot, contenders } of waiting) {
    const form = forms[slot]!;
    if (form.kind !== 'handle') {
      const evidenced = evidenceOf(slot, contenders);
      if (evidenced.length === 1) finalUnit[slot] = evidenced[0]!;
      continue;
    }
    const handle = getOrSet(handles, form.key, () => ({ slots: [], evidence: new Set<number>() }));
    handle.slots.push(slot);
    for (const c of evidenceOf(slot)) handle.evidence.add(c);
  }
  // The same paper: another record named the person by the handle at the same position (credit.ts).
  handlesOf.forEach((keys, i) => {
    if (!contested.has(i)) for (const key of keys) handles.get(key)?.evidence.add(unitOf[i]!);
  });
  for (const { slots: members, evidence } of handles.values()) {
    if (evidence.size !== 1) continue;
    const [person] = [...evidence] as [number];
    for (const slot of members) if (!unitsOfPaper(paperOf[slot]!).includes(person)) finalUnit[slot] = person;
  }
  return { slotStart, ...assemble(tokens, finalUnit, units, kindOf, ids) };
}

/** Persons in order of first slot, each with its strongest key and the ids of its slots. */
function assemble(
  tokens: readonly (readonly string[])[],
  finalUnit: Int32Array,
  units: Interner,
  kindOf: readonly NameForm['kind'][],
  ids: IdUnion,
): Omit<People, 'slotStart'> {
  const personOfUnit = new Int32Array(units.size).fill(-1);
  const persons: PersonFacts[] = [];
  const person = new Int32Array(finalUnit.length);
  const identified = new Uint8Array(finalUnit.length);
  const tokensOf = new Map<number, Set<string>>();
  finalUnit.forEach((unit, i) => {
    let p = personOfUnit[unit]!;
    if (p < 0) {
      personOfUnit[unit] = p = persons.length;
      const kind = kindOf[unit];
      persons.push({ key: kind ? units.name(unit) : ids.key(Number(units.name(unit).slice(3))), kind: kind ?? 'id', ids: {} });
    }
    person[i] = p;
    if (tokens[i]!.length === 0) return;
    identified[i] = 1;
    for (const t of tokens[i]!) getOrSet(tokensOf, p, () => new Set<string>()).add(t);
  });
  tokensOf.forEach((set, i) => {
    const p = persons[i]!;
    for (const token of [...set].sort()) {
      const [kind, value] = [token.slice(0, token.indexOf(':')).toLowerCase(), token.slice(token.indexOf(':') + 1)];
      if (kind === 'orcid') p.orcid ??= value;
      else (p.ids[kind as AuthorIdKind] ??= []).push(value);
    }
  });
  return { persons, person, identified };
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
    if (tokens.length === 0) return;
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

  get size(): number {
    return this.names.length;
  }
}

function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}
