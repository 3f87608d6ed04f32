// Text that could reverse a spreadsheet's cell, break a CSV or XML file, or hide in a name goes
// through a whole run: ingest cleans the records and warns, the writers guard the raw text that
// rejects and warnings carry, and every file written reads back cleanly.
import { isUtf8 } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../pipeline/options';
import { type RunSummary, runPipeline } from '../pipeline/run';
import { xmlProblems } from './helpers/xml';
import { scratchDir } from './helpers/scratch';

const papers = [
  { title: 'Sharp\u202e\u0000ness-aware minimization for grokking', authors: ['Alice\u200bSmith', 'Bo Two'], abstract: 'Sharpness-aware minimization and grokking.' },
  { title: 'Grokking beyond sharpness-aware minimization', authors: ['Alice Smith', 'Cy\u2066Three\u2069'], abstract: 'Grokking with sharpness-aware minimization.' },
  { title: 'Plain grokking', authors: ['Bo Two'], abstract: 'Grokking, sharpness-aware minimization again.' },
];
/** C0 controls other than tab, line feed and CR, DEL, and the bidi controls. */
const UNSAFE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

let root: string;
let out: string;
let summary: RunSummary;
const read = (name: string) => readFileSync(join(out, name), 'utf8');
const rows = (name: string) => Papa.parse<Record<string, string>>(read(name), { header: true, skipEmptyLines: true });

beforeAll(async () => {
  root = join(scratchDir('text'), 'in');
  mkdirSync(root);
  writeFileSync(join(root, 'papers.json'), JSON.stringify(papers, null, 1));
  // A row without a title (rejected, its raw text in rejects.csv) and a date that is not one (warned, its raw text in warnings.csv).
  writeFileSync(join(root, 'more.csv'), 'title,authors,date\n,Evil\x01Row,2020\nA fourth paper on grokking,Bo Two,2021\x02\n');
  out = join(root, '..', 'out');
  summary = await runPipeline([root], { ...DEFAULT_OPTIONS, out });
});

describe('a run on text with control, invisible and bidi characters', () => {
  it('writes papers and authors without them, one author for "Alice\\u200bSmith" and "Alice Smith"', () => {
    const titles = rows('papers.csv').data.map((r) => r.title!);
    expect(titles).toContain('Sharp ness-aware minimization for grokking');
    expect(rows('authors.csv').data.map((r) => r.name).sort()).toEqual(['Alice Smith', 'Bo Two', 'CyThree']);
    for (const name of ['papers.csv', 'authors.csv', 'coauthor_edges.csv', 'terms.csv', 'communities.csv']) expect(read(name), name).not.toMatch(UNSAFE);
  });

  it('guards the raw text that rejects and warnings carry, and lists every change with its file, line and field', () => {
    const rejects = rows('rejects.csv');
    expect(rejects.errors).toEqual([]);
    expect(rejects.data.map((r) => [r.line, r.reason, r.excerpt])).toEqual([['2', 'row without a title', ',Evil\u2401Row,2020']]);
    const warnings = rows('warnings.csv');
    expect(warnings.errors).toEqual([]);
    expect(warnings.data.map((w) => [w.file!.endsWith('more.csv') ? 'more.csv' : 'papers.json', w.line, w.field, w.value])).toEqual([
      ['more.csv', '3', 'date.raw', '2021<U+0002>'],
      ['more.csv', '3', 'date', '2021\u2402'],
      ['papers.json', '2', 'title', 'Sharp<U+202E><U+0000>ness-aware minimization for grokking'],
      ['papers.json', '2', 'authors', 'Alice<U+200B>Smith'],
      ['papers.json', '10', 'authors', 'Cy<U+2066>Three<U+2069>'],
    ]);
    for (const name of ['rejects.csv', 'warnings.csv']) expect(read(name), name).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/);
    expect(summary.warnings).toBe(5);
  });

  it('writes well-formed graph files (GEXF, GraphML, JSON, CSV, Pajek, VOSviewer text) that hold none of them', () => {
    const graphs = readdirSync(join(out, 'graphs'));
    expect(graphs.filter((g) => g.endsWith('.gexf'))).toHaveLength(3);
    for (const name of graphs) {
      const bytes = readFileSync(join(out, 'graphs', name));
      expect(isUtf8(bytes), name).toBe(true);
      const text = bytes.toString('utf8');
      if (/\.(gexf|graphml)$/.test(name)) expect(xmlProblems(text), name).toEqual([]);
      else if (name.endsWith('.json')) expect(() => JSON.parse(text), name).not.toThrow();
      else if (name.endsWith('.csv')) expect(Papa.parse(text, { header: true, skipEmptyLines: true }).errors, name).toEqual([]);
      expect(text, name).not.toMatch(UNSAFE);
    }
    const bundle = readFileSync(join(out, 'bundle.json'));
    expect(isUtf8(bundle)).toBe(true);
    expect(JSON.stringify(JSON.parse(bundle.toString('utf8')))).not.toMatch(UNSAFE);
  });
});
