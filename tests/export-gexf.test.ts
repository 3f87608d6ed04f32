// The graph-file writers on a table made by hand: GEXF valid against the 1.3 RelaxNG schema and
// read by networkx whatever the labels hold, colours as r/g/b, years as times, positions only for
// drawn nodes, a mutual citation as two arcs; every file the same when written on a worker.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseGexf } from 'graphology-gexf';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { gexfPieces } from '../pipeline/export/gexf';
import { writeGraphFiles } from '../pipeline/export/graph-files';
import { gexfSchemaErrors, handTable, readersAvailable, readWithPython } from './helpers/graph-files';
import { parseXml, xmlProblems } from './helpers/xml';
import { scratchDir } from './helpers/scratch';

const gexf = (table = handTable()) => [...gexfPieces(table)].join('');
const readers = readersAvailable();

/** Every character XML 1.0 forbids, the ones that break it unescaped, and the bidi controls. */
const BAD = Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)).join('') + '\x7f\ud800x\udfff\ufffe\uffff <&>"\'\u202e\u2066]]>';

describe('GEXF files', () => {
  it('are well-formed XML whatever the labels hold, and keep every character XML allows', () => {
    const text = gexf(handTable({ label: `Ada & Co${BAD}`, text: BAD }));
    expect(xmlProblems(text)).toEqual([]);
    const label = parseXml(text).getElementsByTagName('node')[0]!.getAttribute('label')!;
    const pictures = Array.from({ length: 32 }, (_, c) => ([9, 10, 13].includes(c) ? String.fromCharCode(c) : String.fromCharCode(0x2400 + c))).join('');
    expect(label).toBe(`Ada & Co${pictures}\u2421\ufffdx\ufffd\ufffd\ufffd <&>"'\u202e\u2066]]>`);
  });

  it('carry colours as r/g/b, sizes, the view\'s positions where it has them, and the first year as a time', () => {
    const text = gexf();
    expect(text).toMatch(/<graph defaultedgetype="undirected" mode="dynamic" timeformat="double">/);
    expect(text).toContain('<node id="a1" label="Ada &amp; Co" start="2019">');
    expect(text).toContain('<viz:color r="31" g="119" b="180"/>');
    expect(text).not.toContain('hex=');
    expect(text).toMatch(/<viz:position x="1.5" y="-2" z="0"\/>/);
    expect(text.match(/<viz:position/g)).toHaveLength(2); // a3 is not drawn
    expect(text).toContain('<edge source="a1" target="a2" weight="2" start="2021">');
    expect(text).toContain('<attvalue for="paper_ids" value="p1; p2"/>');
    expect(text).toContain('the whole graph, 3 nodes and 2 edges; the view draws the 2 nodes');
  });

  it('give a pair citing each other as two arcs of one citation each', () => {
    const text = gexf(handTable({ directed: true }));
    expect(text).toContain('<edges count="3">');
    expect(text).toMatch(/<edge source="a1" target="a2" weight="1"[\s\S]*<edge source="a2" target="a1" weight="1"/);
  });

  it('read back through graphology-gexf with their attributes and colours', () => {
    const graph = parseGexf(Graph, gexf());
    expect([graph.order, graph.size]).toEqual([3, 2]);
    expect(graph.getNodeAttributes('a2')).toMatchObject({ label: 'Bo', paper_count: 1, ambiguous: true, color: 'rgb(31,119,180)', x: 0, y: 3 });
  });

  it.skipIf(!readers)('validate against the GEXF 1.3 RelaxNG schema and load in networkx, whatever the labels hold', async () => {
    const dir = scratchDir('gexf');
    for (const [name, table] of [['plain', handTable()], ['directed', handTable({ directed: true })], ['bad', handTable({ label: `Ada${BAD}`, text: BAD })]] as const) {
      writeFileSync(join(dir, `${name}.gexf`), gexf(table));
      expect(gexfSchemaErrors(join(dir, `${name}.gexf`)), name).toBe('');
    }
    await writeGraphFiles(dir, handTable(), { inlineBelow: Infinity });
    const read = readWithPython(dir, 'hand').networkx_gexf;
    expect(Object.keys(read.nodes)).toEqual(['a1', 'a2', 'a3']);
    expect(read.nodes.a1).toMatchObject({ label: 'Ada & Co', name: 'Ada & Co', start: 2019, viz: { color: { r: 31, g: 119, b: 180 }, position: { x: 1.5, y: -2 } } });
    expect(read.nodes.a3).not.toHaveProperty('start');
    expect(read.edges).toEqual([['a1', 'a2', 2], ['a2', 'a3', 1]]);
  });

  it('are the same, as every other graph file, written on a worker thread', async () => {
    const [here, worker] = [scratchDir('files'), scratchDir('files')];
    const table = handTable({ directed: true });
    const a = await writeGraphFiles(here, table, { inlineBelow: Infinity });
    const b = await writeGraphFiles(worker, table, { inlineBelow: 0 });
    expect(b).toEqual(a);
    expect(readdirSync(worker).sort()).toEqual(readdirSync(here).sort());
    for (const name of readdirSync(here)) expect(readFileSync(join(worker, name), 'utf8'), name).toBe(readFileSync(join(here, name), 'utf8'));
    expect(readFileSync(join(here, 'hand.gexf'), 'utf8')).toBe(gexf(table));
  });
});
