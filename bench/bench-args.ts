// `npm run bench`'s command line: its help text and the parsed, checked arguments.
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { OPTION_SPECS } from '../pipeline/options';
import { MAX_PAPERS } from './generate/corpus';
import { IGRAPH_PACKAGES } from './igraph-run';
import { projectRoot } from './ts-process';

const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const DEFAULT_SEED = 42;

export const HELP = `Usage: npm run bench -- [--sizes N,N,…] [--seed S] [--engine E] [--igraph] [--keep] [--no-view] [--view-bundle FILE] [--out-json FILE]

Generates a synthetic corpus per size (bench/generate/), runs the real pipeline on it in a fresh
process, and reports per stage wall time and peak RSS, graph sizes, modularity, communities and
the NMI of the recovered communities against the planted topics; then times the view on the
largest bundle in headless Chromium (first frame, a filter, a legend toggle, a hover, a
selection), and checks the targets.

  --sizes N,N,…    papers per corpus (default: ${DEFAULT_SIZES.join(',')})
  --seed S         whole number: seeds the generator and the pipeline (default: ${DEFAULT_SEED})
  --engine E       the pipeline's --engine: ${OPTION_SPECS.engine.choices.join(', ')} (default: ${OPTION_SPECS.engine.default})
  --igraph         also run the igraph comparison pipeline (bench/igraph/pipeline.py: parse, merge,
                   TF-IDF paper graph, co-author, term and citation graphs, Louvain, PageRank,
                   betweenness, layouts, CSVs) on each corpus, and compare; it needs
                   ${IGRAPH_PACKAGES} for /usr/bin/python3 (or CITEGRAPH_PYTHON)
  --keep           keep the generated corpora and outputs (their folder is printed)
  --no-view        skip the browser timing
  --view-bundle FILE  time the view on this bundle only (no corpora, no pipeline runs)
  --out-json FILE  where the figures are saved (default: bench/results.json; with --view-bundle,
                   citegraph-bench-view.json in the temporary folder)
  -h, --help       show this help

The table goes to stdout, progress to stderr. Exit codes: 0 every size and the view were measured
(whether or not the targets are met), 1 a size, the view or the igraph pipeline failed or is not
installed (shown in the table), 2 bad usage.`;

export interface BenchArgs {
  sizes: number[];
  seed: number;
  engine: string;
  /** Also run the igraph comparison pipeline on each corpus. */
  igraph: boolean;
  keep: boolean;
  view: boolean;
  /** Time the view on this bundle instead of running the pipeline. */
  viewBundle: string | null;
  outJson: string;
}

export class UsageError extends Error {}

/** "1000,10_000,100000" → sorted distinct sizes, cheapest first. */
function parseSizes(text: string): number[] {
  const sizes = text.split(',').map((part) => {
    const digits = part.trim().replace(/_/g, '');
    const n = Number(digits);
    if (!/^\d+$/.test(digits) || n < 1 || n > MAX_PAPERS) throw new UsageError(`--sizes: "${part}" is not a whole number from 1 to ${MAX_PAPERS}`);
    return n;
  });
  return [...new Set(sizes)].sort((a, b) => a - b);
}

export function parseBenchArgs(argv: string[]): BenchArgs | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        sizes: { type: 'string' },
        seed: { type: 'string' },
        engine: { type: 'string' },
        igraph: { type: 'boolean' },
        keep: { type: 'boolean' },
        'no-view': { type: 'boolean' },
        'view-bundle': { type: 'string' },
        'out-json': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed) || values.seed?.trim() === '') throw new UsageError(`--seed must be a whole number (got "${values.seed}")`);
  const engine = values.engine ?? OPTION_SPECS.engine.default;
  if (!(OPTION_SPECS.engine.choices as readonly string[]).includes(engine)) throw new UsageError(`--engine must be one of ${OPTION_SPECS.engine.choices.join(', ')} (got "${engine}")`);
  if (values['out-json'] === '') throw new UsageError('--out-json needs a file name');
  if (values['view-bundle'] === '') throw new UsageError('--view-bundle needs a file name');
  if (values['view-bundle'] !== undefined && (values.sizes !== undefined || values['no-view'] || values.igraph)) {
    throw new UsageError('--view-bundle times the view alone: it goes with neither --sizes, --no-view nor --igraph');
  }
  const viewBundle = values['view-bundle'] === undefined ? null : resolve(values['view-bundle']);
  return {
    sizes: viewBundle ? [] : values.sizes === undefined ? DEFAULT_SIZES : parseSizes(values.sizes),
    viewBundle,
    seed,
    engine,
    igraph: values.igraph ?? false,
    keep: values.keep ?? false,
    view: !values['no-view'],
    // A view-only run must not overwrite the full run's figures.
    outJson: values['out-json'] !== undefined ? resolve(values['out-json']) : viewBundle ? join(tmpdir(), 'citegraph-bench-view.json') : join(projectRoot, 'bench', 'results.json'),
  };
}
