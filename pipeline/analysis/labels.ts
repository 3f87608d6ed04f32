// Names communities by their most distinctive terms with class-based TF-IDF (c-TF-IDF, as in
// BERTopic): all the terms of a community are one document, so a term scores high when it is
// frequent inside the community and rare across the others.
//
//   score(t, c) = count(t, c) / size(c) × ln(1 + A / f(t))
//
// size(c) = Σ of the community's term counts, A = the mean size over communities that have terms,
// f(t) = Σ of t's counts over all communities.

const MODULE = 'citegraph/analysis/labels';

interface LabelOptions {
  /** Terms per label. */
  top: number;
}

const LABEL_DEFAULTS: LabelOptions = { top: 3 };

interface CommunityLabel {
  /** The top terms joined with " · "; "" when the community has no terms. */
  label: string;
  /** The top terms, best first: score descending, then term ascending (code-unit order). */
  terms: string[];
}

/** `termCountsByCommunity`: community → term → count (counts ≤ 0 are ignored). Result in community order. */
export function labelCommunities(
  termCountsByCommunity: Map<number, Map<string, number>>,
  options: Partial<LabelOptions> = {},
): Map<number, CommunityLabel> {
  const { top } = { ...LABEL_DEFAULTS, ...options };
  if (!Number.isInteger(top) || top < 0) throw new Error(`${MODULE}: top must be a non-negative integer, got ${top}`);

  const termTotal = new Map<string, number>();
  const classSize = new Map<number, number>();
  for (const [community, counts] of termCountsByCommunity) {
    let size = 0;
    for (const [term, count] of counts) {
      if (!Number.isFinite(count)) {
        throw new Error(`${MODULE}: community ${community}, term "${term}": count ${count} is not finite`);
      }
      if (count <= 0) continue;
      size += count;
      termTotal.set(term, (termTotal.get(term) ?? 0) + count);
    }
    classSize.set(community, size);
  }
  const nonEmpty = [...classSize.values()].filter((size) => size > 0);
  const meanSize = nonEmpty.reduce((a, b) => a + b, 0) / Math.max(1, nonEmpty.length);

  const labels = new Map<number, CommunityLabel>();
  for (const community of [...termCountsByCommunity.keys()].sort((a, b) => a - b)) {
    const size = classSize.get(community)!;
    const scored: Array<{ term: string; score: number }> = [];
    for (const [term, count] of termCountsByCommunity.get(community)!) {
      if (count <= 0) continue;
      scored.push({ term, score: (count / size) * Math.log(1 + meanSize / termTotal.get(term)!) });
    }
    scored.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    const terms = scored.slice(0, top).map(({ term }) => term);
    labels.set(community, { label: terms.join(' · '), terms });
  }
  return labels;
}
