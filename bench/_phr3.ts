import { readFileSync } from 'node:fs';
import { extractPhrases } from '../pipeline/topics/phrases';
const list = JSON.parse(readFileSync('/tmp/c100k/corpus/tables/papers-0001.json', 'utf8')) as any[];
const list2 = JSON.parse(readFileSync('/tmp/c100k/corpus/tables/papers-0002.json', 'utf8')) as any[];
const texts = [...list, ...list2].map((p: any) => `${p.title}.\n${p.abstract ?? ''}`);
for (const x of texts.slice(0, 500)) extractPhrases(x);
const t = performance.now(); for (const x of texts) extractPhrases(x); console.log(texts.length, 'texts', (performance.now() - t).toFixed(0), 'ms');
