// One planted paper: its topic (and maybe a second, weaker one), team, date and text. Titles are
// unique under the pipeline's own title key, so N generated papers are N papers after merging.
import { titleKey } from '../../pipeline/corpus/titles';
import { TEAM_SIZE_WEIGHTS, type TopicAuthors } from './authors';
import { drawDay, type Day } from './dates';
import type { Phrase } from './english';
import { type Rng, Weighted } from './rng';
import { drawAbstract, drawTitle, type Focus, methodName } from './templates';
import type { Topic, Vocabulary } from './topics';
import type { Venue } from './venues';
import { AFFILIATIONS } from './words';

export interface Paper {
  /** Its place among all papers, in the order they are made: its DOI's number (paper-index.ts). */
  serial: number;
  title: string;
  abstract: string;
  topic: number;
  /** The topic whose words are mixed in, or -1. */
  mixTopic: number;
  /** Author serials in byline order. */
  authors: number[];
  day: Day;
  categories: string[];
  hasCode: boolean;
  /** The " · eth-zurich" tail a profile page may show. */
  affiliation?: string;
  /** How many files list it; set by placement. */
  copies: number;
  /** Where it was published; set with the topic's references (references.ts). */
  publication?: Publication;
  /** Its reference list as its WoS record writes it; only papers with such a record have one. */
  references?: string[];
}

export interface Publication {
  venue: Venue;
  volume: number;
  firstPage: number;
  lastPage: number;
  /** Its tables' and WoS records' rows give its DOI (not every database has every DOI). */
  doiListed: boolean;
}

/** Share of papers that mix in a second topic's words. */
const MIXED = 0.1;
/** Share of consortium papers (40–300 authors). */
const CONSORTIUM = 0.001;
const teamSizes = new Weighted(TEAM_SIZE_WEIGHTS);

/** Remembers every title key given out (as a 53-bit hash: a million titles in a few tens of MB). */
export class TitleRegistry {
  private readonly seen = new Set<number>();
  private serial = 0;

  claim(title: string): boolean {
    const h = hash53(titleKey(title));
    if (this.seen.has(h)) return false;
    this.seen.add(h);
    return true;
  }

  /** A number no earlier fallback title used. */
  nextSerial(): number {
    return ++this.serial;
  }
}

export function makePaper(serial: number, topic: Topic, topics: readonly Topic[], authors: TopicAuthors, titles: TitleRegistry, rng: Rng): Paper {
  // The topic's top pick leads (titles name it first); the rest mixes own and field phrases.
  const [lead, ...own] = drawDistinct(topic.own, rng.int(3, 6), rng);
  const phrases = [lead!, ...rng.shuffle([...own, ...drawDistinct(topic.shared, rng.int(1, 3), rng)])];
  let mixTopic = -1;
  if (topics.length > 1 && rng.chance(MIXED)) {
    do mixTopic = rng.int(0, topics.length - 1);
    while (mixTopic === topic.id);
    phrases.push(...drawDistinct(topics[mixTopic]!.own, rng.int(1, 2), rng));
  }
  const hasCode = rng.chance(0.3);
  const focus: Focus = { phrases, hasCode, ...(rng.chance(0.3) ? { name: methodName(rng) } : {}) };
  let title = drawTitle(focus, rng);
  for (let tries = 0; !titles.claim(title); tries++) {
    // After many clashes (a small topic whose titles are used up) a numbered name makes it new.
    title = tries < 30 ? drawTitle(focus, rng) : drawTitle(focus, rng, titles.nextSerial());
  }
  const size = rng.chance(CONSORTIUM) ? rng.logInt(40, 300) : teamSizes.draw(rng) + 1;
  const paper: Paper = {
    serial,
    title,
    abstract: drawAbstract(focus, rng),
    topic: topic.id,
    mixTopic,
    authors: authors.team(size),
    day: drawDay(rng),
    categories: rng.chance(0.3) ? [...topic.categories] : [topic.categories[0]],
    hasCode,
    copies: 1,
  };
  if (rng.chance(0.1)) paper.affiliation = rng.pick(AFFILIATIONS);
  return paper;
}

/** `k` different phrases of a vocabulary, drawn by its Zipf ranks, most frequent first. */
function drawDistinct(vocabulary: Vocabulary, k: number, rng: Rng): Phrase[] {
  const ranks = new Set<number>();
  const want = Math.min(k, vocabulary.phrases.length);
  for (let tries = 0; ranks.size < want && tries < 100; tries++) ranks.add(vocabulary.ranks.draw(rng));
  return [...ranks].sort((a, b) => a - b).map((r) => vocabulary.phrases[r]!);
}

/** cyrb53: a fast 53-bit string hash (public domain); exact in a double. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
