// The benchmark's pure parts: scoring output communities and citations against the planted truth
// (joined by the pipeline's title and name keys), the targets' verdicts, and the printed table. No
// timing here: the figures come from `npm run bench`.
import { describe, expect, it } from 'vitest';
import { formatColumns, formatReport } from '../bench/format-table';
import type { RunMeasures, RunResult, ViewResult } from '../bench/results';
import { evaluateTargets } from '../bench/targets';
import { foundCitations, scoreCitations } from '../bench/truth-citations';
import { scoreAuthors, scorePapers } from '../bench/truth-nmi';
import { benchResults } from './fixtures/bench-results';

const csv = (rows: string[][]) => rows.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n');

describe('scorePapers', () => {
  const truth = csv([
    ['title', 'topic', 'mix_topic'],
    ['Sparse Attention, Revisited', '0', ''],
    ['Graph Priors for Vision', '0', '1'],
    ['Quantum “Walks” on Trees', '1', ''],
    ['Never Ingested', '1', ''],
  ]);

  it('joins by title key, whatever the case and punctuation, and counts what matched', () => {
    const output = csv([
      ['id', 'title', 'community'],
      ['p1', 'sparse attention — revisited', '7'],
      ['p2', 'GRAPH PRIORS FOR VISION.', '7'],
      ['p3', 'Quantum "Walks" on  Trees', '3'],
    ]);
    expect(scorePapers(output, truth)).toEqual({ nmi: 1, matched: 3, planted: 4, recovered: 3, plantedClusters: 2, recoveredClusters: 2 });
  });

  it('leaves out papers outside the graph (no community) and titles the truth does not know', () => {
    const output = csv([
      ['id', 'title', 'community'],
      ['p1', 'Sparse attention, revisited', '1'],
      ['p2', 'Graph priors for vision', ''],
      ['p3', 'Quantum walks on trees', '2'],
      ['p9', 'A paper nobody planted', '1'],
    ]);
    const score = scorePapers(output, truth)!;
    expect(score.matched).toBe(2);
    expect(score.recovered).toBe(3);
    expect(score.nmi).toBe(1);
  });

  it('scores a mixed-up partition below 1, and gives null when nothing matches', () => {
    const output = csv([
      ['id', 'title', 'community'],
      ['p1', 'Sparse attention, revisited', '1'],
      ['p2', 'Graph priors for vision', '2'],
      ['p3', 'Quantum walks on trees', '2'],
    ]);
    expect(scorePapers(output, truth)!.nmi).toBeLessThan(1);
    expect(scorePapers(csv([['title', 'community'], ['Other', '1']]), truth)).toBeNull();
  });
});

describe('scoreAuthors', () => {
  it('joins by name key and counts only authors with a co-author link', () => {
    const truth = csv([
      ['name', 'group', 'papers', 'profile'],
      ['José García-López', '0', '3', '1'],
      ['Ann Lee', '0', '2', '0'],
      ['Bo Chen', '1', '1', '0'],
      ['Lone Writer', '1', '1', '0'],
    ]);
    const output = csv([
      ['id', 'name', 'community', 'degree'],
      ['a1', 'Jose Garcia Lopez', '4', '2'],
      ['a2', 'ann lee', '4', '1'],
      ['a3', 'Bo Chen', '5', '1'],
      ['a4', 'Lone Writer', '4', '0'],
    ]);
    expect(scoreAuthors(output, truth)).toMatchObject({ nmi: 1, matched: 3, planted: 4, recovered: 3 });
  });
});

describe('scoreCitations', () => {
  const truthPapers = csv([
    ['title', 'doi'],
    ['Sparse Attention, Revisited', '10.5555/cg.1'],
    ['Graph Priors for Vision', '10.5555/cg.2'],
    ['Quantum Walks on Trees', '10.5555/cg.3'],
  ]);
  const truthCitations = csv([
    ['citing_doi', 'cited_doi', 'kind', 'findable'],
    ['10.5555/cg.2', '10.5555/cg.1', 'topic', '1'],
    ['10.5555/cg.3', '10.5555/cg.1', 'cross-topic', '1'],
    ['10.5555/cg.3', '10.5555/cg.2', 'topic', '0'],
  ]);

  it('joins the found citations by title key and the planted ones by DOI; recall counts only the findable', () => {
    const papers = csv([
      ['id', 'title'],
      ['p1', 'sparse attention — revisited'],
      ['p2', 'GRAPH PRIORS FOR VISION.'],
      ['p3', 'Quantum walks on trees'],
    ]);
    const found = csv([
      ['citing', 'cited'],
      ['p2', 'p1'],
      ['p3', 'p2'],
      ['p1', 'p3'],
    ]);
    expect(foundCitations(found, papers)[0]).toEqual(['GRAPH PRIORS FOR VISION.', 'sparse attention — revisited']);
    // p2 → p1 is planted and findable, p3 → p2 planted but not findable, p1 → p3 not planted.
    expect(scoreCitations(foundCitations(found, papers), truthPapers, truthCitations)).toEqual({
      planted: 3, findable: 2, found: 3, recovered: 1, recall: 0.5, precision: 2 / 3,
    });
  });

  it('gives null when nothing was planted', () => {
    expect(scoreCitations([], truthPapers, csv([['citing_doi', 'cited_doi', 'kind', 'findable']]))).toBeNull();
  });
});

const measures = (over: Partial<RunMeasures> = {}): RunMeasures => ({
  generationSeconds: 1.25,
  loadSeconds: 0.5,
  loadRssMib: 90,
  total: { seconds: 12.34, cpuSeconds: 20.5, peakRssMib: 1234 },
  counts: { files: 10, records: 1100, papers: 1000, authors: 900, terms: 200, linkTerms: 350, unlinkedPapers: 5, rejects: 0 },
  graphs: [
    { kind: 'coauthor', nodes: 9448, edges: 53866, communities: 373, modularity: 0.8741 },
    { kind: 'terms', nodes: 12, edges: 0, communities: 12, modularity: null },
  ],
  nmi: {
    papers: { nmi: 0.91234, matched: 10000, planted: 10000, recovered: 10000, plantedClusters: 33, recoveredClusters: 34 },
    authors: null,
  },
  citations: { planted: 26065, findable: 13186, found: 12984, recovered: 12983, recall: 0.98460, precision: 0.99992 },
  outDir: '/tmp/x',
  ...over,
});
const run = (papers: number, over: Partial<RunResult> = {}): RunResult => ({
  papers,
  algorithm: null,
  stages: [
    { stage: 'ingest', detail: '', seconds: 0.5, cpuSeconds: 0.75, peakRssMib: 180 },
    { stage: 'export', detail: '', seconds: 10, cpuSeconds: 14, peakRssMib: 1234 },
  ],
  measures: measures(),
  error: null,
  ...over,
});
const viewAt = (nodes: number, edges: number, medianMs: number): ViewResult => ({
  ok: true, papers: 100_000, bundle: 'b.json', graph: 'papers', nodes, edges, loadsMs: [medianMs], medianMs, 
  actionsMs: { filter: [40], legend: [30], select: [20], hover: [10] }, actionMedianMs: { filter: 40, legend: 30, select: 20, hover: 10 },
});

describe('evaluateTargets', () => {
  it('judges the 100k run, the NMI and unlinked papers per size and a view at target scale', () => {
    const big = run(100_000, { measures: measures({ total: { seconds: 75, cpuSeconds: 120, peakRssMib: 3000 }, nmi: { papers: { ...measures().nmi.papers!, nmi: 0.95 }, authors: null } }) });
    const targets = evaluateTargets([run(10_000), big], viewAt(20_000, 100_000, 2500));
    expect(targets.map((t) => [t.status, t.value])).toEqual([
      ['not-run', '1,000 papers not in --sizes'],
      ['fail', '75.0 s (15.0 s over)'],
      ['not-run', '1,000,000 papers not in --sizes'],
      ['fail', '1,234 MiB'],
      ['pass', '3,000 MiB'],
      ['not-run', '1,000,000 papers not in --sizes'],
      ['fail', '0.912'],
      ['pass', '0.950'],
      ['not-run', '300,000 papers not in --sizes'],
      ['not-run', '1,000,000 papers not in --sizes'],
      ['pass', '0.50 % (5 papers)'],
      ['not-run', '300,000 papers not in --sizes'],
      ['not-run', '1,000,000 papers not in --sizes'],
      ['not-run', 'igraph comparison not run (--igraph)'],
      ['pass', '2,500 ms (median) on 20,000 nodes / 100,000 edges'],
      ['pass', 'filter 40, legend 30, select 20, hover 10 ms (medians)'],
    ]);
    const slowHover = viewAt(20_000, 100_000, 2500);
    if (slowHover.ok) slowHover.actionMedianMs.hover = 501;
    expect(evaluateTargets([], slowHover).at(-1)).toMatchObject({ status: 'fail', value: 'filter 40, legend 30, select 20, hover 501 ms (medians)' });
    const orphaned = run(100_000, { measures: measures({ counts: { ...measures().counts, unlinkedPapers: 31 } }) });
    expect(evaluateTargets([orphaned], null).find((t) => t.name.startsWith('unlinked papers'))).toMatchObject({ status: 'fail', value: '3.10 % (31 papers)' });
    const named = (runs: RunResult[], name: string) => evaluateTargets(runs, null).find((t) => t.name === name);
    expect(named([run(100_000)], '100,000 papers end to end ≤ 60 s')).toMatchObject({ status: 'pass', value: '12.3 s (47.7 s to spare)' });
    const quick = run(1_000, { measures: measures({ total: { seconds: 2.9, cpuSeconds: 4, peakRssMib: 300 } }) });
    expect(named([quick], '1,000 papers end to end ≤ 3 s')).toMatchObject({ status: 'pass', value: '2.9 s (0.1 s to spare)' });
    expect(named([run(1_000)], '1,000 papers end to end ≤ 3 s')).toMatchObject({ status: 'fail', value: '12.3 s (9.3 s over)' });
    const million = run(1_000_000, { measures: measures({ total: { seconds: 601, cpuSeconds: 900, peakRssMib: 8192 } }) });
    expect(named([million], '1,000,000 papers end to end ≤ 10 min')).toMatchObject({ status: 'fail', value: '601.0 s (1.0 s over)' });
    expect(named([million], '1,000,000 papers peak RSS ≤ 8 GiB')).toMatchObject({ status: 'pass', value: '8,192 MiB' });
    const refused = run(1_000_000, { measures: null, error: 'needs about 33.8 GiB' });
    expect(named([refused], '1,000,000 papers peak RSS ≤ 8 GiB')).toMatchObject({ status: 'fail', value: 'run failed: needs about 33.8 GiB' });
  });

  it('says not-run for sizes not run, a view below target scale or skipped; fail for a failed run', () => {
    const failed = run(10_000, { measures: null, error: 'killed by SIGKILL' });
    const targets = evaluateTargets([failed], viewAt(3000, 20_000, 900));
    expect(targets.map((t) => t.status)).toEqual([
      ...Array<string>(3).fill('not-run'),
      'fail', 'not-run', 'not-run',
      'fail', ...Array<string>(9).fill('not-run'),
    ]);
    expect(targets.filter((t) => t.status === 'fail').map((t) => [t.name, t.value])).toEqual([
      ['10,000 papers peak RSS ≤ 0.8 GiB', 'run failed: killed by SIGKILL'],
      ['NMI ≥ 0.993 at 10,000 papers', 'run failed: killed by SIGKILL'],
    ]);
    expect(targets.at(-1)!.value).toContain('below target scale');
    expect(evaluateTargets([], null).at(-1)).toMatchObject({ status: 'not-run', value: 'view not timed' });
  });

  it('names the algorithm when a size ran with several', () => {
    const targets = evaluateTargets([run(10_000, { algorithm: 'louvain' }), run(10_000, { algorithm: 'leiden' })], null);
    expect(targets.filter((t) => t.name.startsWith('NMI ≥ 0.993 at 10,000')).map((t) => t.name)).toEqual([
      'NMI ≥ 0.993 at 10,000 papers (louvain)',
      'NMI ≥ 0.993 at 10,000 papers (leiden)',
    ]);
  });
});

describe('formatColumns', () => {
  it('pads the first column to the left, the numbers to the right', () => {
    expect(formatColumns(['stage', 'wall s'], [['ingest', '0.5'], ['total', '12.3']])).toEqual([
      'stage   wall s',
      'ingest     0.5',
      'total     12.3',
    ]);
  });
});

describe('formatReport', () => {
  const text = formatReport(benchResults({
    engine: 'duckdb',
    sizes: [10_000, 100_000],
    runs: [run(10_000), run(100_000, { measures: null, stages: [run(1).stages[0]!], error: 'exited with code 134: heap out of memory' })],
    view: { ok: false, papers: 10_000, bundle: 'b.json', error: 'the page failed: no WebGL' },
  }));

  it('shows the machine, a stage table with the total, the graphs and the NMI', () => {
    expect(text).toContain('machine: Test CPU × 2, 24.0 GiB, Linux 6 x64, node v20.0.0; seed 42; engine duckdb');
    expect(text).toContain('speed (bench/machine-speed.ts; lower is faster): reference kernel 1,234 ms at load average 0.50 before the runs, 1,500 ms at 1.75 after');
    expect(text).toContain(
      [
        '  stage   wall s  CPU s  peak RSS MiB',
        '  ingest     0.5    0.8           180',
        '  export    10.0   14.0         1,234',
        '  total     12.3   20.5         1,234',
      ].join('\n'),
    );
    expect(text).toContain('  coauthor  9,448  53,866          373       0.874');
    expect(text).toContain('  terms        12       0           12         n/a');
    expect(text).toContain('NMI papers vs planted topics: 0.912  (10,000 papers matched of 10,000 planted; 34 communities vs 33 topics)');
    expect(text).toContain('NMI linked authors vs planted groups: n/a');
    expect(text).toContain('citations vs planted: recall 0.985 (12,983 of 13,186 findable; 26,065 planted), precision 1.000 (12,984 found)');
  });

  it('reports a failed size with its error and the stages it finished, and a failed view', () => {
    expect(text).toContain('100,000 papers — FAILED: exited with code 134: heap out of memory\n\n  stage   wall s  CPU s  peak RSS MiB\n  ingest     0.5    0.8           180\n');
    expect(text).toContain('view (10,000-paper bundle): FAILED: the page failed: no WebGL');
    expect(text).toMatch(/✗ 100,000 papers end to end ≤ 60 s +run failed: exited with code 134/);
    expect(text).toMatch(/✗ NMI ≥ 0.993 at 10,000 papers +0.912/);
  });

  it('shows the topic quality of every measured size: NMI, unlinked papers, map and link terms', () => {
    expect(text).toContain(
      ['topic quality', '  run            NMI papers  unlinked papers  map terms  link terms', '  10,000 papers       0.912       5 (0.50 %)        200         350'].join('\n'),
    );
  });
});
