// Graphs over the view's limits: the bundle carries the most central nodes and strongest links,
// says so, and keeps only the papers those refer to; the graph files keep the whole graph.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TERM_PAPERS_SHOWN, type ViewBundle } from '../pipeline/bundle-model';
import { DEFAULT_OPTIONS } from '../pipeline/options';
import { runPipeline } from '../pipeline/run';
import { scratchDir } from './helpers/scratch';

let out: string;
let bundle: ViewBundle;

beforeAll(async () => {
  out = join(scratchDir('limits'), 'out');
  await runPipeline(['seeds'], { ...DEFAULT_OPTIONS, out, 'max-view-nodes': 30, 'max-view-edges': 40 });
  bundle = JSON.parse(readFileSync(join(out, 'bundle.json'), 'utf8')) as ViewBundle;
});

describe('a bundle over the view limits', () => {
  it('keeps the most central nodes and the strongest links among them, and says so', () => {
    const papers = bundle.graphs.find((g) => g.kind === 'papers')!;
    expect(papers.nodes).toHaveLength(30);
    expect(papers.edges.length).toBeLessThanOrEqual(40);
    expect(papers.filtered).toMatchObject({ totalNodes: 140, rule: expect.stringContaining('highest PageRank') });
    const shown = new Set(papers.nodes.map((n) => n.id));
    for (const e of papers.edges) expect(shown.has(e.source) && shown.has(e.target)).toBe(true);
    const minShown = Math.min(...papers.nodes.map((n) => n.metrics.pagerank));
    const csv = readFileSync(join(out, 'papers.csv'), 'utf8');
    expect(csv.split('\n').length - 2).toBe(140); // the reports keep every paper
    expect(minShown).toBeGreaterThan(0);
  });

  it('carries drawn papers whole, listed papers by title, and only papers something refers to', () => {
    const papers = bundle.graphs.find((g) => g.kind === 'papers')!;
    const drawn = new Set(papers.nodes.map((n) => n.id));
    for (const [id, p] of Object.entries(bundle.papers)) {
      if (!drawn.has(id)) expect(p).toMatchObject({ abstract: '', authors: [], sources: [] });
    }
    for (const id of drawn) {
      expect(bundle.papers[id]!.abstract.length).toBeGreaterThan(0);
      expect(bundle.papers[id]!.sources.length).toBeGreaterThan(0);
      for (const a of bundle.papers[id]!.authors) expect(bundle.authors[a]).toBeDefined();
    }
    const coauthors = bundle.graphs.find((g) => g.kind === 'coauthor')!;
    const authorsNeeded = new Set([...coauthors.nodes.map((n) => n.id), ...[...drawn].flatMap((id) => bundle.papers[id]!.authors)]);
    expect(new Set(Object.keys(bundle.authors))).toEqual(authorsNeeded);
    for (const t of Object.values(bundle.terms)) {
      expect(t.paperIds.length).toBe(Math.min(t.papers, TERM_PAPERS_SHOWN));
      for (const id of t.paperIds) expect(bundle.papers[id]).toBeDefined();
    }
  });

  it('writes the whole graph to GEXF and VOSviewer, with the view\'s positions for the part it draws', () => {
    const papers = bundle.graphs.find((g) => g.kind === 'papers')!;
    const vos = JSON.parse(readFileSync(join(out, 'graphs', 'papers.vosviewer.json'), 'utf8'));
    expect(vos.network.items).toHaveLength(140);
    expect(vos.network.links).toHaveLength(papers.filtered!.totalEdges);
    expect(vos.network.items[0]).not.toHaveProperty('x'); // VOSviewer lays out what the view does not place
    const gexf = readFileSync(join(out, 'graphs', 'papers.gexf'), 'utf8');
    expect(gexf.match(/<node /g)).toHaveLength(140);
    expect(gexf.match(/<viz:position /g)).toHaveLength(30);
    expect(gexf.match(/<attvalue for="in_view" value="true"\/>/g)).toHaveLength(30);
  });
});
