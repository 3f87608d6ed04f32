// The sentence each graph file carries about what it holds: the whole graph, or the part the view
// draws, and which nodes have a position.
import type { GraphTable } from './graph-table';

const count = (n: number) => n.toLocaleString('en');

export function partDescription({ title, part, nodes, edges }: GraphTable): string {
  const held = `${count(nodes.ids.length)} nodes and ${count(edges.source.length)} edges`;
  if (part.drawnOnly && part.viewRule) return `${title}: the part the view draws, ${held} of ${count(part.totalNodes)} and ${count(part.totalEdges)} (${part.viewRule}).`;
  if (part.viewRule) return `${title}: the whole graph, ${held}; the view draws ${part.viewRule}: those nodes have its positions (in_view), the others none.`;
  return `${title}: the whole graph, ${held}, with the view's positions.`;
}
