// Every temporary file of a test run, the tests' own and those of the pipelines and browsers they
// start, goes under one folder that is removed when the run ends: nothing is left in /tmp even
// by a test that fails before its own clean-up.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'citegraph-tests-'));
  // Open to every user, sticky, as /tmp is: a test runs a child as `nobody`, whose tsx caches here.
  chmodSync(root, 0o1777);
  // Read by os.tmpdir() in the test workers and every process they spawn.
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
