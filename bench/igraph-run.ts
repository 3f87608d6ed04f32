// Runs the igraph comparison pipeline (bench/igraph/pipeline.py) on a generated corpus, in a
// process of its own so that its figures are the Python pipeline's alone: wall time from start to
// exit measured here, CPU and peak RSS from its own getrusage at exit (the numbers /usr/bin/time
// reads), and its report line.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { IgraphReport, IgraphRun } from './results';
import { projectRoot } from './ts-process';

export const IGRAPH_SCRIPT = join(projectRoot, 'bench', 'igraph', 'pipeline.py');
/** Debian's interpreter, where `apt-get install python3-igraph …` puts the packages (a pyenv or
 *  venv python3 earlier on PATH would not see them); CITEGRAPH_PYTHON names another. */
export const PYTHON = process.env.CITEGRAPH_PYTHON ?? '/usr/bin/python3';
export const IGRAPH_PACKAGES = 'python3-igraph python3-sklearn python3-numpy python3-scipy';

/** Null when PYTHON imports igraph, scikit-learn, SciPy and NumPy; else what is wrong and how to fix it. */
export function igraphMissing(python = PYTHON): string | null {
  const probe = spawnSync(python, ['-c', 'import igraph, sklearn, scipy, numpy'], { encoding: 'utf8' });
  if (probe.status === 0) return null;
  const why = probe.error ? `${python} cannot be started (${probe.error.message})` : (probe.stderr.trim().split('\n').at(-1) ?? `exit code ${probe.status}`);
  return `the igraph pipeline needs python-igraph, scikit-learn, SciPy and NumPy for ${python}: ${why}. Install them with: apt-get install -y ${IGRAPH_PACKAGES} (or set CITEGRAPH_PYTHON to a python3 that has them)`;
}

/** The report: the last stdout line that parses as a JSON object with wallSeconds. */
export function parseIgraphReport(stdout: string): IgraphReport | null {
  for (const line of stdout.trim().split('\n').reverse()) {
    try {
      const value = JSON.parse(line) as unknown;
      if (typeof value === 'object' && value !== null && 'wallSeconds' in value) return value as IgraphReport;
    } catch {
      // A line a library printed: not the report.
    }
  }
  return null;
}

/** corpusDir/corpus in, outDir out, scored against corpusDir/truth/papers.csv; the caller has checked igraphMissing(). */
export function runIgraph(papers: number, corpusDir: string, outDir: string, seed: number, log: (line: string) => void): Promise<IgraphRun> {
  const args = [IGRAPH_SCRIPT, join(corpusDir, 'corpus'), '--out', outDir, '--truth', join(corpusDir, 'truth', 'papers.csv'), '--seed', String(seed)];
  const started = performance.now();
  const child = spawn(PYTHON, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let lastError = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    for (const line of chunk.split('\n').filter(Boolean)) {
      log(line);
      lastError = line;
    }
  });
  return new Promise((done) => {
    child.on('error', (error) => (lastError = `could not start ${PYTHON}: ${error.message}`));
    child.on('close', (code, signal) => {
      const processSeconds = Math.round(performance.now() - started) / 1000;
      const report = code === 0 ? parseIgraphReport(stdout) : null;
      const error = report ? null : code === 0 && !signal ? 'no report line on its stdout' : `${signal ? `killed by ${signal}` : `exited with code ${code}`}${lastError ? `: ${lastError.trim()}` : ''}`;
      done({ papers, processSeconds, report, error });
    });
  });
}
