// merges.csv through the real pipeline: what was merged and by which rule, what was kept apart
// and why, each with its sources, as a reader checking the deduplication would read it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../pipeline/options';
import { type RunSummary, runPipeline } from '../pipeline/run';
import { scratchDir } from './helpers/scratch';

type Row = Record<string, string>;

const CSV = [
  'title,authors,year,doi,arxiv_id',
  'Deep Residual Learning for Image Recognition,Kaiming He; Xiangyu Zhang,2016,10.1109/CVPR.2016.90,',
  'Deep residual learning for image recognition.,K. He,2016,https://doi.org/10.1109/cvpr.2016.90,',
  'Introduction,Ann Lee,2001,10.1000/intro.1,',
  'Introduction,Bo Chen,2019,10.1000/intro.2,',
  'A survey of graph neural networks,Ann Lee,2001,,',
  'A survey of graph neural networks,Zed Zhu,2019,,',
  'Scaling laws for neural language models,Jared Kaplan,2020,,2001.08361v1',
  'Scaling Laws for Neural Language Models,J. Kaplan; Sam McCandlish,2020,,arXiv:2001.08361v2',
].join('\n');
const JSON_ROWS = [{ title: 'A Survey of Graph Neural Networks', authors: ['A. Lee'], year: 2002 }];

let out: string;
let summary: RunSummary;
let rows: Row[];
let a: string;
let b: string;

beforeAll(async () => {
  const root = scratchDir('merges');
  a = join(root, 'a.csv');
  b = join(root, 'b.json');
  writeFileSync(a, CSV);
  writeFileSync(b, JSON.stringify(JSON_ROWS, null, 2));
  out = join(root, 'out');
  summary = await runPipeline([a, b], { ...DEFAULT_OPTIONS, out });
  rows = Papa.parse<Row>(readFileSync(join(out, 'merges.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
});

describe('merges.csv', () => {
  it('has one row per merged paper and one per pair kept apart, with the stated columns', () => {
    const header = readFileSync(join(out, 'merges.csv'), 'utf8').split('\n')[0];
    expect(header).toBe('decision,paper_id,title,sources,rule,other_paper_id,other_title,other_sources,reason');
    expect(summary.papers).toBe(6);
    expect(rows.map((r) => r.decision)).toEqual(['merged', 'merged', 'merged', 'kept apart', 'kept apart']);
  });

  it('names the sources of every merged paper and the rule that joined them', () => {
    const merged = rows.filter((r) => r.decision === 'merged').map((r) => [r.title, r.sources, r.rule]);
    expect(merged).toEqual(
      expect.arrayContaining([
        ['Deep Residual Learning for Image Recognition', `${a}:2; ${a}:3`, 'doi'],
        ['Scaling laws for neural language models', `${a}:8; ${a}:9`, 'arxiv'],
        ['A survey of graph neural networks', `${a}:6; ${b}:2`, 'title'],
      ]),
    );
  });

  it('says why papers with one title were kept apart', () => {
    const apart = rows.filter((r) => r.decision === 'kept apart').map((r) => [r.title, r.sources, r.rule, r.other_sources, r.reason]);
    expect(apart).toEqual(
      expect.arrayContaining([
        ['Introduction', `${a}:4`, 'title', `${a}:5`, 'different DOIs; years 2001 and 2019; no author in common; generic title'],
        ['A survey of graph neural networks', `${a}:6; ${b}:2`, 'title', `${a}:7`, 'years 2001 and 2019; no author in common'],
      ]),
    );
  });

  it('refers to papers by the ids papers.csv gives them', () => {
    const papers = Papa.parse<Row>(readFileSync(join(out, 'papers.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    const titleOf = new Map(papers.map((p) => [p.id, p.title]));
    for (const row of rows) {
      expect(titleOf.get(row.paper_id!)).toBe(row.title);
      if (row.decision === 'kept apart') expect(titleOf.get(row.other_paper_id!)).toBe(row.other_title);
    }
  });
});
