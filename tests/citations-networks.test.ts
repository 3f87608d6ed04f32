// The citation networks: small cases counted by hand (a citation chain, a coupling triangle, a
// co-citation star), then a real Web of Science export against an independent count made here
// from its raw text (a paper's CR lines), not through the pipeline's own reference parsing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildCitations } from '../pipeline/citations/index';
import { buildCorpus } from '../pipeline/corpus/merge';
import { buildCocitationGraph } from '../pipeline/graphs/cocitation';
import { buildCouplingGraph } from '../pipeline/graphs/coupling';
import { buildDirectCitationGraph } from '../pipeline/graphs/direct-citation';
import { buildHistoriograph } from '../pipeline/graphs/historiograph';
import { directedCentrality } from '../pipeline/analysis/directed';
import { ingestPaths } from '../pipeline/ingest/index';
import { readWosReference } from '../pipeline/ingest/wos-references';
import type { Corpus, SourceRecord } from '../pipeline/model';
import { DEFAULT_OPTIONS } from '../pipeline/options';
import { runPipeline } from '../pipeline/run';
import { scratchDir } from './helpers/scratch';

/** A paper with a DOI 10.1000/<id>, a year, and references in the WoS CR shape. */
function record(id: string, year: number, references: string[], line: number): SourceRecord {
  return {
    source: { file: 'hand.txt', line, format: 'csv' },
    title: `Paper ${id} on its own subject`,
    authors: [`Author ${id}`],
    date: { raw: String(year), year },
    ids: { doi: `10.1000/${id}` },
    references: references.map(readWosReference),
  };
}

function corpusOf(records: SourceRecord[]): Corpus {
  return buildCorpus({ files: [], records, rejects: [], warnings: [], profiles: [] });
}

const byDoi = (corpus: Corpus) => new Map(corpus.papers.map((p) => [p.ids.doi!.slice('10.1000/'.length), p.id]));
const ref = (id: string, year: number) => `Author ${id.toUpperCase()}, ${year}, J TEST, V1, P${id.length}, DOI 10.1000/${id}`;

describe('direct citation on a 5-paper chain', () => {
  // e cites d cites c cites b cites a.
  const corpus = corpusOf(['a', 'b', 'c', 'd', 'e'].map((id, i, all) => record(id, 2001 + i, i === 0 ? [] : [ref(all[i - 1]!, 2000 + i)], i + 1)));
  const citations = buildCitations(corpus, 1);
  const id = byDoi(corpus);

  it('links each citing paper to the cited one, matched by DOI', () => {
    const graph = buildDirectCitationGraph(corpus, citations);
    expect(graph.order).toBe(5);
    expect(graph.mapEdges((_, a, s, t) => [s, t, a.matchedBy, a.mainPath]).sort()).toEqual(
      [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd']].map(([s, t]) => [id.get(s!), id.get(t!), 'doi', true]).sort(),
    );
  });

  it('counts local citations in and out, and PageRank flows to the cited end', () => {
    const { inDegree, outDegree, pagerank } = directedCentrality(buildDirectCitationGraph(corpus, citations));
    expect(['a', 'b', 'c', 'd', 'e'].map((x) => inDegree[id.get(x)!])).toEqual([1, 1, 1, 1, 0]);
    expect(['a', 'b', 'c', 'd', 'e'].map((x) => outDegree[id.get(x)!])).toEqual([0, 1, 1, 1, 1]);
    const ranks = ['a', 'b', 'c', 'd', 'e'].map((x) => pagerank[id.get(x)!]!);
    expect([...ranks].sort((x, y) => y - x)).toEqual(ranks); // a highest, e lowest
  });

  it('runs its main path through the whole chain, and its historiograph holds the most cited', () => {
    expect(citations.mainPath.papers).toEqual([...id.values()].sort());
    const historiograph = buildHistoriograph(corpus, citations, 3);
    // Local citations a, b, c, d = 1 each, e = 0: the first three by id among the ties.
    expect(historiograph.nodes().sort()).toEqual(['a', 'b', 'c', 'd'].map((x) => id.get(x)!).sort().slice(0, 3));
  });
});

describe('bibliographic coupling on a triangle', () => {
  // a shares x with c and y with b; b shares z with c; d shares nothing.
  const corpus = corpusOf([
    record('a', 2010, [ref('x', 2000), ref('y', 2000)], 1),
    record('b', 2010, [ref('y', 2000), ref('z', 2000)], 2),
    record('c', 2010, [ref('z', 2000), ref('x', 2000)], 3),
    record('d', 2010, [ref('w', 2000)], 4),
  ]);
  const id = byDoi(corpus);

  it('links every two papers sharing a reference, weight 1, strength 1 / √(2 · 2)', async () => {
    const graph = await buildCouplingGraph(corpus, buildCitations(corpus, 1), 'auto', { inlineBelow: Infinity });
    expect(graph.nodes().sort()).toEqual(['a', 'b', 'c'].map((x) => id.get(x)!).sort());
    expect(graph.size).toBe(3);
    graph.forEachEdge((_, e) => {
      expect(e.weight).toBe(1);
      expect(e.strength).toBeCloseTo(0.5, 12);
      expect(e.references).toHaveLength(1);
    });
    expect(graph.getEdgeAttribute(id.get('a')!, id.get('b')!, 'references')).toEqual(['doi:10.1000/y']);
  });
});

describe('co-citation on a star', () => {
  // Four papers each cite the hub h and a leaf of their own.
  const corpus = corpusOf(['1', '2', '3', '4'].map((n, i) => record(`p${n}`, 2010, [ref('h', 2000), ref(`l${n}`, 2000)], i + 1)));
  const citations = buildCitations(corpus, 1);

  it('links the hub to each leaf once, leaves to none, with association strength 2m·c / (c_h·c_l) = 2', () => {
    const graph = buildCocitationGraph(citations, 1);
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(4);
    expect(graph.degree('doi:10.1000/h')).toBe(4);
    graph.forEachEdge((_, e) => {
      expect(e.weight).toBe(1);
      expect(e.association).toBe(2);
      expect(e.papers).toHaveLength(1);
    });
  });

  it('keeps only references cited often enough', () => {
    const graph = buildCocitationGraph(citations, 2);
    expect(graph.nodes()).toEqual(['doi:10.1000/h']);
  });
});

// A real export: 32 Web of Science records with 958 cited references (tests/fixtures/formats/README.md).
describe('the networks of a real Web of Science export, against a count from its raw text', async () => {
  const file = join(process.cwd(), 'tests', 'fixtures', 'formats', 'savedrecs.txt');
  const corpus = buildCorpus(await ingestPaths([file]));
  const citations = buildCitations(corpus, 1);
  const raw = rawRecords(readFileSync(file, 'utf8'));
  const paperOf = new Map(corpus.papers.map((p) => [p.sources[0]!.line, p.id]));
  const papers = raw.map((r) => paperOf.get(r.line)!);

  it('finds the citations between its records that their CR lines make (author, year, volume, page)', () => {
    const expected: string[] = [];
    raw.forEach((citing, i) => {
      for (const cr of citing.cr) {
        raw.forEach((cited, j) => {
          if (i !== j && cited.key !== undefined && crKey(cr) === cited.key) expected.push(`${papers[i]} ${papers[j]}`);
        });
      }
    });
    expect(expected.length).toBeGreaterThan(10);
    expect(citations.links.map((l) => `${l.citing} ${l.cited}`).sort()).toEqual([...new Set(expected)].sort());
  });

  it('couples papers by the references they share, as counted from their CR lines', async () => {
    const graph = await buildCouplingGraph(corpus, citations, 'auto', { inlineBelow: Infinity });
    // Every distinct reference counts in a paper's length; only those with a year can be shared.
    const sets = raw.map((r) => new Set(r.cr.map(crIdentity)));
    const dated = raw.map((r) => new Set(r.cr.filter(hasYear).map(crIdentity)));
    expect(graph.size).toBeGreaterThan(50);
    graph.forEachEdge((_, e, s, t) => {
      const [i, j] = [papers.indexOf(s), papers.indexOf(t)];
      const shared = [...dated[i]!].filter((x) => dated[j]!.has(x)).length;
      expect(e.weight, `${s} – ${t}`).toBe(shared);
      expect(e.strength).toBeCloseTo(shared / Math.sqrt(sets[i]!.size * sets[j]!.size), 9);
    });
  });

  it('co-cites the references cited twice or more, as many times as records cite both', () => {
    const sets = raw.map((r) => new Set(r.cr.filter(hasYear).map(crIdentity)));
    const times = new Map<string, number>();
    for (const s of sets) for (const x of s) times.set(x, (times.get(x) ?? 0) + 1);
    const kept = [...times].filter(([, n]) => n >= 2).map(([x]) => x);
    const graph = buildCocitationGraph(citations, 2);
    expect(graph.order).toBe(kept.length);
    let pairs = 0;
    for (let i = 0; i < kept.length; i++) {
      for (let j = i + 1; j < kept.length; j++) {
        const both = sets.filter((s) => s.has(kept[i]!) && s.has(kept[j]!)).length;
        if (both > 0) pairs++;
      }
    }
    expect(graph.size).toBe(pairs);
    graph.forEachEdge((_, e) => expect(e.weight).toBe(e.papers.length));
  });
});

describe('the citation networks of a real export through the pipeline', () => {
  it("writes each network's files, the local citation score beside the global one, and no skipped graph", async () => {
    const dir = scratchDir('citations');
    await runPipeline([join(process.cwd(), 'tests', 'fixtures', 'formats', 'savedrecs.txt')], { ...DEFAULT_OPTIONS, out: join(dir, 'out') });
    const out = join(dir, 'out');
    const csv = (name: string) => Papa.parse<Record<string, string>>(readFileSync(join(out, name), 'utf8'), { header: true, skipEmptyLines: true }).data;
    const citations = csv('citations.csv');
    expect(citations.length).toBeGreaterThan(10);
    const papers = csv('papers.csv');
    expect(papers.reduce((sum, p) => sum + Number(p.local_citations), 0)).toBe(citations.length);
    expect(papers.every((p) => p.cited_by !== '')).toBe(true); // WoS TC: the global count
    for (const name of ['coupling_edges.csv', 'cocitation_edges.csv', 'cited_references.csv', 'historiograph.csv', 'main_path.csv']) expect(csv(name).length, name).toBeGreaterThan(0);
    for (const kind of ['direct-citation', 'coupling', 'cocitation', 'historiograph', 'main-path']) expect(readFileSync(join(out, 'graphs', `${kind}.gexf`), 'utf8')).toContain('<gexf');
    expect(readFileSync(join(out, 'graphs', 'direct-citation.gexf'), 'utf8')).toContain('defaultedgetype="directed"');
    const manifest = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(manifest.skippedGraphs).toEqual({});
    expect(manifest.counts.citationsInCorpus).toBe(citations.length);
    // The main path is a chain of citations among those found, each with its search path count.
    const path = csv('main_path.csv');
    const found = new Set(citations.map((c) => `${c.citing} ${c.cited}`));
    expect(path.every((l) => found.has(`${l.citing} ${l.cited}`) && Number(l.spc) > 0 && Number(l.spc) <= 1)).toBe(true);
  });
});

interface RawRecord {
  line: number;
  cr: string[];
  /** "FAMILY I|YEAR|VOLUME|PAGE" from AU, PY, VL and BP, when all are there. */
  key?: string;
}

/** The records of a WoS plain-text file: tags at line start, continuation lines indented. */
function rawRecords(text: string): RawRecord[] {
  const records: RawRecord[] = [];
  let fields = new Map<string, string[]>();
  let tag = '';
  let start = 0;
  text.replace(/^\ufeff/, '').split(/\r?\n/).forEach((line, i) => {
    if (line.startsWith('PT ')) {
      fields = new Map();
      start = i + 1;
    }
    if (/^[A-Z][A-Z0-9] /.test(line)) {
      tag = line.slice(0, 2);
      fields.set(tag, [...(fields.get(tag) ?? []), line.slice(3)]);
    } else if (line.startsWith('   ')) fields.get(tag)?.push(line.slice(3));
    if (line === 'ER') {
      const au = fields.get('AU')?.[0];
      const [family = '', given = ''] = (au ?? '').split(', ');
      const parts = [fields.get('PY')?.[0], fields.get('VL')?.[0], fields.get('BP')?.[0]];
      const key = au && parts.every(Boolean) ? [`${family.replace(/\./g, '')} ${given[0] ?? ''}`.toUpperCase(), ...parts].join('|') : undefined;
      records.push({ line: start, cr: fields.get('CR') ?? [], ...(key ? { key } : {}) });
    }
  });
  return records;
}

/** The same key from a CR line: "BREVIK I, 1979, PHYS REP, V52, P133". */
function crKey(cr: string): string | undefined {
  const parts = cr.split(', ');
  const author = parts[0]!.toUpperCase().replace(/\./g, '').split(' ');
  const volume = parts.find((p) => /^V\d/.test(p))?.slice(1);
  const page = parts.find((p) => /^P\d/.test(p))?.slice(1);
  if (!volume || !page || !/^\d{4}$/.test(parts[1] ?? '')) return undefined;
  return [`${author[0]} ${(author[1] ?? '')[0] ?? ''}`, parts[1], volume, page].join('|');
}

/** A reference without a year ("JOYCE WB, IN PRESS") names no work one can tell from another. */
function hasYear(cr: string): boolean {
  return /, \d{4}(, |$)/.test(cr);
}

/** A cited work, as a reader would tell it: its DOI, else the CR line in capitals without punctuation. */
function crIdentity(cr: string): string {
  const doi = /DOI (10\.\S+?)(?:,|$| )/.exec(cr)?.[1];
  return doi ? doi.toLowerCase() : cr.toUpperCase().replace(/[^A-Z0-9]+/g, '');
}
