// The bench's igraph comparison with fixed figures: --igraph on the command line, the report line
// read from the Python pipeline's stdout, the comparison table, the issue-19 targets (10,000
// papers within 1.2× the igraph pipeline's wall time, ≤ 0.8 GiB), and the message when Python
// lacks the packages. No timing here: the figures come from `npm run bench -- --igraph`.
import { describe, expect, it } from 'vitest';
import { HELP, parseBenchArgs, UsageError } from '../bench/bench-args';
import { formatIgraphComparison, formatReport } from '../bench/format-table';
import { igraphMissing, parseIgraphReport } from '../bench/igraph-run';
import type { IgraphReport, IgraphRun, RunMeasures, RunResult } from '../bench/results';
import { evaluateTargets } from '../bench/targets';
import { benchResults } from './fixtures/bench-results';

const report = (over: Partial<IgraphReport> = {}): IgraphReport => ({
  wallSeconds: 40,
  importSeconds: 0.75,
  layoutSeconds: 8.5,
  cpuSeconds: 41.25,
  peakRssMib: 830,
  counts: { files: 133, records: 11099, papers: 10000, rejects: 0, terms: 155029, mapTerms: 2000 },
  graphs: [
    { kind: 'coauthor', nodes: 11105, edges: 67380, communities: 789, modularity: 0.891, betweenness: 'sampled, 1484 sources' },
    { kind: 'papers', nodes: 10000, edges: 50265, communities: 33, modularity: 0.96, betweenness: 'sampled, 1989 sources' },
  ],
  nmiPapers: { nmi: 0.99594, matched: 10000 },
  ...over,
});
const igraphRun = (papers: number, over: Partial<IgraphRun> = {}): IgraphRun => ({ papers, processSeconds: 41.5, report: report(), error: null, ...over });

const measures = (seconds: number, peakRssMib = 700): RunMeasures => ({
  generationSeconds: 3,
  loadSeconds: 0.16,
  loadRssMib: 77,
  total: { seconds, cpuSeconds: 45.3, peakRssMib },
  counts: { files: 133, records: 11099, papers: 10000, authors: 11000, terms: 1734, linkTerms: 1987, unlinkedPapers: 1, rejects: 0 },
  graphs: [],
  nmi: { papers: { nmi: 0.99612, matched: 10000, planted: 10000, recovered: 10000, plantedClusters: 33, recoveredClusters: 33 }, authors: null },
  citations: null,
  outDir: '/tmp/out',
});
const run = (papers: number, seconds: number, peakRssMib?: number): RunResult => ({ papers, algorithm: null, stages: [], measures: measures(seconds, peakRssMib), error: null });

const IGRAPH_TARGET = "10,000 papers within 1.2× the igraph pipeline's wall time";
const target = (runs: RunResult[], igraph: IgraphRun[] | null) => evaluateTargets(runs, null, igraph).find((t) => t.name.startsWith('10,000 papers within'));

describe('--igraph', () => {
  it('is off by default, on with the flag, and named in the help with the packages it needs', () => {
    expect(parseBenchArgs(['--sizes', '1000'])).toMatchObject({ igraph: false, sizes: [1000] });
    expect(parseBenchArgs(['--sizes', '1000,10000', '--no-view', '--igraph'])).toMatchObject({ igraph: true, view: false, sizes: [1000, 10000] });
    expect(HELP).toContain('--igraph');
    expect(HELP).toContain('python3-igraph python3-sklearn python3-numpy python3-scipy');
  });

  it('does not go with --view-bundle, which runs no pipeline', () => {
    expect(() => parseBenchArgs(['--view-bundle', 'b.json', '--igraph'])).toThrow(UsageError);
    expect(() => parseBenchArgs(['--igraph=yes'])).toThrow(UsageError);
  });
});

describe('parseIgraphReport', () => {
  it('takes the last line that is the report, past anything else printed', () => {
    const stdout = `some library's notice\n${JSON.stringify({ other: 1 })}\n${JSON.stringify(report())}\n`;
    expect(parseIgraphReport(stdout)).toEqual(report());
    expect(parseIgraphReport('Traceback (most recent call last):\n  ...\n')).toBeNull();
  });
});

describe('igraphMissing', () => {
  it('says how to install the packages when the interpreter is not there', () => {
    const message = igraphMissing('/nonexistent/python3');
    expect(message).toContain('/nonexistent/python3 cannot be started');
    expect(message).toContain('apt-get install -y python3-igraph python3-sklearn python3-numpy python3-scipy');
  });
});

describe('the igraph targets', () => {
  it('passes within 1.2× and fails beyond, with both wall times and the ratio', () => {
    expect(target([run(10_000, 48)], [igraphRun(10_000)])).toEqual({ name: IGRAPH_TARGET, status: 'pass', value: '48.0 s vs 40.0 s: 1.20×' });
    expect(target([run(10_000, 48.5)], [igraphRun(10_000)])).toMatchObject({ status: 'fail', value: '48.5 s vs 40.0 s: 1.21×' });
  });

  it('is not run without --igraph or without 10,000 papers; fails when either pipeline failed', () => {
    expect(target([run(10_000, 20)], null)).toMatchObject({ status: 'not-run', value: 'igraph comparison not run (--igraph)' });
    expect(target([run(1_000, 5)], [igraphRun(1_000)])).toMatchObject({ status: 'not-run', value: '10,000 papers not in --sizes' });
    expect(target([run(10_000, 20)], [igraphRun(10_000, { report: null, error: 'exited with code 1: MemoryError' })])).toMatchObject({
      status: 'fail',
      value: 'igraph pipeline failed: exited with code 1: MemoryError',
    });
    expect(target([{ ...run(10_000, 20), measures: null, error: 'killed by SIGKILL' }], [igraphRun(10_000)])).toMatchObject({ status: 'fail', value: 'run failed: killed by SIGKILL' });
  });

  it('judges the peak RSS at 10,000 papers against 0.8 GiB', () => {
    const rss = (mib: number) => evaluateTargets([run(10_000, 20, mib)], null, null).find((t) => t.name === '10,000 papers peak RSS ≤ 0.8 GiB');
    expect(rss(819)).toMatchObject({ status: 'pass', value: '819 MiB' });
    expect(rss(820)).toMatchObject({ status: 'fail', value: '820 MiB' });
  });
});

describe('formatIgraphComparison', () => {
  it('puts citegraph and igraph side by side per size, then what igraph built', () => {
    const lines = formatIgraphComparison([run(10_000, 26.4)], [igraphRun(10_000)]);
    expect(lines.slice(2)).toEqual([
      '  run                       load s  run wall s  CPU s  peak RSS MiB  NMI papers',
      '  10,000 papers, citegraph     0.2        26.4   45.3           700       0.996',
      '  10,000 papers, igraph        0.8        40.0   41.3           830       0.996',
      '  10,000 papers, igraph: process 41.5 s wall; layouts 8.5 s of the run; 10,000 papers, 0 rejects; graphs (nodes/edges) coauthor 11,105/67,380, papers 10,000/50,265',
    ]);
    expect(lines[1]).toContain('CPU: citegraph its run, igraph its whole process');
  });

  it('shows a failed igraph run with its error, and nothing without --igraph', () => {
    const lines = formatIgraphComparison([run(1_000, 6)], [igraphRun(1_000, { report: null, processSeconds: 0.2, error: 'python-igraph missing' })]);
    expect(lines.at(-1)).toBe('  1,000 papers, igraph — FAILED: python-igraph missing');
    expect(formatIgraphComparison([run(1_000, 6)], null)).toEqual([]);
  });

  it('is part of the printed report, with the target', () => {
    const text = formatReport(benchResults({ engine: 'auto', sizes: [10_000], runs: [run(10_000, 26.4)], igraph: [igraphRun(10_000)] }));
    expect(text).toContain('\nigraph comparison (bench/igraph/pipeline.py on the same corpus;');
    expect(text).toMatch(/✓ 10,000 papers within 1\.2× the igraph pipeline's wall time +26\.4 s vs 40\.0 s: 0\.66×/);
  });
});
