import { readFileSync } from 'node:fs';
import { cleanText } from '../pipeline/topics/clean';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
const f = process.argv[2]!;
const list = JSON.parse(readFileSync(f, 'utf8')) as any[];
const texts = list.slice(0, 5000).map((p: any) => `${p.title}.\n${p.abstract ?? ''}`);
const nlp = winkNLP(model, ['pos']); const its = nlp.its as any;
const time = (name: string, fn: () => void) => { const t = performance.now(); fn(); console.log(name, (performance.now() - t).toFixed(0)); };
for (let rep = 0; rep < 2; rep++) {
  time('readDoc', () => { for (const x of texts) nlp.readDoc(cleanText(x)); });
  time('out x5', () => { for (const x of texts) { const tk = nlp.readDoc(cleanText(x)).tokens(); tk.out(); tk.out(its.normal); tk.out(its.pos); tk.out(its.lemma); tk.out(its.precedingSpaces); } });
  time('out x4 + lazy lemma', () => { for (const x of texts) { const tk = nlp.readDoc(cleanText(x)).tokens(); tk.out(); tk.out(its.normal); const pos = tk.out(its.pos) as string[]; tk.out(its.precedingSpaces); pos.forEach((p, i) => { if (p === 'NOUN') tk.itemAt(i).out(its.lemma); }); } });
  time('out lemma only', () => { for (const x of texts) { const tk = nlp.readDoc(cleanText(x)).tokens(); tk.out(its.lemma); } });
}
