import { createHash } from 'node:crypto';

/**
 * A short id that depends only on a normalised key, so the same paper or person gets the same
 * id in every run, whatever the order of the input files. 12 hex digits (48 bits) keep the
 * chance of a collision below one in a million up to ~20,000 keys per prefix and below 2 % at
 * a million; `assignIds` below resolves a collision anyway.
 */
export function stableId(prefix: string, key: string): string {
  return prefix + createHash('sha256').update(key).digest('hex').slice(0, 12);
}

/**
 * Ids for a set of distinct keys. On the (unlikely) collision of two keys' hashes, the key that
 * sorts later gets a numbered suffix, so the result still does not depend on input order.
 */
export function assignIds(keys: Iterable<string>, prefix: string): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const key of [...new Set(keys)].sort()) {
    const base = stableId(prefix, key);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(key, id);
  }
  return ids;
}
