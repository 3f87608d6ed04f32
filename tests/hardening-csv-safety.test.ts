// Reports must be safe to open in a spreadsheet and must read back to exactly what was written.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../pipeline/options';
import { type RunSummary, runPipeline } from '../pipeline/run';
import { scratchDir } from './helpers/scratch';

const tricky = [
  { title: '=HYPERLINK("http://evil.example","click")', authors: ['@Mallory Evil', 'Ann "Quote" Smith'], abstract: 'Commas, "quotes",\nnew lines\nand ; semicolons in sharpness-aware minimization and grokking.' },
  { title: '+1 trick for sharpness', authors: ['-Minus Person', 'Ann "Quote" Smith'], abstract: 'Tab\tinside, sharpness-aware minimization again; grokking, too.' },
  { title: 'Plain title about grokking', authors: ['Bob Plain'], abstract: '@mention at the start? No: it is in the middle. sharpness-aware minimization.' },
];

const FORMULA = /^[=+\-@\t\r]/;
const safe = (value: string) => (FORMULA.test(value) ? `'${value}` : value);

let dir: string;
let summary: RunSummary;
const parse = (name: string) => Papa.parse<Record<string, string>>(readFileSync(join(dir, name), 'utf8'), { header: true, skipEmptyLines: true });

beforeAll(async () => {
  const root = scratchDir('csv');
  writeFileSync(join(root, 'papers.json'), JSON.stringify(tricky, null, 2));
  dir = join(root, 'out');
  summary = await runPipeline([join(root, 'papers.json')], { ...DEFAULT_OPTIONS, out: dir });
});

describe('CSV reports', () => {
  it('read back through papaparse to exactly the values written', () => {
    const { data, errors } = parse('papers.csv');
    expect(errors).toEqual([]);
    const byId = new Map(summary.corpus.papers.map((p) => [p.id, p]));
    expect(data).toHaveLength(3);
    for (const row of data) {
      const paper = byId.get(row.id!)!;
      expect(row.title).toBe(safe(paper.title));
      expect(row.abstract).toBe(safe(paper.abstract));
    }
    const abstracts = data.map((r) => r.abstract);
    expect(abstracts).toContain(tricky[0]!.abstract);
  });

  it('neutralise cells a spreadsheet would run as a formula', () => {
    const titles = parse('papers.csv').data.map((r) => r.title);
    expect(titles).toContain(`'${tricky[0]!.title}`);
    expect(titles).toContain(`'${tricky[1]!.title}`);
    const names = parse('authors.csv').data.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(["'@Mallory Evil", "'-Minus Person", 'Ann "Quote" Smith']));
    const edges = parse('coauthor_edges.csv').data;
    expect(edges.flatMap((e) => [e.source_name, e.target_name])).toContain("'@Mallory Evil");
  });

  it('parse cleanly, every one of them', () => {
    for (const name of ['papers.csv', 'authors.csv', 'coauthor_edges.csv', 'paper_edges.csv', 'terms.csv', 'term_edges.csv', 'communities.csv', 'references.csv', 'rejects.csv', 'warnings.csv', 'merges.csv']) {
      const { errors, meta } = parse(name);
      expect(errors, name).toEqual([]);
      expect(meta.fields!.length, name).toBeGreaterThan(2);
    }
  });
});
