// The planted citations. Every paper is published somewhere (venue, volume, pages) and has a DOI;
// the papers with a Web of Science record also get a reference list, as a WoS export shows:
//   - its length log-normal, median 30 (σ 0.6: a tenth over 65), at most 200, as journal
//     articles' lists are;
//   - 30 % of it to earlier papers of the corpus (citation-targets.ts: heavy-tailed), one in ten
//     of those to another topic (one of its field made before, else any made before);
//   - the rest to works outside the corpus (outside-works.ts): 60 % the topic's literature, 30 %
//     its field's classics, 10 % one-off preprints; never a work younger than the paper.
// The truth: truth/citations.csv lists every citation of a corpus paper (DOIs, as titles of
// earlier topics are not kept), truth/cited_works.csv every outside work cited and how often.
import { join } from 'node:path';
import { CitationTargets } from './citation-targets';
import { canonicalReference, type CitedWork, citeWork } from './cited-reference';
import { dayIndex } from './dates';
import { oneOffWork, POOL_SIZES, type Scope, WorkPool } from './outside-works';
import { BufferedFile, csvRow } from './output';
import { PaperIndex, paperDoi } from './paper-index';
import type { Paper } from './papers';
import type { TopicPlacement } from './placement';
import { Rng } from './rng';
import type { Topic } from './topics';
import type { Venues } from './venues';

const MEDIAN_REFERENCES = 30;
const SIGMA = 0.6;
const MAX_REFERENCES = 200;
const IN_CORPUS = 0.3;
const CROSS_TOPIC = 0.1;
/** Outside references: shares of the topic's literature and the field's classics; the rest are one-offs. */
const TOPIC_WORKS = 0.6;
const FIELD_WORKS = 0.3;
/** Papers whose records list their DOI. */
const DOI_LISTED = 0.85;
/** Draws of an outside work before settling for a one-off (the work was cited already, or is younger). */
const POOL_TRIES = 5;

export interface ReferenceSummary {
  /** Papers with a reference list (those with a WoS record). */
  lists: number;
  references: number;
  /** References to papers of the corpus, and those of them to another topic's papers. */
  inCorpus: number;
  crossTopic: number;
  /** References to the papers of the corpus the citations stage can find (paper-index.ts). */
  findable: number;
}

export class ReferencePlanter {
  private readonly index: PaperIndex;
  private readonly targets: CitationTargets;
  /** Earlier topics of each field, for cross-topic citations: topic ids in order. */
  private readonly fieldTopics = new Map<number, number[]>();
  /** Citations of each field's classics, field by field (their pools are made again at the end). */
  private readonly fieldCounts: Int32Array;
  private readonly citations: BufferedFile;
  private readonly works: BufferedFile;
  readonly summary: ReferenceSummary = { lists: 0, references: 0, inCorpus: 0, crossTopic: 0, findable: 0 };

  constructor(
    papers: number,
    private readonly topics: readonly Topic[],
    private readonly seed: string,
    private readonly venues: Venues,
    nameOf: (author: number) => string,
    truthDir: string,
  ) {
    this.index = new PaperIndex(papers, venues, nameOf);
    this.targets = new CitationTargets(papers, topics.length, this.index.day);
    for (const t of topics) {
      const same = this.fieldTopics.get(t.field);
      if (same) same.push(t.id);
      else this.fieldTopics.set(t.field, [t.id]);
    }
    this.fieldCounts = new Int32Array(this.fieldTopics.size * POOL_SIZES.field);
    this.citations = new BufferedFile(join(truthDir, 'citations.csv'));
    this.citations.write(csvRow(['citing_doi', 'cited_doi', 'kind', 'findable']));
    this.works = new BufferedFile(join(truthDir, 'cited_works.csv'));
    this.works.write(csvRow(['reference', 'scope', 'id', 'citations']));
  }

  /** Publications, then reference lists in date order, for one topic's placed papers; topics in id order. */
  plantTopic(topic: Topic, papers: readonly Paper[], placement: TopicPlacement): void {
    const rng = new Rng(this.seed, `references ${topic.id}`);
    const inTable = new Set(placement.tables.map((e) => e.paper));
    const inWos = new Set(placement.records.map((e) => e.paper));
    for (const paper of papers) {
      const venue = this.venues.draw(topic.field, rng);
      const year = paper.day.year;
      const pages = this.venues.allocate(venue, year, rng);
      const doiListed = rng.chance(DOI_LISTED);
      paper.publication = { venue: this.venues.list[venue]!, volume: this.venues.volume(venue, year), firstPage: pages.first, lastPage: pages.last, doiListed };
      const findable = inWos.has(paper) || (doiListed && inTable.has(paper));
      this.index.add(paper.serial, { day: dayIndex(paper.day), firstAuthor: paper.authors[0]!, venue, firstPage: pages.first, findable });
    }
    const byDay = [...papers].sort((a, b) => dayIndex(a.day) - dayIndex(b.day) || a.serial - b.serial);
    this.targets.openTopic(topic.id, byDay.map((p) => p.serial));
    const topicPool = this.pool('topic', topic.id);
    const topicCounts = new Int32Array(topicPool.works.length);
    const fieldPool = this.pool('field', topic.field);
    const fieldCounts = this.classicsCounts(topic.field);
    const outside = (roll: number): [WorkPool, Int32Array] | undefined =>
      roll < TOPIC_WORKS ? [topicPool, topicCounts] : roll < TOPIC_WORKS + FIELD_WORKS ? [fieldPool, fieldCounts] : undefined;
    for (const paper of byDay) if (inWos.has(paper)) paper.references = this.referenceList(paper, topic, outside, rng);
    this.writeWorks(topicPool, topicCounts);
  }

  /** Writes the field classics' truth and closes the truth files. */
  finish(): ReferenceSummary {
    for (const field of this.fieldTopics.keys()) {
      this.writeWorks(this.pool('field', field), this.classicsCounts(field));
    }
    this.citations.close();
    this.works.close();
    return this.summary;
  }

  private referenceList(paper: Paper, topic: Topic, outside: (roll: number) => [WorkPool, Int32Array] | undefined, rng: Rng): string[] {
    const size = Math.min(MAX_REFERENCES, Math.max(1, Math.round(MEDIAN_REFERENCES * Math.exp(SIGMA * rng.normal()))));
    const day = dayIndex(paper.day);
    const chance = (p: number) => rng.chance(p);
    const lines: string[] = [];
    const taken = new Set<number>();
    const local = rng.round(IN_CORPUS * size);
    for (let i = 0; i < local; i++) {
      const from = (rng.chance(CROSS_TOPIC) ? this.earlierTopic(topic, rng) : undefined) ?? topic.id;
      for (const serial of this.targets.draw(from, day, 1, taken, rng)) {
        const kind = from === topic.id ? 'topic' : 'cross-topic';
        const findable = this.index.isFindable(serial);
        this.targets.cite(serial);
        this.citations.write(csvRow([paperDoi(paper.serial), paperDoi(serial), kind, findable ? 1 : 0]));
        lines.push(citeWork(this.index.work(serial), chance));
        this.summary.inCorpus++;
        if (kind === 'cross-topic') this.summary.crossTopic++;
        if (findable) this.summary.findable++;
      }
    }
    // Whatever the corpus could not give (a young topic has few earlier papers) goes outside.
    const chosen = new Set<CitedWork>();
    while (lines.length < size) lines.push(citeWork(this.outsideWork(outside(rng.float()), paper.day.year, chosen, rng), chance));
    this.summary.lists++;
    this.summary.references += lines.length;
    return rng.shuffle(lines);
  }

  /** A work of the pool not yet in this list and not younger than the citing paper, else a one-off. */
  private outsideWork(pool: [WorkPool, Int32Array] | undefined, year: number, chosen: Set<CitedWork>, rng: Rng): CitedWork {
    if (pool) {
      const [works, counts] = pool;
      for (let tries = 0; tries < POOL_TRIES; tries++) {
        const rank = works.draw(rng);
        const work = works.works[rank]!;
        if (work.year > year || chosen.has(work)) continue;
        chosen.add(work);
        counts[rank]!++;
        return work;
      }
    }
    return oneOffWork(year, rng);
  }

  /** A topic of the same field made before this one, else any made before; none for the first. */
  private earlierTopic(topic: Topic, rng: Rng): number | undefined {
    const same = this.fieldTopics.get(topic.field)!;
    const before = same.indexOf(topic.id);
    if (before > 0) return same[rng.int(0, before - 1)];
    return topic.id > 0 ? rng.int(0, topic.id - 1) : undefined;
  }

  private pool(scope: Scope, id: number): WorkPool {
    const source = this.topics[scope === 'topic' ? id : this.fieldTopics.get(id)![0]!]!;
    const phrases = (scope === 'topic' ? source.own : source.shared).phrases.map((p) => p.many);
    return new WorkPool(scope, id, this.seed, this.venues, source.field, phrases);
  }

  private classicsCounts(field: number): Int32Array {
    return this.fieldCounts.subarray(field * POOL_SIZES.field, (field + 1) * POOL_SIZES.field);
  }

  private writeWorks(pool: WorkPool, counts: Int32Array): void {
    pool.works.forEach((work, rank) => {
      if (counts[rank]! > 0) this.works.write(csvRow([canonicalReference(work), pool.scope, pool.id, counts[rank]!]));
    });
  }
}
