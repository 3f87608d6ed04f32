// The bench's generated corpus in DIR (DIR/corpus, DIR/truth), made by gen-corpus.ts in a child
// process, so that generation's memory is not counted as the measured run's. Reused when present.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, tsScriptArgs } from './ts-process';

/**
 * Seconds taken, or null when DIR already holds this corpus from an earlier run. A corpus of
 * another size or seed there is an error: measuring it would report the wrong corpus's figures.
 */
export function ensureGeneratedCorpus(dir: string, papers: number, seed: number, log: (line: string) => void): number | null {
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest)) {
    const held = JSON.parse(readFileSync(manifest, 'utf8')) as { papers: number; seed: string };
    if (held.papers === papers && held.seed === String(seed)) return null;
    throw new Error(`${dir} holds a corpus of ${held.papers} papers, seed ${held.seed}, not ${papers} papers, seed ${seed}: use another folder`);
  }
  log('generating the corpus');
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    tsScriptArgs('bench/gen-corpus.ts', ['--papers', String(papers), '--seed', String(seed), '--out', dir, '--force']),
    { cwd: projectRoot, encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`corpus generation failed: ${child.stderr.trim() || child.error?.message || `signal ${child.signal}`}`);
  const taken = Math.round(performance.now() - started) / 1000;
  log(`corpus generated in ${taken.toFixed(1)} s`);
  return taken;
}
