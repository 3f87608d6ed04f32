// VOSviewer's files by its own load rules (tests/helpers/vosviewer-rules.ts): clusters from the
// communities with a fixed offset, none for loners or past 1,000, the view's colours on the right
// clusters even where numbers skip, link strengths that add up, and no map VOSviewer would refuse.
import { describe, expect, it } from 'vitest';
import type { GraphTable } from '../pipeline/export/graph-table';
import { vosviewerJsonPieces } from '../pipeline/export/vosviewer';
import { vosviewerMapPieces, vosviewerNetworkPieces } from '../pipeline/export/vosviewer-map';
import { CLUSTER_OFFSET, MAX_CLUSTERS, vosMap } from '../pipeline/export/vosviewer-items';
import { handTable } from './helpers/graph-files';
import { loadVosviewerJson, loadVosviewerMapNetwork } from './helpers/vosviewer-rules';

const json = (table: GraphTable) => loadVosviewerJson([...vosviewerJsonPieces(table)].join(''));
const desktop = (table: GraphTable) => loadVosviewerMapNetwork([...vosviewerMapPieces(table)].join(''), [...vosviewerNetworkPieces(table)].join(''));

/** n nodes in a chain, node i in community communityOf(i), communities of the given sizes. */
function chain(n: number, communityOf: (i: number) => number, sizes: number[]): GraphTable {
  const base = handTable();
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  const nan = () => new Float64Array(n).fill(NaN);
  return {
    ...base,
    nodes: {
      ...base.nodes,
      ids,
      labels: ids,
      community: Int32Array.from(ids, (_, i) => communityOf(i)),
      color: ids.map(() => '#1f77b4'),
      size: new Float64Array(n).fill(2),
      x: Float64Array.from(ids, (_, i) => i),
      y: Float64Array.from(ids, (_, i) => i % 3),
      start: nan(),
      columns: [],
      details: { description: ids.map(() => ''), url: ids.map(() => null), documents: new Int32Array(n).fill(1), avgYear: nan(), citations: nan(), avgCitations: nan() },
    },
    edges: {
      source: Int32Array.from({ length: n - 1 }, (_, i) => i),
      target: Int32Array.from({ length: n - 1 }, (_, i) => i + 1),
      weight: new Float64Array(n - 1).fill(1),
      strength: new Float64Array(n - 1).fill(0.5),
      mutual: new Uint8Array(n - 1),
      start: new Float64Array(n - 1).fill(NaN),
      columns: [],
    },
    communities: sizes.map((size, c) => ({ label: `topic ${c}`, size, color: `#${(0x100000 + c).toString(16)}` })),
  };
}

describe('VOSviewer files', () => {
  it('number clusters as community + 1, give a loner none, and name and colour each cluster', () => {
    const table = handTable();
    for (const load of [json(table), desktop(table)]) {
      expect(load.error).toBeUndefined();
      expect(load.items.map((i) => i.cluster)).toEqual([0 + CLUSTER_OFFSET, 0 + CLUSTER_OFFSET, null]);
    }
    const read = json(table);
    expect([...read.legend]).toEqual([[1, 'grokking']]);
    expect([...read.colors.values()]).toEqual(['#1f77b4', '#1f77b4', '#bfbfbf']);
    expect(read.items[0]).toMatchObject({ label: 'Ada & Co', url: 'https://orcid.org/0000-0002-1825-0097', 'weight<Links>': 1, 'weight<Total link strength>': 2, 'score<Avg. pub. year>': 2020 });
    expect(read.items[2]).toMatchObject({ 'score<Avg. pub. year>': null });
    expect(read.items[0]).not.toHaveProperty('score<Citations>'); // no paper has a count
  });

  it('leave out positions when some node has none, so VOSviewer lays the map out itself', () => {
    const table = handTable();
    expect(vosMap(table).items().next().value).not.toHaveProperty('x');
    const placed = chain(4, (i) => (i < 2 ? 0 : 1), [2, 2]);
    expect(vosMap(placed).items().next().value).toMatchObject({ x: 0, y: 0 });
    expect(json(placed).error).toBeUndefined();
  });

  it('keep colours on their clusters where the numbers skip (a drawn part missing a community)', () => {
    // Communities 0 and 2 drawn, 1 not: clusters 1 and 3.
    const table = chain(4, (i) => (i < 2 ? 0 : 2), [2, 5, 2]);
    const read = json(table);
    expect(read.error).toBeUndefined();
    expect(read.items.map((i) => i.cluster)).toEqual([1, 1, 3, 3]);
    expect(read.items.map((i) => read.colors.get(i.id))).toEqual(['#100000', '#100000', '#100002', '#100002']);
    expect([...read.legend]).toEqual([[1, 'topic 0'], [3, 'topic 2']]);
  });

  it('give no cluster past VOSviewer\'s 1,000, and still load', () => {
    const n = MAX_CLUSTERS * 2 + 4;
    const table = chain(n, (i) => Math.floor(i / 2), Array.from({ length: n / 2 }, () => 2));
    const read = json(table);
    expect(read.error).toBeUndefined();
    expect(Math.max(...read.items.map((i) => (i.cluster as number | null) ?? 0))).toBe(MAX_CLUSTERS);
    expect(read.items.filter((i) => i.cluster === null)).toHaveLength(4);
  });

  it('refuse a graph of fewer than 3 items, which VOSviewer would', () => {
    const table = chain(2, () => 0, [2]);
    expect(vosMap(table).refused).toBe('VOSviewer opens no map of fewer than 3 items (this graph has 2)');
    expect(json(table).error).toBe('less than three items');
  });

  it('say what an item, a link and its strength are, in the singular and plural', () => {
    const config = (kind: string) => JSON.parse([...vosviewerJsonPieces({ ...handTable(), kind })].join('')).config.terminology;
    expect(config('coauthor')).toEqual({
      item: 'author', items: 'authors', link: 'co-authorship', links: 'co-authorships', cluster: 'cluster', clusters: 'clusters', link_strength: 'joint papers', total_link_strength: 'total joint papers',
    });
    expect(config('hand')).toMatchObject({ link: 'link', link_strength: 'weight', total_link_strength: 'total weight' });
  });
});
