// Which earlier papers of the corpus a paper cites: Price's model of cumulative advantage. A
// target is drawn uniformly among the topic's papers dated before the citing one a quarter of
// the time, else by copying the target of a random earlier citation inside that topic, which
// picks a paper in proportion to the citations it has (Simon's copying trick: no weights to keep
// up to date). The result is a heavy-tailed in-corpus citation count.
//
// Topics are made one at a time, and a topic's papers are taken in date order, so every citation
// inside the topic being made points back in time. A paper can also cite a topic made before
// its own (cross-topic citations only point to earlier topics); those citations count for the
// target but are not copied from, so each topic's copying pool is one contiguous block of
// `edges`: memory is four bytes per citation inside a topic, and a paper's serial indexes the rest.
import type { Rng } from './rng';

/** Share of targets drawn uniformly rather than by citations received. */
const UNIFORM = 0.25;

export class CitationTargets {
  /** In-corpus citations received, by serial. */
  readonly cited: Int32Array;
  /** Each topic's serials in date order (ties: serial), one block per topic. */
  private readonly byDay: Int32Array;
  private readonly topicStart: Int32Array;
  /** Targets of the citations inside each topic, one block per topic. */
  private edges = new Int32Array(1 << 16);
  private edgeCount = 0;
  private readonly edgeStart: Int32Array;
  private current = -1;

  constructor(
    papers: number,
    topics: number,
    /** dayIndex by serial. */
    private readonly day: Uint16Array,
  ) {
    this.cited = new Int32Array(papers);
    this.byDay = new Int32Array(papers);
    this.topicStart = new Int32Array(topics + 1);
    this.edgeStart = new Int32Array(topics + 1);
  }

  /** Starts `topic`, whose papers are `serials` in date order; topics come in the order of their ids. */
  openTopic(topic: number, serials: readonly number[]): void {
    const start = this.topicStart[topic]!;
    serials.forEach((s, i) => (this.byDay[start + i] = s));
    this.topicStart[topic + 1] = start + serials.length;
    this.edgeStart[topic] = this.edgeCount;
    this.current = topic;
  }

  /** Up to `count` distinct papers of `topic` dated before `day` and not in `taken` (which they join). */
  draw(topic: number, day: number, count: number, taken: Set<number>, rng: Rng): number[] {
    const start = this.topicStart[topic]!;
    const cut = this.earlierThan(topic, day) - start;
    const e0 = this.edgeStart[topic]!;
    const edgeCount = (topic === this.current ? this.edgeCount : this.edgeStart[topic + 1]!) - e0;
    const picks: number[] = [];
    if (cut === 0) return picks;
    for (let tries = 0; picks.length < count && tries < 4 * count + 8; tries++) {
      const copied = edgeCount > 0 && rng.float() >= UNIFORM;
      const serial = copied ? this.edges[e0 + Math.floor(rng.float() * edgeCount)]! : this.byDay[start + Math.floor(rng.float() * cut)]!;
      // Another topic's citations may point past `day`.
      if (this.day[serial]! >= day || taken.has(serial)) continue;
      taken.add(serial);
      picks.push(serial);
    }
    return picks;
  }

  /** Counts a citation of `serial`; inside the current topic it also joins the copying pool. */
  cite(serial: number): void {
    this.cited[serial]!++;
    if (serial < this.topicStart[this.current]!) return;
    if (this.edgeCount === this.edges.length) {
      const bigger = new Int32Array(this.edges.length * 2);
      bigger.set(this.edges);
      this.edges = bigger;
    }
    this.edges[this.edgeCount++] = serial;
  }

  /** The first position in `topic`'s block dated `day` or later. */
  private earlierThan(topic: number, day: number): number {
    let lo = this.topicStart[topic]!;
    let hi = this.topicStart[topic + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.day[this.byDay[mid]!]! < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
