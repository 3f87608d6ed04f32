// Consortium papers (thousands of authors) must not make the co-author graph quadratic.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../pipeline/options';
import { runPipeline } from '../pipeline/run';
import { scratchDir } from './helpers/scratch';

describe('papers with more than --max-authors authors', () => {
  it('add no co-author links but still count for their authors, and the run says how many', async () => {
    const root = scratchDir('limits');
    const consortium = Array.from({ length: 3000 }, (_, i) => `Member ${String(i).padStart(4, '0')} Collab`);
    writeFileSync(
      join(root, 'papers.json'),
      JSON.stringify([
        { title: 'Observation of a new particle', authors: consortium, abstract: 'A consortium paper on particle detection.' },
        { title: 'A small paper', authors: ['Member 0001 Collab', 'Solo Writer'], abstract: 'Particle detection by two people.' },
      ]),
    );
    const out = join(root, 'out');
    const summary = await runPipeline([join(root, 'papers.json')], { ...DEFAULT_OPTIONS, out, 'max-authors': 25 });
    expect(summary.notes.papersOverMaxAuthors).toBe(1);
    expect(summary.authors).toBe(3001);
    const manifest = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(manifest.counts.papersOverMaxAuthors).toBe(1);
    expect(manifest.graphs.coauthor.edges).toBe(1);
    const member = readFileSync(join(out, 'authors.csv'), 'utf8').split('\n').find((l) => l.includes('Member 0001 Collab'))!;
    expect(member).toMatch(/,2,/); // both papers still count
  });
});
