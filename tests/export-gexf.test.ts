import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type GexfInput, gexfText, writeGexf } from '../pipeline/export/gexf';

const input: GexfInput = {
  options: { type: 'undirected', multi: false, allowSelfLoops: false },
  attributes: {},
  nodes: [
    { key: 'a1', attributes: { label: 'Ada & Co', attributes: { community: 0, community_label: 'grokking' }, viz: { x: 1.5, y: -2, size: 4, color: '#1f77b4' } } },
    { key: 'a2', attributes: { label: 'Bo', attributes: { community: 1, community_label: 'SAM <sharpness>' }, viz: { x: 0, y: 3, size: 2, color: '#b4b4b4' } } },
  ],
  edges: [{ key: 'a1|a2', source: 'a1', target: 'a2', attributes: { weight: 2, attributes: { papers: 'p1; p2' } } }],
};

describe('GEXF files', () => {
  it('carry labels, community, positions, colours and evidence, escaped', () => {
    const text = gexfText(input);
    expect(text).toMatch(/^<\?xml[\s\S]*<gexf[\s\S]*version="1.3"/);
    expect(text).toContain('Ada &amp; Co');
    expect(text).toContain('SAM &lt;sharpness>'); // '>' needs no escape in XML
    expect(text).toMatch(/<viz:position x="1.5" y="-2"/);
    expect(text).toMatch(/<edge id="a1\|a2" source="a1" target="a2" weight="2"/);
    expect(text).toContain('p1; p2');
  });

  it('are the same written on a worker thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'citegraph-gexf-'));
    await writeGexf(join(dir, 'here.gexf'), input);
    await writeGexf(join(dir, 'worker.gexf'), input, 0);
    expect(readFileSync(join(dir, 'worker.gexf'), 'utf8')).toBe(readFileSync(join(dir, 'here.gexf'), 'utf8'));
    expect(readFileSync(join(dir, 'here.gexf'), 'utf8')).toBe(gexfText(input));
  });
});
