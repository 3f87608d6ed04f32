// The phrases of many texts, interned: each distinct phrase once, texts as runs of phrase ids.
// It is what a phrase worker sends back (a few arrays instead of an object per text) and what
// the topic model reads; interning once per distinct phrase, not per occurrence, also keeps the
// merge of millions of occurrences cheap.
import type { Definition, ExtractedPhrases } from './phrases';

export interface PhraseTable {
  /** Distinct phrases, in order of first occurrence; a phrase id indexes this. */
  phrases: string[];
  /** Text k's phrase ids, in text order, are ids[offsets[k] .. offsets[k + 1]). */
  offsets: Int32Array;
  ids: Int32Array;
  /**
   * Surface → phrase id, first seen first, only where the surface differs from the phrase: the
   * rest add no variant, and at 100,000 papers there are millions of distinct phrases.
   */
  surfaces: [surface: string, id: number][];
  /** Acronym definitions, in text order. */
  definitions: Definition[];
}

/** Builds a table text by text, so that no text's phrase lists outlive its turn. */
export class PhraseTableBuilder {
  private readonly index = new Map<string, number>();
  private readonly seenSurfaces = new Set<string>();
  private readonly phrases: string[] = [];
  private readonly ids: number[] = [];
  private readonly offsets: number[] = [0];
  private readonly surfaces: [string, number][] = [];
  private readonly definitions: Definition[] = [];

  add(found: ExtractedPhrases): void {
    found.phrases.forEach((phrase, i) => {
      let id = this.index.get(phrase);
      if (id === undefined) {
        this.index.set(phrase, (id = this.phrases.length));
        this.phrases.push(phrase);
      }
      this.ids.push(id);
      const surface = found.surfaces[i] ?? phrase;
      if (surface !== phrase && !this.seenSurfaces.has(surface)) {
        this.seenSurfaces.add(surface);
        this.surfaces.push([surface, id]);
      }
    });
    for (const definition of found.definitions) this.definitions.push(definition);
    this.offsets.push(this.ids.length);
  }

  build(): PhraseTable {
    return { phrases: this.phrases, offsets: Int32Array.from(this.offsets), ids: Int32Array.from(this.ids), surfaces: this.surfaces, definitions: this.definitions };
  }
}

export function tabulate(extracted: Iterable<ExtractedPhrases>): PhraseTable {
  const builder = new PhraseTableBuilder();
  for (const found of extracted) builder.add(found);
  return builder.build();
}

/** The tables of consecutive chunks of texts as one table, the same as tabulating all texts at once. */
export function concatTables(tables: readonly PhraseTable[]): PhraseTable {
  if (tables.length === 1) return tables[0]!;
  const index = new Map<string, number>();
  const seenSurfaces = new Set<string>();
  const texts = tables.reduce((sum, t) => sum + t.offsets.length - 1, 0);
  const merged: PhraseTable = {
    phrases: [],
    offsets: new Int32Array(texts + 1),
    ids: new Int32Array(tables.reduce((sum, t) => sum + t.ids.length, 0)),
    surfaces: [],
    definitions: [],
  };
  let text = 0;
  let at = 0;
  for (const table of tables) {
    // Local ids are in first-occurrence order, so interning them in order keeps the global order.
    const global = Int32Array.from(table.phrases, (phrase) => {
      let id = index.get(phrase);
      if (id === undefined) {
        index.set(phrase, (id = merged.phrases.length));
        merged.phrases.push(phrase);
      }
      return id;
    });
    for (let k = 1; k < table.offsets.length; k++) merged.offsets[++text] = at + table.offsets[k]!;
    for (const id of table.ids) merged.ids[at++] = global[id]!;
    for (const [surface, id] of table.surfaces) {
      if (seenSurfaces.has(surface)) continue;
      seenSurfaces.add(surface);
      merged.surfaces.push([surface, global[id]!]);
    }
    for (const definition of table.definitions) merged.definitions.push(definition); // no spread: 10⁵ arguments overflow the stack
  }
  return merged;
}
