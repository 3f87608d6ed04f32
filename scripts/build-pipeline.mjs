// The pipeline as plain JavaScript for `npm run pipeline` and the bench: tsx transpiles its ~300
// TypeScript modules on every start, and again in every worker thread (each with a loader
// thread of its own), which cost ~0.8 s of CPU on the main thread before the first file is read.
// esbuild bundles them into .build/ (kept out of git) in well under a second, again only when a
// source changed. Plain JavaScript itself, so that it runs without tsx.
//
// Each module that names itself by `import.meta.url` gets a bundle of its own at its path under
// .build/ (pipeline/layout/forceatlas2.ts → .build/pipeline/layout/forceatlas2.mjs): those are the modules a worker thread loads (worker-thread.ts maps a task's module to
// its bundle), and in every bundle `import.meta.url` stays the source file's URL, so the files a
// module reads beside it (package.json, vite.config.ts) are found as under tsx.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The folders bundled from: the pipeline, and the bench, whose runs load it in their own process. */
const SOURCE_DIRS = ['pipeline', 'bench'];
export const BUILD_DIR = join(root, '.build');
const STAMP = 'sources.sha256';
/** What programs run: the command line, and one bench size (bench/run-bench.ts starts it). */
const MAIN_ENTRIES = ['pipeline/cli.ts', 'bench/bench-one.ts'];

/** Every .ts file under `dir`, sorted. */
function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
    .sort();
}

/** The sources, this script and what npm installed (its hidden lockfile), hashed: a change to any rebuilds. */
function sourceHash(files) {
  const hash = createHash('sha256');
  for (const file of [...files, fileURLToPath(import.meta.url), join(root, 'node_modules', '.package-lock.json')]) {
    hash.update(`${relative(root, file)}\0`);
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** `import.meta.url` → the source file's own URL, in the project's modules. */
const sourceUrls = {
  name: 'source-urls',
  setup(build) {
    build.onLoad({ filter: /\/(pipeline|bench|scripts)\/.*\.(ts|mjs)$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

/**
 * Builds .build/ unless it already holds the current sources' bundles; returns the bundle of
 * `entry` (a source path from the project's root, .ts) as a file URL. Built into a temporary folder renamed into
 * place, so a run that starts meanwhile never loads half a build.
 */
export async function ensureBuilt(entry = 'pipeline/cli.ts') {
  const files = SOURCE_DIRS.flatMap((dir) => tsFiles(join(root, dir)));
  const hash = sourceHash(files);
  const stampFile = join(BUILD_DIR, STAMP);
  const built = (name) => pathToFileURL(join(BUILD_DIR, name.replace(/\.ts$/, '.mjs'))).href;
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) return built(entry);

  const { build } = await import('esbuild');
  const workerModules = tsFiles(join(root, 'pipeline')).filter((file) => readFileSync(file, 'utf8').includes('import.meta.url'));
  const tmp = `${BUILD_DIR}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const locations = { source: pathToFileURL(root).href + '/', built: pathToFileURL(BUILD_DIR).href + '/' };
  await build({
    entryPoints: [...new Set([...MAIN_ENTRIES.map((e) => join(root, e)), ...workerModules])],
    outbase: root,
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The view's builder, loaded only for --report, this builder's, and DuckDB (a native module,
    // loaded only for --engine duckdb or --parquet) stay packages of their own.
    external: ['vite', 'esbuild', '@duckdb/node-api'],
    // Function and class names as in the sources (error messages, stack traces).
    keepNames: true,
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [sourceUrls],
    // Tells worker-thread.ts that it runs from a build, and where each module's bundle is.
    banner: { js: `globalThis.CITEGRAPH_BUILD ??= ${JSON.stringify(locations)};` },
  });
  writeFileSync(join(tmp, STAMP), hash);
  rmSync(BUILD_DIR, { recursive: true, force: true });
  try {
    renameSync(tmp, BUILD_DIR);
  } catch (error) {
    // Another run built it at the same moment: theirs is as good.
    if (!existsSync(join(BUILD_DIR, STAMP))) throw error;
    rmSync(tmp, { recursive: true, force: true });
  }
  return built(entry);
}
