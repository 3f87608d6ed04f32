// Scores the pipeline's communities against the generator's planted partitions. Items are joined
// by the pipeline's own merge keys (title key, name key), because a listing may print a title or
// name with other case or punctuation than the truth file.
import Papa from 'papaparse';
import { normalizedMutualInformation } from '../pipeline/analysis/nmi';
import { nameKey } from '../pipeline/corpus/names';
import { titleKey } from '../pipeline/corpus/titles';
import type { NmiScore } from './results';

type Row = Record<string, string | undefined>;

const parseCsv = (text: string): Row[] => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;

/** Key → label from CSV rows; rows without a key or label (e.g. a node outside the graph) are left out. */
function partition(rows: Row[], key: (row: Row) => string | undefined, label: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of rows) {
    const k = key(row);
    const l = row[label];
    if (k && l !== undefined && l !== '') out.set(k, l);
  }
  return out;
}

/** NMI over the keys both partitions name; null when they share none. */
function scorePartition(recovered: Map<string, string>, planted: Map<string, string>): NmiScore | null {
  const shared = [...recovered.keys()].filter((k) => planted.has(k));
  if (shared.length === 0) return null;
  const labels = (p: Map<string, string>) => Object.fromEntries(shared.map((k) => [k, p.get(k)!]));
  const recoveredShared = labels(recovered);
  const plantedShared = labels(planted);
  return {
    nmi: normalizedMutualInformation(recoveredShared, plantedShared),
    matched: shared.length,
    planted: planted.size,
    recovered: recovered.size,
    plantedClusters: new Set(Object.values(plantedShared)).size,
    recoveredClusters: new Set(Object.values(recoveredShared)).size,
  };
}

/** papers.csv (title, community) against truth/papers.csv (title, topic). */
export function scorePapers(papersCsv: string, truthPapersCsv: string): NmiScore | null {
  const byTitle = (row: Row) => (row.title === undefined ? undefined : titleKey(row.title));
  return scorePartition(partition(parseCsv(papersCsv), byTitle, 'community'), partition(parseCsv(truthPapersCsv), byTitle, 'topic'));
}

/**
 * authors.csv (name, community, degree) against truth/authors.csv (name, group), over authors with
 * at least one co-author link: an isolated author is a community of one whatever the algorithm.
 */
export function scoreAuthors(authorsCsv: string, truthAuthorsCsv: string): NmiScore | null {
  const byName = (row: Row) => (row.name === undefined ? undefined : nameKey(row.name));
  const linked = parseCsv(authorsCsv).filter((row) => Number(row.degree) >= 1);
  return scorePartition(partition(linked, byName, 'community'), partition(parseCsv(truthAuthorsCsv), byName, 'group'));
}
