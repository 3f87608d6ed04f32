// Two runs of the same input give byte-identical files, at a size where layouts meet nodes that
// coincide exactly (3,000 generated papers: noverlap nudged those by an unseeded Math.random, and
// bundle.json, coauthor.gexf and coauthor.vosviewer.json differed from run to run). One runs from
// the sources (tsx), the other as `npm run pipeline` does, from the prebuilt bundle
// (scripts/build-pipeline.mjs), whose worker threads load bundles too: the build changes no byte.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/generate/corpus';
import { ensureBuilt } from '../scripts/build-pipeline.mjs';

const run = promisify(execFile);
const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

/** Relative path → sha256 of every file under `dir`; run.json without the timings and the --out path. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        let bytes = readFileSync(path, 'utf8');
        if (entry.name === 'run.json') {
          const manifest = JSON.parse(bytes);
          bytes = JSON.stringify({ ...manifest, stages: null, options: { ...manifest.options, out: null } });
        }
        out[relative(dir, path)] = createHash('sha256').update(bytes).digest('hex');
      }
    }
  };
  walk(dir);
  return out;
}

describe('reruns on a generated corpus', () => {
  it('write byte-identical files, layouts included, from the sources and from the build', async () => {
    const root = mkdtempSync(join(tmpdir(), 'citegraph-rerun-'));
    generateCorpus({ papers: 3_000, out: join(root, 'gen') });
    const outputs = [join(root, 'out-1'), join(root, 'out-2')];
    const input = join(root, 'gen', 'corpus');
    await ensureBuilt();
    // Side by side: two processes, as a user's two runs would be, and half the wait.
    await Promise.all([
      run(tsx, ['pipeline/cli.ts', input, '--out', outputs[0]!], { maxBuffer: 1 << 26 }),
      run(process.execPath, ['scripts/pipeline.mjs', input, '--out', outputs[1]!], { maxBuffer: 1 << 26 }),
    ]);
    const [first, second] = outputs.map(fingerprint);
    expect(Object.keys(first!)).toContain('graphs/coauthor.gexf');
    expect(second).toEqual(first);
  }, 300_000);
});
