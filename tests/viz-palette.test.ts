// Many communities: the largest each get a colour of their own from a 32-colour qualitative
// palette, the rest (and single nodes) grey, and the legend says so rather than repeating colours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ViewBundle } from '../pipeline/bundle-model';
import { communityColor } from '../pipeline/export/format';
import { makeBundle } from './fixtures/make-bundle';
import { chromiumAvailable } from './helpers/browser';
import { type VizEnv, openViz, startViz } from './helpers/viz-page';

const COMMUNITIES = 40;

/** The fixture's co-author graph cut into 40 communities, coloured as the pipeline colours them. */
function manyCommunities(): ViewBundle {
  const bundle = makeBundle();
  const graph = bundle.graphs[0]!;
  const sizes = new Map<number, number>();
  graph.nodes.forEach((node, i) => {
    node.community = i % COMMUNITIES;
    sizes.set(node.community, (sizes.get(node.community) ?? 0) + 1);
  });
  for (const node of graph.nodes) node.color = communityColor(node.community, sizes.get(node.community)!);
  graph.communities = [...sizes].map(([id, size]) => ({ id, label: `Cluster ${id}`, terms: [], size, color: communityColor(id, size), stability: 1 }));
  return { ...bundle, graphs: [graph] };
}

describe('communityColor', () => {
  it('gives the 32 largest communities distinct colours, then grey, and grey to single nodes', () => {
    const colours = Array.from({ length: 32 }, (_, id) => communityColor(id, 5));
    expect(new Set(colours).size).toBe(32);
    expect(colours).not.toContain(communityColor(32, 5));
    expect(communityColor(33, 5)).toBe(communityColor(32, 5));
    expect(communityColor(0, 1)).toBe(communityColor(32, 5));
  });
});

describe.skipIf(!chromiumAvailable())('the legend with many communities', () => {
  let env: VizEnv;
  beforeAll(async () => {
    env = await startViz({ 'many.json': manyCommunities() });
  });
  afterAll(async () => env?.close());

  it('says which communities share grey', async () => {
    const { page, context, errors } = await openViz(env, '?bundle=fixtures/many.json');
    expect(await page.isVisible('#legend-tail')).toBe(true);
    expect(await page.textContent('#legend-tail')).toBe('8 communities, the smallest, share grey; the other 32 each have a colour of their own.');
    expect(errors).toEqual([]);
    await context.close();
  });
});
