// A file the user may not read is a reject naming it, and the run goes on. Tests run as root
// here and in CI, where every file is readable: the check then runs as the unprivileged user
// `nobody` in a child process, so it is never skipped.
import { execFile } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { scratchDir } from './helpers/scratch';

const run = promisify(execFile);

describe('an unreadable file', () => {
  it('becomes a reject with the reason, and readable files beside it are still read', async () => {
    const dir = scratchDir('locked');
    chmodSync(dir, 0o755);
    const locked = join(dir, 'locked.csv');
    const open = join(dir, 'open.csv');
    writeFileSync(locked, 'title,authors\nHidden,A B\n');
    writeFileSync(open, 'title,authors\nVisible,C D\n');
    chmodSync(locked, 0o000);
    chmodSync(open, 0o644);
    const script = `
      const { ingestPaths } = await import('./pipeline/ingest/index.ts');
      const r = await ingestPaths([${JSON.stringify(dir)}]);
      console.log(JSON.stringify({ titles: r.records.map((x) => x.title), rejects: r.rejects.map((x) => [x.source.file.split('/').pop(), x.reason]) }));`;
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: process.cwd(),
      env: { ...process.env, HOME: dir },
      ...asNobody,
    });
    expect(JSON.parse(stdout)).toEqual({ titles: ['Visible'], rejects: [['locked.csv', 'cannot read: permission denied (EACCES)']] });
  });
});
