// Words that carry no topic. Entries are in the form phrases take after extraction: lower-case,
// nouns singular (wink lemmas), hyphen compounds joined by '-'.

/** Whole phrases that are never terms: the vocabulary every abstract uses to talk about itself. */
export const STOP_TERMS: ReadonlySet<string> = new Set([
  'ability', 'advance', 'advantage', 'aim', 'alternative', 'amount', 'analysis', 'answer',
  'applicability', 'application', 'approach', 'area', 'art', 'aspect', 'assumption', 'attempt',
  'author', 'baseline', 'basis', 'behavior', 'behaviour', 'benefit', 'case', 'cause', 'challenge',
  'change', 'characteristic', 'choice', 'claim', 'code', 'community', 'comparison', 'conclusion',
  'condition', 'consequence', 'contrast', 'contribution', 'degree', 'detail', 'difference',
  'difficulty', 'direction', 'discussion', 'effect', 'effectiveness', 'efficacy', 'efficiency',
  'element', 'end', 'evaluation', 'evidence', 'example', 'experiment', 'experimental result',
  'explanation', 'extent', 'fact', 'factor', 'field', 'finding', 'focus', 'form', 'framework',
  'gain', 'goal', 'hand', 'help', 'idea', 'impact', 'implication', 'importance', 'improvement',
  'increase', 'insight', 'instance', 'interest', 'investigation', 'issue', 'item', 'kind', 'lack',
  'level', 'limitation', 'literature', 'lot', 'manner', 'matter', 'means', 'mechanism', 'method',
  'methodology', 'nature', 'need', 'notion', 'number', 'observation', 'order', 'outcome',
  'overview', 'paper', 'part', 'performance', 'perspective', 'phenomenon', 'place', 'point',
  'possibility', 'practice', 'practitioner', 'presence', 'problem', 'procedure', 'progress',
  'property', 'proposal', 'purpose', 'quality', 'question', 'range', 'reason', 'regard',
  'relation', 'relationship', 'research', 'respect', 'result', 'role', 'scenario', 'scheme',
  'scope', 'section', 'sense', 'set', 'setting', 'situation', 'solution', 'source', 'stage',
  'state-of-the-art', 'step', 'strategy', 'strength', 'study', 'success', 'suite', 'summary',
  'superiority', 'support', 'survey', 'task', 'technique', 'term', 'thing', 'time', 'tool',
  'topic', 'trend', 'type', 'understanding', 'use', 'validity', 'value', 'variety', 'version',
  'view', 'way', 'weakness', 'work', 'year',
]);

/**
 * Modifiers stripped from the start of a phrase: "novel framework" and "other method" say
 * nothing "framework" and "method" do not ("state-of-the-art result" becomes "result", a stop term).
 */
export const STOP_MODIFIERS: ReadonlySet<string> = new Set([
  'above', 'additional', 'appropriate', 'better', 'certain', 'common', 'comprehensive',
  'considerable', 'corresponding', 'current', 'different', 'due', 'entire', 'essential',
  'excellent', 'extensive', 'few', 'first', 'following', 'fundamental', 'further', 'given', 'good',
  'great', 'greater', 'important', 'impressive', 'interesting', 'intriguing', 'key', 'last',
  'latter', 'main', 'major', 'many', 'more', 'most', 'much', 'new', 'notable', 'novel', 'numerous',
  'original', 'other', 'overall', 'own', 'particular', 'possible', 'potential', 'powerful',
  'practical', 'present', 'previous', 'prior', 'promising', 'proposed', 'recent', 'relevant',
  'remarkable', 'respective', 'same', 'second', 'several', 'significant', 'similar', 'simple',
  'so-called', 'specific', 'state-of-the-art', 'substantial', 'such', 'suitable', 'superior',
  'surprising', 'third', 'typical', 'various', 'well-known', 'whole', 'widespread',
]);

/**
 * "-ing" verbs that stay verbs even after a noun ("models using X", "methods including Y"); other
 * gerunds there are nouns ("machine learning", "gradient boosting"): see phrases.ts.
 */
export const VERB_ONLY_GERUNDS: ReadonlySet<string> = new Set([
  'according', 'achieving', 'allowing', 'becoming', 'being', 'bringing', 'causing', 'comparing',
  'considering', 'containing', 'creating', 'demonstrating', 'depending', 'enabling', 'ensuring',
  'exhibiting', 'existing', 'following', 'getting', 'giving', 'having', 'helping', 'including',
  'increasing', 'indicating', 'involving', 'keeping', 'leading', 'leveraging', 'making',
  'obtaining', 'outperforming', 'producing', 'providing', 'reaching', 'regarding', 'requiring',
  'resulting', 'revealing', 'seeking', 'showing', 'suggesting', 'taking', 'underlying', 'using',
  'utilizing', 'yielding',
]);

/** Verbs wink sometimes tags as nouns ("our results show"): they end a phrase, never join one. */
export const VERB_LIKE_NOUNS: ReadonlySet<string> = new Set([
  'achieve', 'achieves', 'allow', 'allows', 'become', 'becomes', 'demonstrate', 'demonstrates',
  'enable', 'enables', 'exhibit', 'exhibits', 'improve', 'improves', 'indicate', 'indicates',
  'lead', 'leads', 'outperform', 'outperforms', 'propose', 'proposes', 'provide', 'provides',
  'remain', 'remains', 'require', 'requires', 'reveal', 'reveals', 'seem', 'seems', 'show',
  'shows', 'suggest', 'suggests', 'yield', 'yields',
]);
