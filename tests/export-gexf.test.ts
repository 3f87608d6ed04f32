import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type GexfInput, gexfText, writeGexf } from '../pipeline/export/gexf';
import { parseXml, xmlProblems } from './helpers/xml';

const input: GexfInput = {
  options: { type: 'undirected', multi: false, allowSelfLoops: false },
  attributes: {},
  nodes: [
    { key: 'a1', attributes: { label: 'Ada & Co', attributes: { community: 0, community_label: 'grokking' }, viz: { x: 1.5, y: -2, size: 4, color: '#1f77b4' } } },
    { key: 'a2', attributes: { label: 'Bo', attributes: { community: 1, community_label: 'SAM <sharpness>' }, viz: { x: 0, y: 3, size: 2, color: '#b4b4b4' } } },
  ],
  edges: [{ key: 'a1|a2', source: 'a1', target: 'a2', attributes: { weight: 2, attributes: { papers: 'p1; p2' } } }],
};

/** Every character XML 1.0 forbids, the ones that break it unescaped, and the bidi controls. */
const BAD = Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)).join('') + '\x7f\ud800x\udfff\ufffe\uffff <&>"\'\u202e\u2066]]>';
const badInput: GexfInput = {
  ...input,
  nodes: input.nodes.map((n) => ({ ...n, attributes: { ...n.attributes, label: `${n.attributes!.label}${BAD}`, attributes: { community: 0, community_label: BAD } } })),
  edges: [{ ...input.edges[0]!, attributes: { weight: 1, attributes: { papers: BAD, terms: BAD } } }],
};

describe('GEXF files', () => {
  it('are well-formed XML whatever the labels hold, and keep every character XML allows', () => {
    const text = gexfText(badInput);
    expect(xmlProblems(text)).toEqual([]);
    const label = parseXml(text).getElementsByTagName('node')[0]!.getAttribute('label')!;
    const pictures = Array.from({ length: 32 }, (_, c) => ([9, 10, 13].includes(c) ? String.fromCharCode(c) : String.fromCharCode(0x2400 + c))).join('');
    expect(label).toBe(`Ada & Co${pictures}\u2421\ufffdx\ufffd\ufffd\ufffd <&>"'\u202e\u2066]]>`);
  });

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
    await writeGexf(join(dir, 'here.gexf'), input, { inlineBelow: Infinity });
    await writeGexf(join(dir, 'worker.gexf'), input, { inlineBelow: 0 });
    expect(readFileSync(join(dir, 'worker.gexf'), 'utf8')).toBe(readFileSync(join(dir, 'here.gexf'), 'utf8'));
    expect(readFileSync(join(dir, 'here.gexf'), 'utf8')).toBe(gexfText(input));
  });
});
