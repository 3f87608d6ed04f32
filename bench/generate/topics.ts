// The planted topics: how many papers each gets, and the words it uses. Topics come in fields
// of about eight (as "graph learning" holds several research lines): a paper talks mostly in its
// topic's own phrases and partly in its field's shared ones, so that neighbouring topics overlap
// as real ones do and recovering them is not trivial.
//
// Phrases are built from a few core nouns and modifiers dealt to each vocabulary ("sparse" +
// "attention" + "head"), plus a whole phrase from the seeds while they last. No phrase belongs to
// two vocabularies, and a core noun is a single-word term of the first vocabulary it is dealt to
// only, so that with a few topics even single words are specific, and with thousands the phrases
// still are.
import { modify, parseNoun, type Phrase } from './english';
import { Rng, Weighted, zipf } from './rng';
import { CATEGORIES, CORE_NOUNS, HEADS, MODIFIERS, SEED_PHRASES } from './words';

export interface Vocabulary {
  /** Most frequent first. */
  phrases: Phrase[];
  /** Zipf over `phrases`. */
  ranks: Weighted;
}

export interface Topic {
  id: number;
  field: number;
  own: Vocabulary;
  /** The field's vocabulary, shared with its other topics. */
  shared: Vocabulary;
  /** The field's main arXiv category first, then one the topic's papers may add. */
  categories: [string, string];
  /** Papers planted in this topic. */
  size: number;
  /** Its three most frequent phrases, for people reading the truth. */
  label: string;
}

const TOPIC_PHRASES = 40;
const FIELD_PHRASES = 24;
const TOPICS_PER_FIELD = 8;
const CORES = 3;
const MODIFIERS_EACH = 3;
/** Word frequencies within a vocabulary: Zipf with this exponent. */
const ZIPF_EXPONENT = 1.0;
/** Spread of topic sizes: log-normal weights with this σ (the largest a few times the smallest). */
const SIZE_SIGMA = 0.5;

/** One topic per ~300 papers, at least 5 (fewer only when there are fewer papers). */
export function defaultTopicCount(papers: number): number {
  return Math.min(papers, Math.max(5, Math.round(papers / 300)));
}

export function planTopics(papers: number, topicCount: number, seed: string): Topic[] {
  const rng = new Rng(seed, 'topics');
  const sizes = topicSizes(papers, topicCount, rng);
  const vocabularies = new VocabularyMaker(rng);
  const categoryDraw = new Weighted(CATEGORIES.map(([, w]) => w));
  const category = () => CATEGORIES[categoryDraw.draw(rng)]![0];
  const fields = Array.from({ length: Math.max(1, Math.round(topicCount / TOPICS_PER_FIELD)) }, () => ({
    vocabulary: vocabularies.make(FIELD_PHRASES),
    category: category(),
  }));
  return sizes.map((size, id) => {
    const field = id % fields.length;
    const { vocabulary: shared, category: primary } = fields[field]!;
    const own = vocabularies.make(TOPIC_PHRASES);
    let secondary = primary;
    while (secondary === primary) secondary = category();
    const label = own.phrases.slice(0, 3).map((p) => p.one).join('; ');
    return { id, field, own, shared, categories: [primary, secondary], size, label };
  });
}

/** Deals words to vocabularies and keeps every phrase in one vocabulary only. */
class VocabularyMaker {
  private readonly cores: Deck<Phrase>;
  private readonly modifiers: Deck<string>;
  private readonly seedPhrases: Phrase[];
  private readonly heads = HEADS.map(parseNoun);
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {
    this.cores = new Deck(CORE_NOUNS.map(parseNoun), rng);
    this.modifiers = new Deck([...MODIFIERS], rng);
    this.seedPhrases = rng.shuffle(SEED_PHRASES.map(parseNoun));
  }

  make(size: number): Vocabulary {
    const phrases: Phrase[] = [];
    const add = (p: Phrase) => {
      if (this.used.has(p.one)) return;
      this.used.add(p.one);
      phrases.push(p);
    };
    const cores = Array.from({ length: CORES }, () => this.cores.deal());
    const modifiers = Array.from({ length: MODIFIERS_EACH }, () => this.modifiers.deal().card);
    for (const core of cores) if (core.fresh) add(core.card);
    const seedPhrase = this.seedPhrases.pop();
    if (seedPhrase) add(seedPhrase);
    for (const m of modifiers) for (const c of cores) if (phrases.length < size) add(modify(m, c.card));
    // Random compounds until the vocabulary is full; the cap only matters if words ran out.
    for (let tries = 0; phrases.length < size && tries < 2000; tries++) {
      const core = this.rng.pick(cores).card;
      const head = this.rng.pick(this.heads);
      if (head.one === core.one) continue;
      const compound = modify(core.one, head);
      add(this.rng.chance(0.5) ? compound : modify(this.rng.pick(modifiers), compound));
    }
    this.rng.shuffle(phrases);
    return { phrases, ranks: zipf(phrases.length, ZIPF_EXPONENT) };
  }
}

/** Sizes summing to `papers`, each ≥ 1, spread log-normally. */
function topicSizes(papers: number, topicCount: number, rng: Rng): number[] {
  const weights = Array.from({ length: topicCount }, () => Math.exp(SIZE_SIGMA * rng.normal()));
  const total = weights.reduce((a, b) => a + b, 0);
  const spare = papers - topicCount;
  const exact = weights.map((w) => (w / total) * spare);
  const sizes = exact.map((x) => 1 + Math.floor(x));
  // Largest remainders first, ties by index, so the sum is exact and the split deterministic.
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let left = papers - sizes.reduce((a, b) => a + b, 0);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    sizes[i]!++;
  }
  return sizes;
}

/** Deals cards from a shuffled deck, reshuffling when it runs out; `fresh` until the first reshuffle. */
class Deck<T> {
  private order: T[] = [];
  private round = 0;

  constructor(
    private readonly cards: readonly T[],
    private readonly rng: Rng,
  ) {}

  deal(): { card: T; fresh: boolean } {
    if (this.order.length === 0) {
      this.order = this.rng.shuffle([...this.cards]);
      this.round++;
    }
    return { card: this.order.pop()!, fresh: this.round === 1 };
  }
}
