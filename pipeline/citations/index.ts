// The citations stage's entry: the corpus's papers as resolution reads them (resolve.ts).
import type { CitationModel, Corpus } from '../model';
import { resolveCitations } from './resolve';

export function buildCitations(corpus: Corpus, keyRoutes: number): CitationModel {
  const names = new Map(corpus.authors.map((a) => [a.id, a.name]));
  return resolveCitations(
    corpus.papers.map((p) => ({
      id: p.id,
      ids: p.ids,
      ...(p.year !== undefined ? { year: p.year } : {}),
      ...(p.volume !== undefined ? { volume: p.volume } : {}),
      ...(p.pageStart !== undefined ? { pageStart: p.pageStart } : {}),
      ...(p.authors[0] !== undefined ? { firstAuthor: names.get(p.authors[0])! } : {}),
      references: p.references,
      source: p.sources[0]!,
    })),
    keyRoutes,
  );
}
