// Boilerplate: text that recurs verbatim in many documents of a corpus is a template (a bot's
// comment, a publisher's notice, a project's standard paragraph), not what one paper is about.
// It is found as word shingles — every run of `shingleWords` words inside a sentence, or a whole
// shorter sentence — that occur in at least `minDocuments` documents, and dropped before terms
// are extracted. Linear in the corpus: shingles are hashed, documents counted per hash in a fixed
// table (a first pass), and only the shingles of crowded slots counted exactly (a second).
// Digits are read as one digit, so "© 2019 …" and "© 2021 …" are one template.
import type { BoilerplateReport } from '../model';

export interface BoilerplateOptions {
  /** Words per shingle: a run this long, said the same way in many papers, is no coincidence. */
  shingleWords: number;
  /** 'auto': boilerplateMinDocuments. */
  minDocuments: number | 'auto';
}

export const BOILERPLATE_DEFAULTS: BoilerplateOptions = { shingleWords: 8, minDocuments: 'auto' };

/**
 * A shingle is boilerplate from max(5, √n) documents on: 63 of hf-daily's 3,868 papers (its bot
 * comment is in 196), 100 of 10,000, 317 of 100,000. It grows more slowly than the corpus, as
 * templates are a share of it, while a field's stock phrases ("large language models (LLMs)
 * have shown remarkable") reach that count only in corpora that hold that field many times over.
 */
export function boilerplateMinDocuments(documents: number, option: number | 'auto' = 'auto'): number {
  return option === 'auto' ? Math.max(5, Math.ceil(Math.sqrt(documents))) : option;
}

const EXAMPLES = 3;
const TABLE_BITS = 22;

/** Each text without its boilerplate (a dropped passage leaves a sentence break), and what was dropped. */
export function removeBoilerplate(texts: readonly string[], options: Partial<BoilerplateOptions> = {}): { texts: string[]; report: BoilerplateReport } {
  const { shingleWords, minDocuments } = { ...BOILERPLATE_DEFAULTS, ...options };
  const min = boilerplateMinDocuments(texts.length, minDocuments);
  const words = new Words();
  // Pass 1: documents per table slot (a slot may hold several shingles; saturating at 2^16 − 1).
  // A slot remembers the last document counted in it, so a document counts once per slot.
  const slots = new Uint16Array(1 << TABLE_BITS);
  const lastDocument = new Int32Array(1 << TABLE_BITS).fill(-1);
  texts.forEach((text, d) => {
    words.read(text);
    words.forEachShingle(shingleWords, (h1) => {
      const slot = h1 >>> (32 - TABLE_BITS);
      if (lastDocument[slot] === d) return;
      lastDocument[slot] = d;
      if (slots[slot]! < 0xffff) slots[slot]!++;
    });
  });
  // Pass 2: documents per shingle, exactly (two 32-bit hashes), for the shingles of full slots.
  // Only documents holding such a shingle can lose words in pass 3.
  const crowded = (h1: number) => slots[h1 >>> (32 - TABLE_BITS)]! >= min;
  const counts = new Map<number, number>();
  const suspects = new Uint8Array(texts.length);
  const seen: number[] = [];
  texts.forEach((text, d) => {
    seen.length = 0;
    words.read(text);
    words.forEachShingle(shingleWords, (h1, h2) => void (crowded(h1) && seen.push(shingleKey(h1, h2))));
    if (seen.length > 0) suspects[d] = 1;
    for (const key of distinct(seen)) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  // Pass 3: drop the words of frequent shingles.
  const report: BoilerplateReport = { minDocuments: min, documents: 0, words: 0, passages: 0, examples: [] };
  // Passages by their text with digits folded ("(2025) Please …" and "(2026) Please …" are one), shown as first seen.
  const passages = new Map<string, { text: string; documents: number }>();
  const cleaned = texts.map((text, d) => {
    if (!suspects[d]) return text;
    words.read(text);
    const dropped = new Uint8Array(words.count);
    let any = false;
    words.forEachShingle(shingleWords, (h1, h2, from, to) => {
      if (!crowded(h1) || (counts.get(shingleKey(h1, h2)) ?? 0) < min) return;
      dropped.fill(1, from, to);
      any = true;
    });
    if (!any) return text;
    report.documents++;
    const { kept, removed } = words.split(text, dropped);
    report.words += dropped.reduce((a, b) => a + b, 0);
    for (const [key, text] of new Map(removed.map((passage) => [passage.replace(/\d+/g, '0'), passage]))) {
      const known = passages.get(key) ?? { text, documents: 0 };
      known.documents++;
      passages.set(key, known);
    }
    return kept;
  });
  report.passages = passages.size;
  report.examples = [...passages]
    .sort(([a, x], [b, y]) => y.documents - x.documents || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, EXAMPLES)
    .map(([, { text, documents }]) => ({ text: text.length > 200 ? `${text.slice(0, 199)}…` : text, documents }));
  return { texts: cleaned, report };
}

/** Both hashes as one exact number (53 bits). */
function shingleKey(h1: number, h2: number): number {
  return (h1 >>> 0) * 0x200000 + (h2 & 0x1fffff);
}

/** The distinct values of `values`, sorted (a document counts once per shingle). */
function distinct(values: number[]): number[] {
  values.sort((a, b) => a - b);
  return values.filter((v, k) => k === 0 || v !== values[k - 1]);
}

const B1 = 0x01000193;
const B2 = 0x5bd1e995;

/** base^exponent mod 2^32, as a signed 32-bit integer. */
function power(base: number, exponent: number): number {
  let result = 1;
  for (let k = 0; k < exponent; k++) result = Math.imul(result, base);
  return result;
}

/** The words of one text (split at white space), their hashes and where sentences end; reused from text to text. */
class Words {
  count = 0;
  private start = new Int32Array(256);
  private end = new Int32Array(256);
  private hash1 = new Int32Array(256);
  private hash2 = new Int32Array(256);
  private sentenceEnd = new Uint8Array(256);

  read(text: string): void {
    this.count = 0;
    let k = 0;
    const n = text.length;
    while (k < n) {
      while (k < n && isSpace(text.charCodeAt(k))) k++;
      if (k === n) break;
      const from = k;
      let h1 = 0x811c9dc5;
      let h2 = 0x2545f491;
      let last = 0;
      while (k < n && !isSpace((last = text.charCodeAt(k)))) {
        let c = last;
        if (c >= 48 && c <= 57) {
          // A run of digits reads as one "0".
          while (k + 1 < n && text.charCodeAt(k + 1) >= 48 && text.charCodeAt(k + 1) <= 57) k++;
          c = 48;
        } else if (c >= 65 && c <= 90) c |= 32;
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x85ebca6b);
        k++;
      }
      this.push(from, k, h1, h2, last === 46 || last === 33 || last === 63); // . ! ?
    }
  }

  /**
   * Calls `visit` with the two hashes and the word range of each shingle: each run of `size`
   * words inside a sentence, or a whole sentence shorter than that.
   */
  forEachShingle(size: number, visit: (h1: number, h2: number, from: number, to: number) => void): void {
    // A shingle's hash is the polynomial size·B^size + Σ word_j·B^(size−1−j) (mod 2^32), so the
    // next window's follows from this one's: take the first word's term out, shift, add the new
    // word. The same integers as computing each window afresh, in an eighth of the work.
    const { hash1, hash2 } = this;
    const lead1 = Math.imul(size, power(B1, size));
    const lead2 = Math.imul(size, power(B2, size));
    const top1 = power(B1, size - 1);
    const top2 = power(B2, size - 1);
    let first = 0;
    for (let w = 0; w < this.count; w++) {
      if (!this.sentenceEnd[w] && w + 1 < this.count) continue;
      const last = w + 1;
      const length = Math.min(last - first, size);
      let h1 = length;
      let h2 = length;
      for (let k = first; k < first + length; k++) {
        h1 = (Math.imul(h1, B1) + hash1[k]!) | 0;
        h2 = (Math.imul(h2, B2) + hash2[k]!) | 0;
      }
      visit(h1, h2, first, first + length);
      for (let from = first + 1; from + size <= last; from++) {
        const out = from - 1;
        const into = from + size - 1;
        h1 = (Math.imul((h1 - lead1 - Math.imul(hash1[out]!, top1)) | 0, B1) + lead1 + hash1[into]!) | 0;
        h2 = (Math.imul((h2 - lead2 - Math.imul(hash2[out]!, top2)) | 0, B2) + lead2 + hash2[into]!) | 0;
        visit(h1, h2, from, from + size);
      }
      first = last;
    }
  }

  /** The text without the dropped words (a sentence break in their place), and the dropped passages as written. */
  split(text: string, dropped: Uint8Array): { kept: string; removed: string[] } {
    let kept = '';
    const removed: string[] = [];
    let at = 0;
    for (let w = 0; w < this.count; ) {
      if (!dropped[w]) {
        w++;
        continue;
      }
      let last = w;
      while (last + 1 < this.count && dropped[last + 1]) last++;
      kept += `${text.slice(at, this.start[w])} . `;
      removed.push(text.slice(this.start[w], this.end[last]).replace(/\s+/g, ' '));
      at = this.end[last]!;
      w = last + 1;
    }
    return { kept: kept + text.slice(at), removed };
  }

  private push(from: number, to: number, h1: number, h2: number, endsSentence: boolean): void {
    if (this.count === this.start.length) this.grow();
    this.start[this.count] = from;
    this.end[this.count] = to;
    this.hash1[this.count] = h1;
    this.hash2[this.count] = h2;
    this.sentenceEnd[this.count] = endsSentence ? 1 : 0;
    this.count++;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.start = copy(this.start, (n) => new Int32Array(n));
    this.end = copy(this.end, (n) => new Int32Array(n));
    this.hash1 = copy(this.hash1, (n) => new Int32Array(n));
    this.hash2 = copy(this.hash2, (n) => new Int32Array(n));
    this.sentenceEnd = copy(this.sentenceEnd, (n) => new Uint8Array(n));
  }
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}
