// The igraph comparison pipeline (bench/igraph/pipeline.py) on a 60-paper corpus generated here:
// its report line, its CSVs, the same bytes on a second run, bad records counted and named by
// file and line, and its sampled betweenness (with every node a source) equal to igraph's exact
// one. Needs python-igraph, scikit-learn, SciPy and NumPy (Debian's packages, .ci/run installs
// them): skipped without them, except under CI, where a missing package fails the test.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/generate/corpus';
import { IGRAPH_SCRIPT, igraphMissing, parseIgraphReport, PYTHON } from '../bench/igraph-run';
import type { IgraphReport } from '../bench/results';
import { scratchDir } from './helpers/scratch';

const missing = igraphMissing();
const skip = missing !== null && !process.env.CI;

const GRAPHS = ['coauthor', 'terms', 'papers', 'direct_citation', 'coupling', 'cocitation'];

function runPipeline(corpus: string, out: string) {
  const child = spawnSync(PYTHON, [IGRAPH_SCRIPT, corpus, '--out', out, '--truth', join(root, 'gen', 'truth', 'papers.csv'), '--seed', '7'], { encoding: 'utf8' });
  return { status: child.status, stderr: child.stderr, report: parseIgraphReport(child.stdout) };
}

const digest = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
const dataRows = (path: string) => readFileSync(path, 'utf8').trimEnd().split('\n').length - 1;

let root = '';
let first: ReturnType<typeof runPipeline>;

describe.skipIf(skip)('bench/igraph/pipeline.py', () => {
  beforeAll(() => {
    if (missing) throw new Error(missing);
    root = scratchDir('igraph');
    generateCorpus({ papers: 60, out: join(root, 'gen'), seed: 'igraph test' });
    first = runPipeline(join(root, 'gen', 'corpus'), join(root, 'out-1'));
  }, 120_000);

  it('reads every record of every shape, merges the listings of one paper and reports its figures', () => {
    expect(first.status, first.stderr).toBe(0);
    const report = first.report as IgraphReport;
    const manifest = JSON.parse(readFileSync(join(root, 'gen', 'manifest.json'), 'utf8')) as { papers: number; records: Record<string, number> };
    expect(report.counts.records).toBe(Object.values(manifest.records).reduce((a, b) => a + b, 0));
    expect(report.counts.papers).toBe(manifest.papers);
    expect(report.counts.rejects).toBe(0);
    expect(report.wallSeconds).toBeGreaterThan(0);
    expect(report.cpuSeconds).toBeGreaterThan(0);
    expect(report.peakRssMib).toBeGreaterThan(10);
    expect(report.nmiPapers!.nmi).toBeGreaterThan(0);
    expect(report.nmiPapers!.nmi).toBeLessThanOrEqual(1);
    expect(report.graphs.map((g) => g.kind)).toEqual(GRAPHS);
  });

  it('writes nodes and edges per graph, as many rows as the report says, and papers.csv', () => {
    const out = join(root, 'out-1');
    for (const g of first.report!.graphs) {
      expect(readFileSync(join(out, `${g.kind}_nodes.csv`), 'utf8').split('\n')[0]).toBe('id,label,community,degree,weighted_degree,pagerank,betweenness,x,y');
      expect(dataRows(join(out, `${g.kind}_nodes.csv`))).toBe(g.nodes);
      expect(dataRows(join(out, `${g.kind}_edges.csv`))).toBe(g.edges);
      expect(g.modularity).toBeGreaterThan(-0.5);
    }
    expect(first.report!.graphs.find((g) => g.kind === 'papers')!.edges).toBeGreaterThan(60);
    expect(dataRows(join(out, 'papers.csv'))).toBe(60);
  });

  it('gives byte-identical CSVs on a second run', () => {
    const second = runPipeline(join(root, 'gen', 'corpus'), join(root, 'out-2'));
    expect(second.status, second.stderr).toBe(0);
    expect(digest(join(root, 'out-2'))).toEqual(digest(join(root, 'out-1')));
  });

  it('counts a record that does not parse and names its file and line on stderr', () => {
    const corpus = join(root, 'broken');
    cpSync(join(root, 'gen', 'corpus'), corpus, { recursive: true });
    const wos = join(corpus, 'wos', readdirSync(join(corpus, 'wos')).sort()[0]!);
    const wosLines = readFileSync(wos, 'utf8').split('\n').length;
    appendFileSync(wos, 'PT J\nAU Nobody, A\nSO NOWHERE\nER\n');
    writeFileSync(join(corpus, 'tables', 'broken.json'), '[\n  {"title": "A Fine Row", "authors": ["Ann Lee"]},\n  {"authors": ["No Title"]}\n]\n');
    const broken = runPipeline(corpus, join(root, 'out-3'));
    expect(broken.status, broken.stderr).toBe(0);
    expect(broken.report!.counts.rejects).toBe(2);
    expect(broken.report!.counts.papers).toBe(61);
    expect(broken.stderr).toContain(`${wos}:${wosLines}: WoS record without TI`);
    expect(broken.stderr).toContain(`${join(corpus, 'tables', 'broken.json')}:3: JSON row without a title`);
    expect(dataRows(join(root, 'out-3', 'rejects.csv'))).toBe(2);
  });

  it('estimates betweenness from sampled sources as exactly igraph does from all of them', () => {
    const check = [
      'import importlib.util, random, igraph',
      `spec = importlib.util.spec_from_file_location("pipeline", ${JSON.stringify(IGRAPH_SCRIPT)})`,
      'p = importlib.util.module_from_spec(spec); spec.loader.exec_module(p)',
      'random.seed(3); g = igraph.Graph.Erdos_Renyi(n=150, m=400)',
      'exact = g.betweenness(directed=False); mine = p.sampled_betweenness(g, list(range(150)))',
      'print(max(abs(a - b) for a, b in zip(exact, mine)), max(exact))',
    ].join('\n');
    const child = spawnSync(PYTHON, ['-c', check], { encoding: 'utf8' });
    expect(child.status, child.stderr).toBe(0);
    const [difference, largest] = child.stdout.trim().split(' ').map(Number);
    expect(largest).toBeGreaterThan(100);
    expect(difference).toBeLessThan(1e-9);
  });
});
