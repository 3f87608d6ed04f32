// The bundle the view gets for the citation networks, from the real pipeline on a real Web of
// Science export (tests/fixtures/formats/savedrecs.txt: 32 records, 958 cited references, 31
// citations among them), checked against the reports the same run writes: directed graphs say so
// and run citing → cited, mutual and main-path citations are marked, the historiograph and the
// main path are laid out by year, coupling links name their shared references, every cited work
// a node or link refers to is in the references table, and drawn papers carry their citations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';

import { CITATION_PAPERS_SHOWN, type BundleGraph, REFERENCE_PAPERS_SHOWN, type ViewBundle } from '../pipeline/bundle-model';
import { DEFAULT_OPTIONS } from '../pipeline/options';
import { runPipeline } from '../pipeline/run';
import { scratchDir } from './helpers/scratch';

const INPUT = 'tests/fixtures/formats/savedrecs.txt';

type Row = Record<string, string>;
const readCsv = (dir: string, name: string) => Papa.parse<Row>(readFileSync(join(dir, name), 'utf8'), { header: true, skipEmptyLines: true }).data;
const split = (cell: string | undefined) => (cell ? cell.split('; ') : []);

async function run(options: Partial<typeof DEFAULT_OPTIONS> = {}): Promise<{ out: string; bundle: ViewBundle; graph: (kind: string) => BundleGraph }> {
  const out = join(scratchDir('view-citations'), 'out');
  await runPipeline([INPUT], { ...DEFAULT_OPTIONS, ...options, out });
  const bundle = JSON.parse(readFileSync(join(out, 'bundle.json'), 'utf8')) as ViewBundle;
  return { out, bundle, graph: (kind) => bundle.graphs.find((g) => g.kind === kind)! };
}

let out: string;
let bundle: ViewBundle;
let graph: (kind: string) => BundleGraph;

beforeAll(async () => {
  ({ out, bundle, graph } = await run());
});

/** Newest first, as the bundle lists papers (ties by id). */
const isNewestFirst = (ids: readonly string[]) =>
  ids.every((id, i) => i === 0 || (bundle.papers[ids[i - 1]!]!.year ?? 0) >= (bundle.papers[id]!.year ?? 0));

describe('the bundle of the citation networks', () => {
  it('marks the direct-citation, historiograph and main-path graphs directed, and the last two laid out by year', () => {
    const kinds = bundle.graphs.map((g) => [g.kind, g.directed ?? false, g.layout ?? 'force']);
    expect(kinds).toEqual([
      ['coauthor', false, 'force'],
      ['papers', false, 'force'],
      ['terms', false, 'force'],
      ['direct-citation', true, 'force'],
      ['coupling', false, 'force'],
      ['cocitation', false, 'force'],
      ['historiograph', true, 'years'],
      ['main-path', true, 'years'],
    ]);
    // x is linear in the year: one x per year, increasing with it.
    for (const kind of ['historiograph', 'main-path']) {
      const xOf = new Map<number, Set<number>>();
      for (const n of graph(kind).nodes) xOf.set(n.years[0]!, (xOf.get(n.years[0]!) ?? new Set()).add(n.x));
      const years = [...xOf.keys()].sort((a, b) => a - b);
      for (const y of years) expect(xOf.get(y)!.size).toBe(1);
      for (let i = 1; i < years.length; i++) expect([...xOf.get(years[i]!)!][0]).toBeGreaterThan([...xOf.get(years[i - 1]!)!][0]!);
    }
  });

  it('runs each citation from the citing to the cited paper, with mutual and main-path citations marked and the SPC given', () => {
    const rows = readCsv(out, 'citations.csv');
    const direct = graph('direct-citation');
    expect(direct.edges).toHaveLength(rows.length);
    const byPair = new Map(direct.edges.map((e) => [`${e.source} ${e.target}`, e]));
    for (const row of rows) {
      const edge = byPair.get(`${row.citing} ${row.cited}`);
      expect(edge, `${row.citing} cites ${row.cited}`).toBeDefined();
      expect(edge!.mutual ?? false).toBe(row.mutual === 'true');
      expect(edge!.mainPath ?? false).toBe(row.main_path === 'true');
    }
    const spc = new Map(readCsv(out, 'main_path.csv').map((r) => [`${r.citing} ${r.cited}`, Number(r.spc)]));
    expect(spc.size).toBe(4);
    for (const e of direct.edges.filter((e) => e.mainPath)) expect(e.spc).toBe(spc.get(`${e.source} ${e.target}`));
    expect(direct.edges.filter((e) => e.mainPath)).toHaveLength(spc.size);
    expect(graph('main-path').edges.map((e) => [`${e.source} ${e.target}`, e.spc])).toEqual(expect.arrayContaining([...spc.entries()]));
  });

  it('gives the nodes of directed graphs their in- and out-degree: in direct citation, the local citation score', () => {
    const rows = readCsv(out, 'citations.csv');
    for (const n of graph('direct-citation').nodes) {
      expect(n.metrics.inDegree).toBe(rows.filter((r) => r.cited === n.id).length);
      expect(n.metrics.outDegree).toBe(rows.filter((r) => r.citing === n.id).length);
    }
    for (const kind of ['historiograph', 'main-path']) for (const n of graph(kind).nodes) expect(n.metrics.inDegree).toBeTypeOf('number');
    for (const kind of ['papers', 'coupling', 'cocitation']) for (const n of graph(kind).nodes) expect(n.metrics.inDegree).toBeUndefined();
  });

  it('gives every drawn paper its local citations, what it cites and what cites it in the corpus, newest first', () => {
    const rows = readCsv(out, 'citations.csv');
    const historiograph = new Map(readCsv(out, 'historiograph.csv').map((r) => [r.paper_id, r]));
    const drawn = new Set(bundle.graphs.filter((g) => g.entity === 'paper').flatMap((g) => g.nodes.map((n) => n.id)));
    expect(drawn.size).toBe(32);
    for (const id of drawn) {
      const paper = bundle.papers[id]!;
      const citing = rows.filter((r) => r.cited === id).map((r) => r.citing!);
      const cited = rows.filter((r) => r.citing === id).map((r) => r.cited!);
      expect(paper.localCitations).toBe(citing.length);
      expect(paper.localReferences).toBe(cited.length);
      expect(new Set(paper.citingPapers ?? [])).toEqual(new Set(citing.slice(0, CITATION_PAPERS_SHOWN)));
      expect(new Set(paper.cites ?? [])).toEqual(new Set(cited));
      expect(isNewestFirst(paper.citingPapers ?? [])).toBe(true);
      expect(isNewestFirst(paper.cites ?? [])).toBe(true);
      for (const other of [...citing, ...cited]) expect(bundle.papers[other]?.title).toBeTruthy();
      // The historiograph's own report agrees on the scores it shows.
      const h = historiograph.get(id);
      if (h) expect([String(paper.localCitations), String(paper.citedBy)]).toEqual([h.local_citations, h.global_citations]);
    }
  });

  it('lists every cited work a co-citation node or a coupling link names, with its citing papers and the paper it is', () => {
    const works = new Map(readCsv(out, 'cited_references.csv').map((r) => [r.key, r]));
    const cocitation = graph('cocitation');
    const coupling = new Map(readCsv(out, 'coupling_edges.csv').map((r) => [`${r.source} ${r.target}`, split(r.shared_refs)]));
    const named = new Set(cocitation.nodes.map((n) => n.id));
    for (const e of graph('coupling').edges) {
      expect(e.evidence.references).toEqual(coupling.get(`${e.source} ${e.target}`));
      for (const key of e.evidence.references!) named.add(key);
    }
    expect(new Set(Object.keys(bundle.references))).toEqual(named);
    for (const n of cocitation.nodes) {
      const ref = bundle.references[n.id]!;
      const row = works.get(n.id)!;
      expect([ref.label, ref.doi ?? '', String(ref.citations), ref.paperId ?? '']).toEqual([row.label, row.doi, row.citations, row.paper_id]);
      expect(ref.paperIds.length).toBe(Math.min(ref.citations, REFERENCE_PAPERS_SHOWN));
      expect(isNewestFirst(ref.paperIds)).toBe(true);
      // The year filter on a reference reads the years of the papers citing it.
      expect(n.years).toEqual([...new Set(ref.paperIds.map((p) => bundle.papers[p]!.year!))].sort((a, b) => a - b));
      if (ref.paperId) expect(bundle.papers[ref.paperId]?.title).toBeTruthy();
    }
    expect(Object.values(bundle.references).filter((r) => r.paperId).length).toBeGreaterThan(0);
    // Co-citation links name the papers citing both ends.
    for (const e of cocitation.edges) {
      for (const p of e.evidence.papers!) expect(bundle.references[e.source]!.paperIds.concat(bundle.references[e.target]!.paperIds)).toContain(p);
    }
  });

  it('keeps within the view limits: a cut graph draws only the nodes and links it keeps, and the tables follow', async () => {
    const cut = await run({ 'max-view-nodes': 10, 'max-view-edges': 12 });
    for (const kind of ['direct-citation', 'coupling', 'cocitation', 'historiograph']) {
      const g = cut.graph(kind);
      expect(g.nodes.length).toBeLessThanOrEqual(10);
      expect(g.edges.length).toBeLessThanOrEqual(12);
      expect(g.filtered).toBeDefined();
    }
    const named = new Set(cut.graph('cocitation').nodes.map((n) => n.id));
    for (const e of cut.graph('coupling').edges) for (const key of e.evidence.references ?? []) named.add(key);
    expect(new Set(Object.keys(cut.bundle.references))).toEqual(named);
  });
});
