// Two runs of the same input give byte-identical files, at a size where layouts meet nodes that
// coincide exactly (3,000 generated papers: noverlap nudged those by an unseeded Math.random, and
// bundle.json, coauthor.gexf and coauthor.vosviewer.json differed from run to run). One runs from
// the sources (tsx), the other as `npm run pipeline` does, from the prebuilt bundle
// (scripts/build-pipeline.mjs), whose worker threads load bundles too: the build changes no byte.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/generate/corpus';
import { ensureBuilt } from '../scripts/build-pipeline.mjs';
import { fingerprint } from './helpers/fingerprint';
import { scratchDir } from './helpers/scratch';

const run = promisify(execFile);
const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

describe('reruns on a generated corpus', () => {
  it('write byte-identical files, layouts included, from the sources and from the build', async () => {
    const root = scratchDir('rerun');
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
