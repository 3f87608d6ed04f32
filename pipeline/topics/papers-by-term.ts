import type { TopicModel } from '../model';

/** Term → the ids of the papers it occurs in, sorted: the inverse of `paperTerms`. */
export function papersByTerm(topics: TopicModel): Map<string, string[]> {
  const papers = new Map<string, string[]>();
  for (const paperId of [...topics.paperTerms.keys()].sort()) {
    for (const { term } of topics.paperTerms.get(paperId)!) {
      const list = papers.get(term);
      if (list) list.push(paperId);
      else papers.set(term, [paperId]);
    }
  }
  return papers;
}
