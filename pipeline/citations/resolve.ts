// The citations stage: every reference of every paper gets a cited work (reference-key.ts), and
// works are matched to the papers of the corpus they are.
//
// Folding: references that share an identifier are one work, and so are those that share a
// bibliographic key when at most one identifier is seen among them (a reference giving the DOI
// and one without it are the same work; two DOIs under one key are two works, and the ones
// without a DOI stay apart from both, with a warning). Identifiers of different kinds given
// together (a DOI and a PMID) make either one name the same work.
// Matching: a work is a paper of the corpus when one of its identifiers is one of the paper's,
// else when its author-year-volume-page key is the paper's, and only one paper's.
// Everything is keyed and indexed: linear in the references. The main path of the citations
// found comes with them (main-path.ts), `keyRoutes` key routes wide.
import { compareStrings } from '../compare';
import { IDENTIFIER_KINDS } from '../corpus/identifiers';
import type { CitationLink, CitationModel, CitedReference, CitedWork, Identifiers, SourceRef, Warning } from '../model';
import { mainPath } from './main-path';
import { describeKey, identifierKeys, paperMatchKey, referenceKeys } from './reference-key';

/** What resolution needs of a paper. */
export interface CitingPaper {
  id: string;
  /** Normalised (the corpus's). */
  ids: Identifiers;
  year?: number;
  volume?: string;
  pageStart?: string;
  /** The first author's name as shown. */
  firstAuthor?: string;
  references: readonly CitedReference[];
  /** Where its references were read, for warnings. */
  source: SourceRef;
}

interface Occurrence {
  paper: number;
  position: number;
  ref: CitedReference;
  ids: string[];
  bib?: string;
  match?: string;
}

export function resolveCitations(papers: readonly CitingPaper[], keyRoutes = 1): CitationModel {
  const warnings: Warning[] = [];
  const occurrences: Occurrence[] = [];
  papers.forEach((paper, p) =>
    paper.references.forEach((ref, position) => occurrences.push({ paper: p, position, ref, ...referenceKeys(ref) })),
  );

  // An identifier given beside a stronger one names the same work: map each to the strongest.
  const alias = new UnionFind();
  for (const o of occurrences) for (const id of o.ids.slice(1)) alias.union(o.ids[0]!, id);
  // The identifiers seen under each bibliographic key.
  const idsByBib = new Map<string, Set<string>>();
  for (const o of occurrences) {
    if (o.bib === undefined || o.ids.length === 0) continue;
    let set = idsByBib.get(o.bib);
    if (!set) idsByBib.set(o.bib, (set = new Set()));
    set.add(alias.find(o.ids[0]!));
  }

  const keyOf = (o: Occurrence): string | undefined => {
    if (o.ids.length > 0) return alias.find(o.ids[0]!);
    if (o.bib === undefined) return undefined;
    const ids = idsByBib.get(o.bib);
    return ids?.size === 1 ? [...ids][0]! : `ref:${o.bib}`;
  };

  const referenceKeysOf = new Map<string, (string | undefined)[]>(papers.map((paper) => [paper.id, new Array(paper.references.length).fill(undefined)]));
  const members = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const key = keyOf(o);
    const paper = papers[o.paper]!;
    if (key === undefined) {
      warnings.push(referenceWarning(paper, o, 'reference without an identifier, a first author and a year, or a year, source, volume and page: left out of the citation networks'));
      continue;
    }
    if (o.ids.length === 0 && o.bib !== undefined && (idsByBib.get(o.bib)?.size ?? 0) > 1) {
      const seen = [...idsByBib.get(o.bib)!].sort(compareStrings).map(describeKey).join(', ');
      warnings.push(referenceWarning(paper, o, `reference without an identifier whose author, year, source, volume and page other references give with different ones (${seen}): kept apart from them`));
    }
    referenceKeysOf.get(paper.id)![o.position] = key;
    const list = members.get(key);
    if (list) list.push(o);
    else members.set(key, [o]);
  }

  const matcher = paperMatcher(papers);
  const works: CitedWork[] = [];
  const links = new Map<string, CitationLink>();
  for (const key of [...members.keys()].sort(compareStrings)) {
    const refs = members.get(key)!;
    const match = matcher(key, refs, alias);
    if (match.ambiguous) warnings.push(referenceWarning(papers[refs[0]!.paper]!, refs[0]!, `reference matches several papers of the corpus (${match.ambiguous.join(', ')}): matched to none`));
    const citedBy = citingPapers(refs, papers);
    const doi = firstDoi(refs, key, alias);
    works.push({
      key,
      label: labelOf(refs, key),
      ...(doi ? { doi } : {}),
      ...(match.paperId ? { paperId: match.paperId } : {}),
      citedBy,
    });
    if (!match.paperId) continue;
    for (const citing of citedBy) {
      if (citing === match.paperId) continue; // a paper does not cite itself into the network
      links.set(`${citing}\u0000${match.paperId}`, { citing, cited: match.paperId, matchedBy: match.by! });
    }
  }
  const sorted = [...links.values()].sort((a, b) => compareStrings(a.citing, b.citing) || compareStrings(a.cited, b.cited));
  const yearOf = new Map(papers.map((p) => [p.id, p.year]));
  return {
    works,
    referenceKeys: referenceKeysOf,
    links: sorted,
    mainPath: mainPath(sorted, (paper) => yearOf.get(paper), keyRoutes),
    warnings,
  };
}

/** Which paper of the corpus a work is: by identifier, else by the author-year-volume-page key when only one paper has it. */
function paperMatcher(papers: readonly CitingPaper[]) {
  const byId = new Map<string, string>();
  const byKey = new Map<string, string[]>();
  for (const paper of papers) {
    for (const id of identifierKeys(paper.ids)) byId.set(id, paper.id);
    const key = paperMatchKey(paper.firstAuthor, paper.year, paper.volume, paper.pageStart);
    if (key !== undefined) byKey.set(key, [...(byKey.get(key) ?? []), paper.id]);
  }
  // Identifiers in the order: the work's key, every reference's identifiers as aliased, then as
  // given; the first that names a paper decides. Loops, not arrays: this runs once per reference.
  const byIdentifier = (id: string) => {
    const paperId = byId.get(id);
    return paperId ? { paperId, by: id.slice(0, id.indexOf(':')) } : undefined;
  };
  return (key: string, refs: readonly Occurrence[], alias: UnionFind): { paperId?: string; by?: string; ambiguous?: string[] } => {
    const byWorkKey = byIdentifier(key);
    if (byWorkKey) return byWorkKey;
    for (const o of refs) {
      for (const id of o.ids) {
        const found = byIdentifier(alias.find(id));
        if (found) return found;
      }
    }
    for (const o of refs) {
      for (const id of o.ids) {
        const found = byIdentifier(id);
        if (found) return found;
      }
    }
    const matched = new Set<string>();
    for (const o of refs) if (o.match !== undefined) for (const paperId of byKey.get(o.match) ?? []) matched.add(paperId);
    const candidates = [...matched].sort(compareStrings);
    if (candidates.length === 1) return { paperId: candidates[0]!, by: 'key' };
    return candidates.length > 1 ? { ambiguous: candidates } : {};
  };
}

/** The ids of the papers citing a work, in order; `refs` come in the papers' order, so one paper's are together. */
function citingPapers(refs: readonly Occurrence[], papers: readonly CitingPaper[]): string[] {
  const ids: string[] = [];
  let last = -1;
  for (const o of refs) {
    if (o.paper === last) continue;
    last = o.paper;
    ids.push(papers[o.paper]!.id);
  }
  return ids.sort(compareStrings);
}

/** The first DOI among the references' identifiers (as aliased), else the work's key when it is one. */
function firstDoi(refs: readonly Occurrence[], key: string, alias: UnionFind): string | undefined {
  for (const o of refs) {
    for (const id of o.ids) {
      const root = alias.find(id);
      if (root.startsWith('doi:')) return root.slice(4);
    }
  }
  return key.startsWith('doi:') ? key.slice(4) : undefined;
}

/**
 * "Aria M 2017, J INFORMETR" from the first reference that gives an author and a year. Without
 * one, from the first that gives a year and a source: its title where a reference gives one, else
 * the source with volume and page ("Nature 2013, 500, 415", a PubMed citation without authors;
 * "[Anonymous] 1999, LANCET, 353, 9", a work keyed without one: two of one journal and year are
 * two works). Else the identifier.
 */
function labelOf(refs: readonly Occurrence[], key: string): string {
  const ref = refs.find((o) => o.ref.firstAuthor !== undefined && o.ref.year !== undefined)?.ref;
  if (ref) return `${ref.firstAuthor} ${ref.year}${ref.source ? `, ${ref.source}` : ''}`;
  const dated = refs.find((o) => o.ref.year !== undefined && o.ref.source !== undefined)?.ref;
  if (!dated) return describeKey(key);
  const title = refs.find((o) => o.ref.title)?.ref.title;
  if (title) return `${shortTitle(title)} ${dated.year}, ${dated.source}`;
  const numbers = [dated.volume, dated.page].flatMap((n) => (n === undefined ? [] : [`, ${n}`])).join('');
  return key.startsWith('ref:') ? `[Anonymous] ${dated.year}, ${dated.source}${numbers}` : `${dated.source} ${dated.year}${numbers}`;
}

/** A title as a map label: up to 60 characters, cut at a word (the whole title is in references.csv). */
function shortTitle(title: string): string {
  if (title.length <= 60) return title;
  const cut = title.lastIndexOf(' ', 60);
  return `${title.slice(0, cut > 20 ? cut : 60).replace(/[\s,:;.-]+$/, '')}…`;
}

function referenceWarning(paper: CitingPaper, o: Occurrence, reason: string): Warning {
  return { source: paper.source, field: `references[${o.position + 1}]`, value: o.ref.raw.slice(0, 200), reason };
}

/** Identifiers joined when given together; the strongest names the set. */
class UnionFind {
  private readonly parent = new Map<string, string>();

  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    for (let y = x; y !== root; ) {
      const next = this.parent.get(y)!;
      this.parent.set(y, root);
      y = next;
    }
    return root;
  }

  union(a: string, b: string): void {
    const [x, y] = [this.find(a), this.find(b)];
    if (x === y) return;
    const [root, child] = strength(x) <= strength(y) ? [x, y] : [y, x];
    this.parent.set(child, root);
  }
}

/** Stronger kinds name a set of aliases (the order of IDENTIFIER_KINDS), then code units. */
function strength(id: string): string {
  const kind = id.slice(0, id.indexOf(':'));
  return `${String(KIND_RANK.get(kind) ?? 99).padStart(2, '0')}${id}`;
}

const KIND_RANK = new Map<string, number>(IDENTIFIER_KINDS.map((k, i) => [k, i]));
