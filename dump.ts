import { readFileSync } from 'node:fs';
import { parseText } from './pipeline/ingest/index';
const f = process.argv[2]!;
const r = parseText(readFileSync(f, 'utf8'), 'x');
console.log(r.format, 'records', r.records.length, 'rejects', r.rejects.length, 'warnings', r.warnings.length);
for (const rec of r.records) { const { source, abstract, references, ...rest } = rec; console.log(JSON.stringify({ l: [source.line, source.endLine], ...rest, abstract: abstract?.slice(0, 60), refs: references?.length, ref0: references?.[0] })); }
for (const j of r.rejects) console.log('R', j.source.line, j.source.endLine, j.reason);
for (const w of r.warnings) console.log('W', w.source.line, w.source.endLine, w.field, JSON.stringify(w.value).slice(0, 60), w.reason);
