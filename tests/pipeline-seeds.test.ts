// The whole pipeline on seeds/, checked as a reader would check its reports.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ViewBundle } from '../pipeline/bundle-model';
import { DEFAULT_OPTIONS } from '../pipeline/options';
import { type RunSummary, runPipeline } from '../pipeline/run';
import { scratchDir } from './helpers/scratch';

type Row = Record<string, string>;
const readCsv = (dir: string, name: string) => Papa.parse<Row>(readFileSync(join(dir, name), 'utf8'), { header: true, skipEmptyLines: true }).data;

let out: string;
let summary: RunSummary;
let papers: Row[];
let bundle: ViewBundle;

beforeAll(async () => {
  out = join(scratchDir('seeds'), 'out');
  summary = await runPipeline(['seeds'], { ...DEFAULT_OPTIONS, out });
  papers = readCsv(out, 'papers.csv');
  bundle = JSON.parse(readFileSync(join(out, 'bundle.json'), 'utf8')) as ViewBundle;
});

const paperTitled = (start: string) => papers.find((p) => p.title!.startsWith(start))!;

describe('the corpus built from seeds/', () => {
  it('has 156 records, 140 papers, 14 titles in several files and no rejects', () => {
    expect(summary.records).toBe(156);
    expect(summary.papers).toBe(140);
    expect(summary.rejects).toBe(0);
    expect(papers).toHaveLength(140);
    const manifest = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(manifest.counts).toMatchObject({ records: 156, papers: 140, papersInSeveralFiles: 14, rejects: 0, profiles: 1 });
    expect(readCsv(out, 'rejects.csv')).toHaveLength(0);
  });

  it('credits the profile owner with all 23 papers of the page and the profile figures', () => {
    const mobahi = readCsv(out, 'authors.csv').find((a) => a.name === 'Hossein Mobahi')!;
    expect(mobahi).toMatchObject({ paper_count: '23', h_index: '30', citations: '5508', listed_papers: '23' });
  });

  it('reads a profile-page paper field by field', () => {
    expect(paperTitled('Sharpness-Aware Minimization Leads to Low-Rank Features')).toMatchObject({
      year: '2023', date: '2023-05-25', categories: 'LG', authors: 'Maksym Andriushchenko; Dara Bahri; Hossein Mobahi',
      author_count: '3', authors_truncated: 'true', has_code: 'true', submitter: '', sources: 'seeds/000_39e9b5353dc8780f.txt:33',
    });
    const hidden = paperTitled('PlanGEN: A Multi-Agent Framework');
    expect(hidden.authors).toBe('Mihir Parmar; Xin Liu; Palash Goyal; Hossein Mobahi'); // owner behind "et al."
  });

  it('reads listing-page papers: counts, organisation lines, dates without a year', () => {
    expect(paperTitled('Compositional Generalization Requires Linear, Orthogonal')).toMatchObject({ year: '', date: 'Feb 27', author_count: '3' });
    expect(paperTitled('LinEAS: End-to-end Learning of Activation Steering')).toMatchObject({
      year: '2025', date: '2025-03-11', submitter: 'apple Apple', author_count: '', sources: 'seeds/003_202c892cc3f6db42.txt:221',
    });
  });

  it('merges a paper listed in two files and keeps both sources', () => {
    expect(paperTitled('Investigating generalization capabilities of neural networks')).toMatchObject({
      year: '2024', date: '2024-12-13', author_count: '1', sources: 'seeds/001_1ccdb898b25783ab.txt:53; seeds/003_202c892cc3f6db42.txt:37',
    });
  });

  it('keeps LaTeX in titles verbatim', () => {
    expect(paperTitled('WakeupUrban').title).toBe('WakeupUrban: Unsupervised Semantic Segmentation of Mid-20$^{th}$ century Urban Landscapes with Satellite Imagery');
  });
});

describe('the graphs built from seeds/', () => {
  it('put the sharpness-aware minimization papers in one community whose label mentions sharpness', () => {
    const sam = papers.filter((p) => /sharpness-aware minimization/i.test(p.title!));
    expect(sam.length).toBeGreaterThanOrEqual(3);
    expect(new Set(sam.map((p) => p.community)).size).toBe(1);
    expect(sam[0]!.community_label).toMatch(/sharpness/i);
  });

  it('cluster the grokking papers together', () => {
    const grokking = papers.filter((p) => /grok/i.test(p.title!));
    expect(grokking.length).toBeGreaterThanOrEqual(4);
    const counts = new Map<string, number>();
    for (const p of grokking) counts.set(p.community!, (counts.get(p.community!) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeGreaterThanOrEqual(grokking.length - 1);
  });

  it('give real evidence on every edge: shared terms occur in both papers, joint papers list both authors', () => {
    const byKind = Object.fromEntries(bundle.graphs.map((g) => [g.kind, g]));
    for (const edge of byKind.papers!.edges) {
      expect(edge.evidence.terms!.length).toBeGreaterThan(0);
      for (const term of edge.evidence.terms!) {
        expect(bundle.terms[term]!.paperIds).toContain(edge.source);
        expect(bundle.terms[term]!.paperIds).toContain(edge.target);
      }
    }
    for (const edge of byKind.coauthor!.edges) {
      expect(edge.evidence.papers!.length).toBe(edge.weight);
      for (const paper of edge.evidence.papers!) expect(bundle.papers[paper]!.authors).toEqual(expect.arrayContaining([edge.source, edge.target]));
    }
    for (const edge of byKind.terms!.edges) {
      for (const paper of edge.evidence.papers!) {
        expect(bundle.terms[edge.source]!.paperIds).toContain(paper);
        expect(bundle.terms[edge.target]!.paperIds).toContain(paper);
      }
    }
  });

  it('write a community for every node and a label for every community', () => {
    for (const g of bundle.graphs) {
      const ids = new Set(g.communities.map((c) => c.id));
      for (const n of g.nodes) expect(ids.has(n.community)).toBe(true);
      for (const c of g.communities) expect(c.label.length).toBeGreaterThan(0);
    }
  });

  it('open in Gephi and VOSviewer formats', () => {
    for (const kind of ['coauthor', 'papers', 'terms']) {
      expect(readFileSync(join(out, 'graphs', `${kind}.gexf`), 'utf8')).toMatch(/^<\?xml[\s\S]*<gexf[\s\S]*<nodes[ >]/);
      const vos = JSON.parse(readFileSync(join(out, 'graphs', `${kind}.vosviewer.json`), 'utf8'));
      expect(vos.network.items.length).toBe(bundle.graphs.find((g) => g.kind === kind)!.nodes.length);
    }
  });
});

describe('determinism', () => {
  it('gives byte-identical output for the same inputs, but for the timings', async () => {
    const second = join(scratchDir('seeds'), 'out');
    await runPipeline(['seeds'], { ...DEFAULT_OPTIONS, out: second });
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    const first = files(out).map((f) => relative(out, f)).sort();
    expect(files(second).map((f) => relative(second, f)).sort()).toEqual(first);
    for (const f of first) {
      const a = readFileSync(join(out, f), 'utf8');
      const b = readFileSync(join(second, f), 'utf8');
      if (f === 'run.json') {
        const strip = (s: string) => ({ ...JSON.parse(s), stages: null, options: { ...JSON.parse(s).options, out: null } });
        expect(strip(b)).toEqual(strip(a));
      } else expect(b, f).toBe(a);
    }
  });
});
