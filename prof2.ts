import { readFileSync } from 'node:fs';
import { parseText } from './pipeline/ingest/index';
const text = readFileSync(process.argv[2]!, 'utf8');
parseText(text, 'x');
const t0 = performance.now();
for (let i = 0; i < 2; i++) parseText(text, 'x');
console.log(((performance.now() - t0) / 2).toFixed(0), 'ms per parse');
