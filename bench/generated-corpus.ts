// The bench's generated corpus in DIR (DIR/corpus, DIR/truth), made by gen-corpus.ts in a child
// process, so that generation's memory is not counted as the measured run's. Reused when present.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, tsScriptArgs } from './ts-process';

/** Seconds taken, or null when DIR already holds a corpus from an earlier run. */
export function ensureGeneratedCorpus(dir: string, papers: number, seed: number, log: (line: string) => void): number | null {
  if (existsSync(join(dir, 'manifest.json'))) return null;
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
