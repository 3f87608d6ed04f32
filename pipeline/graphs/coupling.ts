// Bibliographic coupling (Kessler 1963): papers linked by the references they share. The weight
// is the count of shared cited works; the strength, which communities and the layout use, is
// Salton's cosine, shared / √(refs_a · refs_b) over each paper's distinct references, so two
// papers with long reference lists are not coupled just for citing much. Built as the cosine of binary reference vectors by the same
// inverted-index pass as the topic graph (sparse-similarity.ts): each paper keeps its k
// strongest couplings, and works cited by a large share of the corpus propose none.
import { UndirectedGraph } from 'graphology';
import { joinCell, round6 } from '../cells';
import { compareStrings } from '../compare';
import type { CitationModel, CitedReference, Corpus } from '../model';
import type { DuckDBSession } from '../engine/duckdb-session';
import type { OffloadOptions } from '../worker-thread';
import { citationsOf, shortLabels, withoutReferences } from './citation-inputs';
import { PAPER_GRAPH_DEFAULTS, topKFor } from './paper-topics';
import { similarityLinks } from './similarity-links';
import { sharedTerms, type SparseRows } from './sparse-similarity';
import { edgeKey, type GraphEntry, type NodeAttributes } from './types';

export interface CouplingEdge {
  /** Cited works the two papers share. */
  weight: number;
  /** Salton's cosine of their reference lists. */
  strength: number;
  /** Up to EVIDENCE of the shared works (their keys), the rarest first. */
  references: string[];
}

/** Shared works kept as evidence on a link. */
const EVIDENCE = 5;

export async function buildCouplingGraph(corpus: Corpus, citations: CitationModel, k: number | 'auto', run: OffloadOptions = {}, duckdb?: DuckDBSession): Promise<UndirectedGraph<NodeAttributes, CouplingEdge>> {
  // Rows: papers with resolved references; columns: works cited by two papers or more (a work
  // cited once couples nobody, but still counts in the paper's length).
  const shared = citations.works.filter((w) => w.citedBy.length >= 2);
  const rawOf = new Map(corpus.papers.map((p) => [p.id, p.references]));
  const column = new Map(shared.map((w, i) => [w.key, i]));
  const papers = [...citations.referenceKeys.keys()].filter((p) => citations.referenceKeys.get(p)!.some((k) => k !== undefined)).sort(compareStrings);
  const start = new Int32Array(papers.length + 1);
  const cells: number[][] = papers.map((p) => {
    const keys = new Set(citations.referenceKeys.get(p)!.filter((key): key is string => key !== undefined));
    const norm = 1 / Math.sqrt(referenceCount(citations, p, rawOf));
    return [...keys].map((key) => column.get(key)).filter((c): c is number => c !== undefined).sort((a, b) => a - b).flatMap((c) => [c, norm]);
  });
  cells.forEach((row, i) => (start[i + 1] = start[i]! + row.length / 2));
  const term = new Int32Array(start[papers.length]!);
  const weight = new Float64Array(term.length);
  cells.forEach((row, i) => {
    for (let c = 0; c < row.length; c += 2) {
      term[start[i]! + c / 2] = row[c]!;
      weight[start[i]! + c / 2] = row[c + 1]!;
    }
  });
  const rows: SparseRows = { start, term, weight };
  const cap = Math.max(PAPER_GRAPH_DEFAULTS.minPostingCap, Math.ceil(PAPER_GRAPH_DEFAULTS.postingShare * papers.length));
  const links = await similarityLinks({ rows, termCount: shared.length, k: topKFor(corpus.papers.length, k), minSimilarity: 0, cap }, run, duckdb, 'coupling');

  const label = shortLabels(corpus);
  const lengths = papers.map((p) => referenceCount(citations, p, rawOf));
  const graph = new UndirectedGraph<NodeAttributes, CouplingEdge>();
  const n = papers.length;
  const linked = new Set<number>();
  for (const key of links.keys) linked.add(Math.floor(key / n)).add(key % n);
  for (const i of [...linked].sort((a, b) => a - b)) graph.addNode(papers[i]!, { label: label(papers[i]!) });
  links.keys.forEach((key, e) => {
    const a = Math.floor(key / n);
    const b = key % n;
    const strength = links.cosines[e]!;
    graph.addEdgeWithKey(edgeKey(papers[a]!, papers[b]!), papers[a]!, papers[b]!, {
      weight: Math.round(strength * Math.sqrt(lengths[a]! * lengths[b]!)),
      strength,
      // All shared works weigh alike in one pair: the pass lists them in column order, which
      // follows the works' keys; rarity decides the evidence instead.
      references: sharedTerms(rows, a, b, Number.MAX_SAFE_INTEGER)
        .map((c) => shared[c]!)
        .sort((x, y) => x.citedBy.length - y.citedBy.length || compareStrings(x.key, y.key))
        .slice(0, EVIDENCE)
        .map((w) => w.key),
    });
  });
  return graph;
}

/**
 * A paper's references, each counted once: the distinct works they name, and the distinct texts
 * of those that name none (an "[Anonymous]" or "in press" reference is still one the paper
 * makes, though it can be shared with nobody): the length of its reference vector in the cosine.
 */
function referenceCount(citations: CitationModel, paper: string, rawOf: ReadonlyMap<string, readonly CitedReference[]>): number {
  const keys = citations.referenceKeys.get(paper)!;
  const raw = rawOf.get(paper) ?? [];
  return new Set(keys.map((key, i) => key ?? `raw:${raw[i]?.raw ?? i}`)).size;
}

export const couplingGraph: GraphEntry<CouplingEdge> = {
  kind: 'coupling',
  title: 'Bibliographic coupling',
  entity: 'paper',
  needs: ['citations'],
  skip: withoutReferences,
  build: async (inputs, run) => ({ graph: await buildCouplingGraph(inputs.corpus, citationsOf(inputs), inputs.options['top-k'] ?? 'auto', run, inputs.duckdb) }),
  // Clustered on Salton's strength; ranked on shared references, so a paper's weighted degree is
  // the references it shares with its couplings (--rank-by strength: on Salton's strength).
  communityWeight: 'strength',
  centralityWeight: 'weight',
  papersOf: () => (node) => [node],
  edgeReport: {
    file: 'coupling_edges.csv',
    columns: ['source', 'target', 'weight', 'strength', 'shared_refs'],
    row: (_, s, t, e) => [s, t, e.weight, round6(e.strength), joinCell(e.references)],
  },
};
