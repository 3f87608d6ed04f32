// A VOSviewer thesaurus file: a header line "label<TAB>replace by", then one "label<TAB>replacement"
// line per term; an empty replacement removes the term. Labels and replacements may be written as
// terms.csv shows them, acronyms in parentheses ("large language model (LLM)"). And a stop word
// file: the terms to drop, one a line.

import type { Reject } from '../model';

/** Lower-cased label → replacement ('' drops the term). */
export type Thesaurus = Map<string, string>;

function normalise(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function parseThesaurus(text: string, file: string): { thesaurus: Thesaurus; rejects: Reject[] } {
  const thesaurus: Thesaurus = new Map();
  const firstLine = new Map<string, number>();
  const rejects: Reject[] = [];
  const reject = (line: number, reason: string, excerpt: string): void => {
    rejects.push({ source: { file, line, format: 'file' }, reason, excerpt: excerpt.slice(0, 200) });
  };
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    // A file without the header is still read: the header only names the columns.
    const columns = raw.split('\t');
    if (line === 1 && columns.map(normalise).join('\t') === 'label\treplace by') return;
    if (columns.length !== 2) {
      reject(line, `expected "label<TAB>replacement", found ${columns.length} column(s)`, raw);
      return;
    }
    const label = normalise(columns[0] ?? '');
    const replacement = normalise(columns[1] ?? '');
    if (label === '') {
      reject(line, 'empty label', raw);
      return;
    }
    const earlier = firstLine.get(label);
    if (earlier !== undefined) {
      if (thesaurus.get(label) !== replacement) {
        reject(line, `"${label}" already replaced differently on line ${earlier}`, raw);
      }
      return;
    }
    firstLine.set(label, line);
    thesaurus.set(label, replacement);
  });
  return { thesaurus, rejects };
}

/**
 * A stop word file: one term per line, as terms.csv names it (its term or its label), lower-cased;
 * the run drops those terms. A line with a TAB is a thesaurus line in the wrong file: a reject.
 */
export function parseStopwords(text: string, file: string): { stopwords: string[]; rejects: Reject[] } {
  const stopwords: string[] = [];
  const rejects: Reject[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    if (raw.includes('\t')) {
      rejects.push({ source: { file, line: index + 1, format: 'file' }, reason: 'a stop word file has one term per line (a TAB separates a thesaurus line)', excerpt: raw.slice(0, 200) });
    } else stopwords.push(normalise(raw));
  });
  return { stopwords, rejects };
}
