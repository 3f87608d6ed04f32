// "Why linked": a link's evidence in words, as the details panel shows it under each neighbour of
// the selected node. Plain text: the panel inserts it as a text node.
import type { BundleEdge, BundleGraph, ViewBundle } from '../pipeline/bundle-model';
import { formatNumber } from './dom';

/** Titles or reference labels quoted before "+N more". */
const MAX_QUOTED = 3;

/** Why `edge` links `node` (the selected one) to its other end, in `graph`. */
export function whyLinked(bundle: ViewBundle, graph: BundleGraph, edge: BundleEdge, node: string): string {
  const papers = strings(edge.evidence?.papers);
  const references = strings(edge.evidence?.references);
  // The weight counts the joint papers (co-authors), the shared papers (terms, co-citation) or
  // the shared references (coupling); the bundle may list only some of them.
  const n = Math.max(papers.length, finite(edge.weight));
  const titles = papers.length ? `: ${quoted(papers.map((id) => `“${bundle.papers[id]?.title ?? id}”`), n)}` : '';
  if (graph.directed) return `${direction(edge, node)}${mainPath(edge)}`;
  if (graph.entity === 'author') return `${formatNumber(n)} joint paper${n === 1 ? '' : 's'}${titles}`;
  if (edge.evidence?.terms) {
    const shared = strings(edge.evidence.terms).map((t) => bundle.terms[t]?.label ?? t).join(', ');
    return `similarity ${formatNumber(finite(edge.weight))}${shared ? ` · shared terms: ${shared}` : ''}`;
  }
  if (edge.evidence?.references) {
    const count = Math.max(references.length, finite(edge.weight));
    const labels = references.map((key) => bundle.references[key]?.label ?? key);
    return `${formatNumber(count)} shared reference${count === 1 ? '' : 's'}${labels.length ? `: ${quoted(labels, count)}` : ''}`;
  }
  if (graph.entity === 'reference') return `cited together by ${formatNumber(n)} paper${n === 1 ? '' : 's'}${titles}`;
  return `together in ${formatNumber(n)} paper${n === 1 ? '' : 's'}${titles}`;
}

/** Source → target is citing → cited: said from the selected paper's side. */
function direction(edge: BundleEdge, node: string): string {
  if (edge.mutual === true) return 'cites this paper and is cited by it';
  return edge.source === node ? 'cited by this paper' : 'cites this paper';
}

function mainPath(edge: BundleEdge): string {
  const spc = typeof edge.spc === 'number' && Number.isFinite(edge.spc) ? `, SPC ${formatNumber(edge.spc)} (1 = the most travelled citation)` : '';
  return edge.mainPath === true || spc ? ` · on the main path${spc}` : '';
}

/** The first few, then how many more there are of `total`. */
function quoted(items: readonly string[], total: number): string {
  const shown = items.slice(0, MAX_QUOTED);
  const rest = Math.max(items.length, total) - shown.length;
  return shown.join('; ') + (rest > 0 ? `; +${formatNumber(rest)} more` : '');
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function finite(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
