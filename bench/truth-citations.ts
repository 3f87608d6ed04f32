// Scores the citations the pipeline found inside the corpus against the planted ones. Papers are
// joined to the truth by the pipeline's title key (as truth-nmi.ts does), planted citations by
// the DOIs truth/citations.csv names them with. Recall counts only the findable citations: a
// paper seen on pages alone cannot be matched by any reference to it.
import Papa from 'papaparse';
import { titleKey } from '../pipeline/corpus/titles';
import type { CitationScore } from './results';

type Row = Record<string, string | undefined>;

const parseCsv = (text: string): Row[] => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;

/** Citing and cited titles of the citations found, against truth/papers.csv and truth/citations.csv; null with nothing planted. */
export function scoreCitations(found: Iterable<readonly [citing: string, cited: string]>, truthPapersCsv: string, truthCitationsCsv: string): CitationScore | null {
  const doiOf = new Map(parseCsv(truthPapersCsv).map((row) => [titleKey(row.title ?? ''), row.doi ?? '']));
  const planted = new Map(parseCsv(truthCitationsCsv).map((row) => [`${row.citing_doi} ${row.cited_doi}`, row.findable === '1']));
  if (planted.size === 0) return null;
  const findable = [...planted.values()].filter(Boolean).length;
  let links = 0;
  let right = 0;
  let recovered = 0;
  for (const [citing, cited] of found) {
    links++;
    const isFindable = planted.get(`${doiOf.get(titleKey(citing))} ${doiOf.get(titleKey(cited))}`);
    if (isFindable === undefined) continue;
    right++;
    if (isFindable) recovered++;
  }
  return { planted: planted.size, findable, found: links, recovered, recall: findable === 0 ? 0 : recovered / findable, precision: links === 0 ? 0 : right / links };
}

/** The citations of an output folder's citations.csv (citing, cited ids) as titles, from its papers.csv. */
export function foundCitations(citationsCsv: string, papersCsv: string): [string, string][] {
  const titles = new Map(parseCsv(papersCsv).map((row) => [row.id ?? '', row.title ?? '']));
  return parseCsv(citationsCsv).map((row) => [titles.get(row.citing ?? '') ?? '', titles.get(row.cited ?? '') ?? '']);
}
