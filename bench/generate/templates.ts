// Titles and abstracts from sentence templates. Slots are filled with the paper's own phrases
// (a few of its topic's, the first ones most often, as real abstracts repeat their key terms) and
// with shared filler. Topic phrases always stand between function words or punctuation, so a
// noun-phrase tagger reads each one as a phrase of its own.
import { article, capitalise, parseNoun, type Phrase, sentenceCase, titleCase } from './english';
import { type Rng, zipf } from './rng';
import { AFFILIATIONS, BACKGROUND, GENERIC_ADJECTIVES, NAME_PREFIXES, NAME_SUFFIXES, QUALITIES } from './words';

/** What one paper talks about. */
export interface Focus {
  /** Its topic phrases, most used first; a second topic's come last. */
  phrases: Phrase[];
  /** An invented method name ("FlexFormer"), for some papers. */
  name?: string;
  hasCode: boolean;
}

const background = BACKGROUND.map(parseNoun);
const backgroundRanks = zipf(background.length, 1.1);

/** Slots: {p}/{ps} a topic phrase (one/many), {b}/{bs} filler, {q} a quality, {g} praise,
    {ag} praise with its article, {n} a count, {pct} a percentage, {name} the method. */
const SLOTS = ['p', 'ps', 'b', 'bs', 'q', 'g', 'ag', 'n', 'pct', 'name'] as const;
type Slot = (typeof SLOTS)[number];

/** A template split once into its text and slots: literals[0] slot[0] literals[1] … */
interface Template {
  literals: string[];
  slots: Slot[];
}

function compile(text: string): Template {
  const parts = text.split(/\{(\w+)\}/);
  const template: Template = { literals: [], slots: [] };
  parts.forEach((part, i) => {
    if (i % 2 === 0) template.literals.push(part);
    else if ((SLOTS as readonly string[]).includes(part)) template.slots.push(part as Slot);
    else throw new Error(`unknown template slot {${part}} in "${text}"`);
  });
  return template;
}

const CONTEXT = [
  '{p} is a central ingredient of modern {ps}, but its {q} is still poorly understood.',
  'Recent work on {p} has led to strong results on {bs}, yet little is known about {p}.',
  '{p} has become a standard tool for {ps} in many {bs}.',
  'Despite the success of {ps}, the {q} of {p} remains limited in practice.',
  'Understanding {p} is a long-standing question in the study of {ps}.',
  'Many recent {bs} rely on {ps} to improve the {q} of {ps}.',
  'The {q} of {ps} depends on {p}, which is costly to obtain for large {bs}.',
].map(compile);

const GAP = [
  'However, existing approaches to {p} ignore {p} and therefore scale poorly to large {bs}.',
  'Most prior methods treat {p} and {p} separately, which leads to poor {q} under {p}.',
  'Current {ps} require expensive {p} and fail when the {b} is small.',
  'In particular, it is unclear how {p} interacts with {p} during training.',
].map(compile);

const PROPOSAL = [
  'In this work, we propose {name}, {ag} {p} for {p} that improves the {q} of {ps}.',
  'We introduce {ag} approach to {p} based on {p} and {p}.',
  'We present {name}, which combines {p} with {p} to obtain better {ps}.',
  'This paper studies {p} through the lens of {p} and {p}.',
  'We develop {ag} theory of {p} that explains the role of {p} in {ps}.',
].map(compile);

const DETAILS = [
  'Our method uses {p} to estimate the {p} and then applies {p} to each {b}.',
  'The key idea is to replace {p} with {p}, which reduces the {b} without extra {p}.',
  'We show that {p} is equivalent to {p} under mild assumptions on the {p}.',
  'We derive a tight bound on the {p} in terms of {p} and the {b}.',
  'We further characterize how {p} shapes the {p} of {ps}.',
  'Unlike prior {ps}, our approach does not require {p} or additional {bs}.',
  'A careful analysis of the {p} reveals a close connection between {p} and {ps}.',
  'To this end, we formulate {p} as a problem over {ps} and solve it with {p}.',
  'We also provide {ag} {p} that keeps the {p} stable across {bs}.',
  'Our analysis covers both {p} and {p} and extends to {ps}.',
  'Each {p} is trained with {p} on top of frozen {ps}.',
  'The resulting {p} can be computed in linear time in the {b}.',
].map(compile);

const EXPERIMENTS = [
  'Experiments on {n} {bs} show that {name} outperforms strong {bs} in {q}.',
  'Extensive experiments on {p} and {p} demonstrate consistent gains of up to {pct}% in {b}.',
  'On {n} {bs}, our approach improves {q} by {pct}% while reducing the {b}.',
  'Empirically, {name} matches the {q} of larger {ps} at a fraction of the {b}.',
].map(compile);

const CLOSINGS = [
  'Our results suggest that {p} is a promising direction for {ps}.',
  'These findings shed light on the relation between {p} and {p}.',
  'We hope that {p} will serve as a simple baseline for future work on {ps}.',
  'Overall, our work highlights the importance of {p} for {ps}.',
].map(compile);

const TITLES = [
  '{p} for {ps}',
  '{g} {p} via {p}',
  'on the {q} of {ps}',
  'towards {g} {ps}',
  'learning {ps} with {p}',
  'rethinking {p} for {ps}',
  'when does {p} help {p}?',
  'understanding {ps} through {p}',
  'beyond {ps}: {p} for {ps}',
  '{p} improves {p}',
  'a theory of {p} in {ps}',
  'revisiting {p} with {ps}',
  '{p} meets {p}',
  'provable {p} for {ps}',
  'what makes {ps} work for {p}?',
].map(compile);

const NAMED_TITLES = ['{name}: {g} {p} for {ps}', '{name}: scaling {p} to {ps}', '{name}: {p} with {ps}'].map(compile);

/** Abstract lengths in words. */
const MIN_WORDS = 120;
const MAX_WORDS = 200;

export function methodName(rng: Rng): string {
  const name = rng.pick(NAME_PREFIXES) + rng.pick(NAME_SUFFIXES);
  return rng.chance(0.15) ? `${name}-${rng.int(2, 9)}` : name;
}

/**
 * A title in title or sentence case. `serial`, when given, becomes a version in a name prefix
 * ("FlexNet v12: …"): no other title has that word, so the caller can always get a new title.
 */
export function drawTitle(focus: Focus, rng: Rng, serial?: number): string {
  const name = serial !== undefined ? `${methodName(rng)} v${serial}` : focus.name;
  const template = name !== undefined && (serial !== undefined || rng.chance(0.5)) ? rng.pick(NAMED_TITLES) : rng.pick(TITLES);
  // Titles name the paper's main phrases in order: its first slot is its top phrase.
  const text = new Filler(focus, rng, name, true).fill(template);
  return rng.chance(0.65) ? titleCase(text) : sentenceCase(text);
}

export function drawAbstract(focus: Focus, rng: Rng): string {
  const filler = new Filler(focus, rng, focus.name, false);
  // The last two sentences can overshoot the target by ~20 words.
  const target = rng.int(MIN_WORDS, MAX_WORDS - 20);
  const sentences: string[] = [];
  let words = 0;
  const say = (templates: readonly Template[]) => {
    const s = capitalise(filler.fill(rng.pick(templates)));
    sentences.push(s);
    words += wordCount(s);
  };
  say(CONTEXT);
  if (rng.chance(0.6)) say(GAP);
  say(PROPOSAL);
  const details = rng.shuffle([...DETAILS]);
  // Leave room for the results and closing sentences (~30 words).
  while (words < target - 30) say([details.pop() ?? rng.pick(DETAILS)]);
  say(EXPERIMENTS);
  if (words < target) say(CLOSINGS);
  if (focus.hasCode && rng.chance(0.5)) {
    sentences.push(`Code is available at https://github.com/${rng.pick(AFFILIATIONS)}/${(focus.name ?? 'code').toLowerCase()}.`);
  }
  return sentences.join(' ');
}

function wordCount(sentence: string): number {
  let n = 1;
  for (let i = sentence.indexOf(' '); i >= 0; i = sentence.indexOf(' ', i + 1)) n++;
  return n;
}

/** Fills one text's slots; the paper's phrases are drawn skewed towards its first ones. */
class Filler {
  private slot = 0;

  constructor(
    private readonly focus: Focus,
    private readonly rng: Rng,
    private readonly name: string | undefined,
    private readonly inOrder: boolean,
  ) {}

  fill(template: Template): string {
    this.slot = 0;
    const used = new Set<Phrase>();
    let text = template.literals[0]!;
    for (let i = 0; i < template.slots.length; i++) text += this.value(template.slots[i]!, used) + template.literals[i + 1]!;
    return text;
  }

  private value(slot: Slot, used: Set<Phrase>): string {
    switch (slot) {
      case 'p':
      case 'ps': {
        const phrase = this.phrase(used);
        used.add(phrase);
        return slot === 'p' ? phrase.one : phrase.many;
      }
      case 'b':
        return background[backgroundRanks.draw(this.rng)]!.one;
      case 'bs':
        return background[backgroundRanks.draw(this.rng)]!.many;
      case 'q':
        return this.rng.pick(QUALITIES);
      case 'g':
        return this.rng.pick(GENERIC_ADJECTIVES);
      case 'ag': {
        const adjective = this.rng.pick(GENERIC_ADJECTIVES);
        return `${article(adjective)} ${adjective}`;
      }
      case 'n':
        return String(this.rng.int(3, 12));
      case 'pct':
        return String(this.rng.int(2, 40));
      case 'name':
        return this.name ?? (this.rng.chance(0.5) ? 'our method' : 'our approach');
    }
  }

  /** A phrase this sentence has not used yet where possible, so "X for X" does not happen. */
  private phrase(used: ReadonlySet<Phrase>): Phrase {
    const list = this.focus.phrases;
    const k = this.slot++;
    if (this.inOrder && k < list.length && this.rng.chance(0.8) && !used.has(list[k]!)) return list[k]!;
    let p = list[0]!;
    for (let tries = 0; tries < 6; tries++) {
      p = list[Math.floor(list.length * Math.pow(this.rng.float(), 1.8))]!;
      if (!used.has(p)) return p;
    }
    return p;
  }
}
