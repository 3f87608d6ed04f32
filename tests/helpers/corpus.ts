// Small corpora built by hand for unit tests: a paper with only what a test sets, and a corpus
// whose authors are the papers' author ids (named by their id in capitals).
import type { Author, Corpus, Paper } from '../../pipeline/model';

export function paper(id: string, authors: string[], extra: Partial<Paper> = {}): Paper {
  return { id, title: `Title ${id}`, abstract: '', authors, inferredAuthors: [], authorCount: authors.length, authorsTruncated: false, categories: [], hasCode: false, ids: {}, authorKeywords: [], indexKeywords: [], affiliations: [], references: [], sources: [], ...extra };
}

export function corpusOf(papers: Paper[]): Corpus {
  const ids = [...new Set(papers.flatMap((p) => p.authors))].sort();
  const authors: Author[] = ids.map((id) => ({ id, name: id.toUpperCase(), variants: [], paperIds: papers.filter((p) => p.authors.includes(id)).map((p) => p.id), ids: {}, affiliations: [], countries: [], ambiguous: false }));
  return { papers, authors, profiles: [], files: [], rejects: [], warnings: [], recordCount: papers.length, merges: { merged: [], keptApart: [] } };
}
