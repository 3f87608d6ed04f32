// The pipeline's options, declared once (name, type, default, range, help): the CLI parses and
// validates from this table, --help prints it, run.json records the result. Defaults come from
// each stage's own DEFAULTS, so a stage called directly behaves as the CLI does.
import { parseArgs } from 'node:util';
import { CENTRALITY_DEFAULTS } from './analysis/centrality';
import { COMMUNITY_DEFAULTS } from './analysis/communities';
import { ANALYSIS_DEFAULTS } from './analysis/index';
import type { CommunityAlgorithm, RankBy } from './analysis/types';
import { COAUTHOR_DEFAULTS } from './graphs/coauthor';
import { PAPER_GRAPH_DEFAULTS } from './graphs/paper-topics';
import { INGEST_DEFAULTS } from './ingest/index';
import { VIEW_DEFAULTS } from './layout/view-subset';
import { TERM_GRAPH_DEFAULTS } from './graphs/term-cooccurrence';
import { TERM_SOURCES, TOPIC_DEFAULTS } from './topics/index';
import { HISTORIOGRAPH_DEFAULTS } from './graphs/historiograph';
import { MAIN_PATH_DEFAULTS } from './citations/main-path';
import { BURST_DEFAULTS } from './time/kleinberg';
import { parseSliceYears } from './time/slices';
import { reportNameProblem } from './export/report-page';
import { DUCKDB_FROM_PAPERS } from './engine/choose';

interface OptionSpec {
  type: 'string' | 'integer' | 'number' | 'boolean';
  default: string | number | boolean | undefined;
  help: string;
  /** Inclusive range for numbers; `exclusiveMin` for values that must be strictly positive. */
  min?: number;
  max?: number;
  exclusiveMin?: boolean;
  choices?: readonly string[];
  /** Shown in --help instead of the type. */
  valueName?: string;
  /** A string's own check: throws a message saying what is wrong. */
  check?: (value: string) => unknown;
}

export const OPTION_SPECS = {
  out: { type: 'string', default: 'output', help: 'folder the reports are written to (replaced atomically)', valueName: 'DIR' },
  thesaurus: { type: 'string', default: undefined, help: 'VOSviewer thesaurus file (label<TAB>replace by; empty drops the term); a term as terms.csv names or labels it', valueName: 'FILE' },
  stopwords: { type: 'string', default: undefined, help: 'terms to drop, one a line, as terms.csv names or labels them', valueName: 'FILE' },
  terms: { type: 'string', default: TOPIC_DEFAULTS.source, choices: TERM_SOURCES, help: "where terms come from: the titles and abstracts, the records' author and index keywords, or both" },
  counting: { type: 'string', default: TERM_GRAPH_DEFAULTS.counting, choices: ['full', 'fractional'] as const, help: 'term map links: 1 per paper, or 1/(n − 1) per paper of n terms (VOSviewer)' },
  'max-record-mb': { type: 'number', default: INGEST_DEFAULTS.maxRecordMb, min: 0, exclusiveMin: true, help: 'largest record read, in millions of characters (a CSV row, a JSON value, a page line): larger ones are rejected, page lines cut short' },
  'min-papers': { type: 'integer', default: undefined, min: 1, help: 'keep terms found in at least this many papers [default: max(2, √(papers / 1000)), smooth]' },
  'min-relevance': { type: 'number', default: TOPIC_DEFAULTS.minRelevance, min: 0, help: 'keep terms clustered at least this far beyond chance (residual IDF, log2)' },
  'max-terms': { type: 'integer', default: TOPIC_DEFAULTS.maxTerms, min: 1, help: 'at most this many terms, the most frequent of the relevant ones' },
  'max-authors': { type: 'integer', default: COAUTHOR_DEFAULTS.maxAuthors, min: 2, help: 'papers with more authors add no co-author links (they still count)' },
  'top-k': { type: 'integer', default: undefined, min: 1, help: 'links each paper keeps in the paper graph (its strongest) [default: 10, 6 from 10,000 papers on]' },
  'min-similarity': { type: 'number', default: PAPER_GRAPH_DEFAULTS.minSimilarity, min: 0, max: 1, help: 'weakest cosine kept in the paper graph' },
  algorithm: { type: 'string', default: COMMUNITY_DEFAULTS.algorithm, choices: ['louvain', 'leiden'] as const satisfies readonly CommunityAlgorithm[], help: 'community detection: Louvain, or Leiden (connected communities, networkanalysis-ts)' },
  resolution: { type: 'number', default: COMMUNITY_DEFAULTS.resolution, min: 0, exclusiveMin: true, help: 'modularity resolution: higher gives more, smaller communities' },
  runs: { type: 'integer', default: undefined, min: 1, max: 1000, help: 'community detection runs with different seeds; the best modularity is kept [default: 10, fewer above 150,000 edges]' },
  seed: { type: 'integer', default: COMMUNITY_DEFAULTS.seed, help: 'seed of every random choice (communities, sampling, layout)' },
  'betweenness-budget': { type: 'integer', default: CENTRALITY_DEFAULTS.betweennessBudget, min: 1, help: 'work allowed for betweenness and closeness, in sources × edges: exact when nodes × edges fits, else sources sampled until the top nodes are stable or the budget is spent (~2–3 s per 10⁸ here)', valueName: 'N' },
  'rank-by': { type: 'string', default: ANALYSIS_DEFAULTS.rankBy, choices: ['count', 'strength'] as const satisfies readonly RankBy[], help: 'tie strength of weighted degree, eigenvector and PageRank: counts (co-occurrences, shared references), or the normalised strength communities use (association strength, Salton\'s cosine)' },
  'min-citations': { type: 'integer', default: undefined, min: 1, help: 'cited references in the co-citation map: those cited this often [default: the smallest count ≥ 2 that keeps at most 1,000]' },
  historiograph: { type: 'integer', default: HISTORIOGRAPH_DEFAULTS.papers, min: 2, help: 'papers in the historiograph: the most cited inside the corpus' },
  'key-routes': { type: 'integer', default: MAIN_PATH_DEFAULTS.keyRoutes, min: 1, help: 'key routes of the main path: the citations of highest search path count it runs through' },
  'max-view-nodes': { type: 'integer', default: VIEW_DEFAULTS.maxNodes, min: 1, help: 'nodes per graph in the view bundle (the most central kept)' },
  'max-view-edges': { type: 'integer', default: VIEW_DEFAULTS.maxEdges, min: 0, help: 'edges per graph in the view bundle (the strongest kept)' },
  'burst-s': { type: 'number', default: BURST_DEFAULTS.s, min: 1, exclusiveMin: true, help: "burst detection (Kleinberg's two states): a burst's rate over the base rate" },
  'burst-gamma': { type: 'number', default: BURST_DEFAULTS.gamma, min: 0, exclusiveMin: true, help: 'burst detection: cost of entering a burst, in units of ln(years); higher gives fewer, stronger bursts' },
  'burst-min-years': { type: 'integer', default: BURST_DEFAULTS.minLength, min: 1, help: 'burst detection: shortest burst reported, in years' },
  slices: { type: 'string', default: 'auto', help: 'time slices of the thematic evolution: years to cut after (2015,2020: up to 2015, 2016-2020, from 2021), or auto (three of about as many papers)', valueName: 'YEARS', check: parseSliceYears },
  report: { type: 'string', default: undefined, help: 'also write the view, with the bundle inside, to this folder of the output: it opens from file:// as it is', valueName: 'NAME' },
  memory: { type: 'number', default: undefined, min: 0, exclusiveMin: true, help: "memory the run may use, in GiB: an input estimated to need more is refused before it is read, and it is the heap limit when V8's default is too small [default: the machine's or its container's, less 1 GiB]", valueName: 'GIB' },
  engine: { type: 'string', default: 'auto', choices: ['auto', 'memory', 'duckdb'] as const, help: `where co-author, term, co-citation and top-k cosine pairs are counted: in memory, or in embedded DuckDB (spills to disk, every core; same results); auto: DuckDB from ${DUCKDB_FROM_PAPERS.toLocaleString('en')} papers on` },
  parquet: { type: 'boolean', default: false, help: 'also write the stage tables (papers, authorships, paper_terms, paper_references) as Parquet, for the pair SQL on other engines (README)' },
  exports: { type: 'string', default: 'full', choices: ['full', 'drawn'], help: 'what the graph files (GEXF, GraphML, Pajek, VOSviewer, Gephi CSV) hold: every node and edge, or only what the view draws' },
} as const satisfies Record<string, OptionSpec>;

type Specs = typeof OPTION_SPECS;
type ValueOf<S extends OptionSpec> = S extends { choices: readonly (infer C)[] }
  ? C
  : S['type'] extends 'string'
  ? S['default'] extends string ? string : string | undefined
  : S['type'] extends 'boolean' ? boolean
  : S['default'] extends number ? number : number | undefined;
export type PipelineOptions = { -readonly [K in keyof Specs]: ValueOf<Specs[K]> };

export const DEFAULT_OPTIONS = Object.fromEntries(
  Object.entries(OPTION_SPECS).map(([name, spec]) => [name, spec.default]),
) as PipelineOptions;

const DEFAULT_INPUTS = ['seeds'];

type ParsedArgs =
  | { kind: 'help' }
  | { kind: 'run'; paths: string[]; options: PipelineOptions }
  | { kind: 'usage-error'; message: string };

/** Command-line words → inputs and validated options, or a message saying what is wrong. */
export function parseCommandLine(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: attachNegativeNumbers(argv),
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(
          (Object.entries(OPTION_SPECS) as [string, OptionSpec][]).map(([name, spec]) => [
            name,
            { type: spec.type === 'boolean' ? ('boolean' as const) : ('string' as const) },
          ]),
        ),
      },
    });
  } catch (error) {
    return { kind: 'usage-error', message: (error as Error).message };
  }
  if (parsed.values.help) return { kind: 'help' };

  const options: Record<string, unknown> = { ...DEFAULT_OPTIONS };
  for (const [name, spec] of Object.entries(OPTION_SPECS) as [string, OptionSpec][]) {
    const raw = (parsed.values as Record<string, string | boolean | undefined>)[name];
    if (raw === undefined) continue;
    try {
      options[name] = convert(name, spec, raw as string | boolean);
    } catch (error) {
      if (error instanceof UsageError) return { kind: 'usage-error', message: error.message };
      throw error;
    }
  }
  const reportProblem = typeof options.report === 'string' ? reportNameProblem(options.report) : undefined;
  if (reportProblem) return { kind: 'usage-error', message: reportProblem };
  return {
    kind: 'run',
    paths: parsed.positionals.length ? parsed.positionals : DEFAULT_INPUTS,
    options: options as PipelineOptions,
  };
}

class UsageError extends Error {}

/** `--resolution -1` → `--resolution=-1`, so a negative number reaches the range check rather than parseArgs's "ambiguous" error. */
function attachNegativeNumbers(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    const spec = (OPTION_SPECS as Record<string, OptionSpec>)[arg.slice(2)];
    if (arg.startsWith('--') && spec && spec.type !== 'boolean' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

function convert(name: string, spec: OptionSpec, raw: string | boolean): string | number | boolean {
  if (spec.type === 'boolean' || typeof raw === 'boolean') return raw;
  if (spec.type === 'string') {
    if (raw === '') throw new UsageError(`--${name} needs a value`);
    if (spec.choices && !spec.choices.includes(raw)) throw new UsageError(`--${name} must be one of ${spec.choices.join(', ')} (got "${raw}")`);
    try {
      spec.check?.(raw);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    return raw;
  }
  const value = Number(raw);
  const kind = spec.type === 'integer' ? 'a whole number' : 'a number';
  if (raw.trim() === '' || !Number.isFinite(value) || (spec.type === 'integer' && !Number.isInteger(value))) {
    throw new UsageError(`--${name} must be ${kind} (got "${raw}")`);
  }
  const tooLow = spec.min !== undefined && (spec.exclusiveMin ? value <= spec.min : value < spec.min);
  if (tooLow || (spec.max !== undefined && value > spec.max)) {
    throw new UsageError(`--${name} must be ${kind} ${describeRange(spec)} (got ${raw})`);
  }
  return value;
}

function describeRange(spec: OptionSpec): string {
  const low = spec.min === undefined ? '' : spec.exclusiveMin ? `greater than ${spec.min}` : `at least ${spec.min}`;
  const high = spec.max === undefined ? '' : `at most ${spec.max}`;
  return [low, high].filter(Boolean).join(' and ');
}

export function helpText(): string {
  const lines = [
    'Usage: npm run pipeline -- [paths…] [options]',
    '',
    'Reads paper listings (profile pages, listing pages, CSV and JSON tables) from files or',
    `folders (recursively; default: ${DEFAULT_INPUTS.join(' ')}), merges them into one corpus and writes`,
    'CSV reports, a view bundle and run.json.',
    '',
    'Options:',
    '  -h, --help'.padEnd(30) + 'show this help',
  ];
  for (const [name, spec] of Object.entries(OPTION_SPECS) as [string, OptionSpec][]) {
    const value = spec.type === 'boolean' ? '' : ` ${spec.valueName ?? (spec.choices ? spec.choices.join('|') : spec.type.toUpperCase())}`;
    const range = spec.type === 'integer' || spec.type === 'number' ? describeRange(spec) : '';
    const dflt = spec.default === undefined ? '' : ` [default: ${spec.default}]`;
    lines.push(`  --${name}${value}`.padEnd(30) + spec.help + (range ? ` (${range})` : '') + dflt);
  }
  lines.push('', 'Exit codes: 0 success, 1 the run failed (previous output kept), 2 bad usage, 3 the input needs more memory than --memory allows.');
  return lines.join('\n');
}
