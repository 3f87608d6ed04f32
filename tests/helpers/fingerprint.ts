// Fingerprints of an output folder, for tests that compare two runs file by file.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Relative path → sha256 of every file under `dir`; run.json without the timings and the --out path. */
export function fingerprint(dir: string): Record<string, string> {
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
