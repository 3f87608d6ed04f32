// The key a paper's id is derived from, so that the same paper gets the same id in every run and
// whatever the order of the inputs: its strongest identifier ("doi:10.1/abc"), else its title key
// (as before identifiers were read, so those ids did not change). Papers that would share a key
// get a longer one: all their identifiers, or title key + year + first author; then their first
// source, which no two papers share.
import type { Identifiers, SourceRef } from '../model';
import { IDENTIFIER_KINDS } from './identifiers';

export interface PaperIdentity {
  ids: Identifiers;
  titleKey: string;
  year?: number;
  /** The first author's id (stable: derived from the name key). */
  firstAuthor?: string;
  firstSource: SourceRef;
}

/** One distinct key per paper, in the order given. */
export function paperIdKeys(papers: readonly PaperIdentity[]): string[] {
  const tiers: ((p: PaperIdentity) => string)[] = [
    (p) => idKeys(p)[0] ?? p.titleKey,
    (p) => (idKeys(p).length ? idKeys(p).join(' ') : [p.titleKey, p.year ?? '', p.firstAuthor ?? ''].join('\0')),
    (p) => [tiers[1]!(p), p.firstSource.file, p.firstSource.line].join('\0'),
  ];
  let keys = papers.map(tiers[0]!);
  for (const tier of tiers.slice(1)) {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    keys = keys.map((key, i) => (counts.get(key)! > 1 ? tier(papers[i]!) : key));
  }
  return keys;
}

function idKeys(paper: PaperIdentity): string[] {
  return IDENTIFIER_KINDS.filter((kind) => paper.ids[kind] !== undefined).map((kind) => `${kind}:${paper.ids[kind]}`);
}
