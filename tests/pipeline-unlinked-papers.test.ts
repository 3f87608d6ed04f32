// Papers that share no term with any other are no node of the paper graph: the summary and
// run.json count them, and papers.csv leaves their community empty.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../pipeline/options';
import { type RunSummary, runPipeline } from '../pipeline/run';
import { scratchDir } from './helpers/scratch';

const THEMES = [
  ['spectral graph wavelet', 'heat kernel', 'graph signal'],
  ['protein folding', 'energy landscape', 'molecular dynamics'],
  ['speech recognition', 'acoustic model', 'spectrogram'],
];
const LONERS = ['medieval tapestry restoration', 'volcanic ash dispersion'];
const NAMES = ['Ada', 'Boris', 'Clara', 'Dmitri', 'Elena', 'Farid'];
const PLACES = ['Lyon', 'Oslo', 'Quito'];

/** Six papers per theme, each naming the theme's three terms three times; two papers on a subject of their own. */
function ris(): string {
  const record = (id: string, title: string, abstract: string) => `TY  - JOUR\nTI  - ${title}\nAU  - Author ${id}\nPY  - 2020\nAB  - ${abstract}\nER  - \n`;
  const themed = THEMES.flatMap((terms, t) =>
    Array.from({ length: 6 }, (_, k) => {
      // Sentences of their own (a sentence in many abstracts would be boilerplate): each names a place.
      const abstract = PLACES.map((place) => terms.map((term) => `The ${term} of ${place} ${NAMES[k]}.`).join(' ')).join(' ');
      return record(`t${t}k${k}`, `Note ${NAMES[k]} on the ${terms[k % 3]}`, abstract);
    }),
  );
  const loners = LONERS.map((subject, k) => record(`l${k}`, `A report on ${subject}`, `This is about ${subject}, and only about ${subject}.`));
  return [...themed, ...loners].join('\n');
}

let summary: RunSummary;
let manifest: Record<string, any>;
let papers: Record<string, string>[];

beforeAll(async () => {
  const dir = scratchDir('unlinked');
  writeFileSync(join(dir, 'papers.ris'), ris());
  const out = join(dir, 'out');
  summary = await runPipeline([join(dir, 'papers.ris')], { ...DEFAULT_OPTIONS, out });
  manifest = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
  papers = Papa.parse<Record<string, string>>(readFileSync(join(out, 'papers.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
}, 120_000);

describe('unlinked papers', () => {
  it('are counted in the summary and run.json, and have no community in papers.csv', () => {
    expect(summary.papers).toBe(20);
    expect(summary.notes.unclusteredPapers).toBe(LONERS.length);
    expect(manifest.counts.unclusteredPapers).toBe(LONERS.length);
    expect(manifest.graphs.papers.nodes).toBe(20 - LONERS.length);
    expect(papers.filter((p) => p.community === '').map((p) => p.title).sort()).toEqual(LONERS.map((s) => `A report on ${s}`));
  });

  it('run.json also counts the terms papers are linked by', () => {
    expect(manifest.counts.linkTerms).toBeGreaterThanOrEqual(manifest.counts.terms);
  });
});
