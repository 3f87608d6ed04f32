// Pajek's .net (vertices, then *Edges or *Arcs with weights) and .clu (the communities as a
// partition), which Pajek, igraph and networkx read. Vertices are numbered from 1 in the table's
// order; coordinates are the view's, scaled into Pajek's unit square, for the nodes it draws.
// Pajek labels have no escape: a double quote in one becomes a single quote, and a line end or
// tab a space.
import { arcsOf, type GraphTable } from './graph-table';
import { safeChars } from './safe-chars';

export function* pajekNetPieces(table: GraphTable): Generator<string> {
  const { nodes, edges, directed } = table;
  const scale = unitSquare(nodes.x, nodes.y);
  yield `*Vertices ${nodes.ids.length}\n`;
  for (let i = 0; i < nodes.ids.length; i++) {
    const x = nodes.x[i]!;
    yield `${i + 1} "${pajekLabel(nodes.labels[i]!)}"${Number.isNaN(x) ? '' : ` ${scale(x, nodes.y[i]!)}`}\n`;
  }
  yield directed ? '*Arcs\n' : '*Edges\n';
  for (let e = 0; e < edges.source.length; e++) {
    for (const [s, t, weight] of arcsOf(table, e)) yield `${s + 1} ${t + 1} ${weight}\n`;
  }
}

/** The communities as a Pajek partition: one line per vertex, its community as in the CSVs. */
export function* pajekCluPieces({ nodes }: GraphTable): Generator<string> {
  yield `*Vertices ${nodes.ids.length}\n`;
  for (const community of nodes.community) yield `${community}\n`;
}

function pajekLabel(label: string): string {
  return safeChars(label).replace(/"/g, "'").replace(/[\t\n\r]/g, ' ');
}

/** x, y → "x y 0.5" in [0, 1]², keeping the aspect ratio; Pajek's y grows downwards. */
function unitSquare(xs: Float64Array, ys: Float64Array): (x: number, y: number) => string {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  xs.forEach((x, i) => {
    if (Number.isNaN(x)) return;
    [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, ys[i]!), Math.max(maxY, ys[i]!)];
  });
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const unit = (v: number) => Number(v.toFixed(6));
  return (x, y) => `${unit((x - minX) / span)} ${unit((maxY - y) / span)} 0.5`;
}
