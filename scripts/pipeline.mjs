// `npm run pipeline`: the command line from its prebuilt bundle (build-pipeline.mjs), built first
// when the sources changed. `npx tsx pipeline/cli.ts` runs the same from the sources.
import { ensureBuilt } from './build-pipeline.mjs';

await import(await ensureBuilt('pipeline/cli.ts'));
