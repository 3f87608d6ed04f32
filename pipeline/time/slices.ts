// Time slices for the thematic evolution: consecutive year ranges, from the years a user cuts at
// (`--slices 2015,2020`: up to 2015, 2016–2020, from 2021) or, by default, three slices of about
// as many papers each. A slice of too few papers has no themes worth comparing: it is merged into
// its neighbour, and the merge is reported.

export interface TimeSlice {
  /** First and last year, inclusive. */
  from: number;
  to: number;
  papers: number;
}

export interface Slicing {
  slices: TimeSlice[];
  /** What was merged and why, one sentence each. */
  notes: string[];
}

const SLICE_DEFAULTS = {
  /** Slices made when no years are given. */
  autoSlices: 3,
  /** A slice with fewer dated papers is merged into its neighbour. */
  minPapers: 20,
};

const MODULE = 'citegraph/time/slices';

/** `--slices`: "auto", or cut years in increasing order. Returns undefined for "auto"; throws a readable message otherwise. */
export function parseSliceYears(value: string): number[] | undefined {
  if (value.trim() === 'auto') return undefined;
  const parts = value.split(',').map((part) => part.trim());
  const years = parts.map(Number);
  const bad = parts.find((part, i) => !/^\d{4}$/.test(part) || !Number.isInteger(years[i]));
  if (bad !== undefined) throw new Error(`--slices must be "auto" or years separated by commas, such as 2015,2020 (got "${bad}" in "${value}")`);
  for (let i = 1; i < years.length; i++) {
    if (years[i]! <= years[i - 1]!) throw new Error(`--slices must list its years in increasing order (got ${years[i - 1]} before ${years[i]})`);
  }
  return years;
}

/** Slices of the papers' years: cut after each of `cuts`, or into equal-paper slices when undefined. */
export function sliceYears(years: readonly number[], cuts: readonly number[] | undefined, options: Partial<typeof SLICE_DEFAULTS> = {}): Slicing {
  const { autoSlices, minPapers } = { ...SLICE_DEFAULTS, ...options };
  if (!Number.isInteger(minPapers) || minPapers < 1) throw new Error(`${MODULE}: minPapers must be a positive integer, got ${minPapers}`);
  const sorted = [...years].sort((a, b) => a - b);
  if (sorted.length === 0) return { slices: [], notes: [] };
  const ends = cuts ?? equalPaperCuts(sorted, autoSlices);
  const first = sorted[0]!, last = sorted[sorted.length - 1]!;
  const bounds = [...ends.filter((y) => y >= first && y < last), last];
  let slices: TimeSlice[] = [];
  let from = first, k = 0;
  for (const to of bounds) {
    let papers = 0;
    while (k < sorted.length && sorted[k]! <= to) (papers++), k++;
    if (papers > 0) slices.push({ from, to, papers });
    from = to + 1;
  }
  const notes: string[] = [];
  // Merge the smallest slice under the threshold into its smaller neighbour until none is left.
  for (;;) {
    const small = slices.filter((s) => s.papers < minPapers && slices.length > 1).sort((a, b) => a.papers - b.papers || a.from - b.from)[0];
    if (!small) break;
    const i = slices.indexOf(small);
    const before = slices[i - 1], after = slices[i + 1];
    const into = !after || (before && before.papers <= after.papers) ? i - 1 : i + 1;
    const other = slices[into]!;
    const merged = { from: Math.min(small.from, other.from), to: Math.max(small.to, other.to), papers: small.papers + other.papers };
    notes.push(`slice ${span(small)} had ${small.papers} dated papers (fewer than ${minPapers}): merged with ${span(other)}`);
    slices = slices.map((s, j) => (j === into ? merged : s)).filter((_, j) => j !== i);
  }
  // Papers of nearly one year (a preprint feed) cut into one slice: nothing to evolve, and the
  // user should not wonder why evolution.csv is empty.
  if (slices.length === 1) notes.push(`one time slice (${span(slices[0]!)}): the papers' years give no two slices of ${minPapers} or more papers, so there is no thematic evolution`);
  return { slices, notes };
}

export function span(slice: Pick<TimeSlice, 'from' | 'to'>): string {
  return slice.from === slice.to ? String(slice.from) : `${slice.from}-${slice.to}`;
}

/** The last year of each of `count` slices holding about as many of the sorted years each. */
function equalPaperCuts(sorted: readonly number[], count: number): number[] {
  const cuts = new Set<number>();
  for (let k = 1; k < count; k++) cuts.add(sorted[Math.max(0, Math.ceil((k * sorted.length) / count) - 1)]!);
  return [...cuts].sort((a, b) => a - b);
}
