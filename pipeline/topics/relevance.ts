// Relevance: is a term a topic, or a word papers of every kind use?
//
// A general word is scattered over the papers like chance: its occurrences land in as many
// different papers as a Poisson process would put them. A topic clusters: the papers about it use
// it again and again, so its occurrences fill fewer papers than chance predicts. Residual IDF
// (Church & Gale, "Poisson mixtures", 1995) measures exactly that:
//
//   relevance = log2(expected papers / papers),  expected papers = N · (1 − e^(−occurrences / N))
//
// with N the number of papers. ≈ 0 for a term spread like chance (slightly below for a term said
// once in every paper that has it), 1 when it fills half the papers chance predicts, 2 a quarter…
// It compares a term with its own frequency, so one threshold suits 140 papers and 100,000.
//
// VOSviewer's co-occurrence relevance (KL divergence of a term's co-occurrences from the overall
// distribution, against the same for random papers) was tried on the seeds: with 140 papers the
// co-occurrences of most terms are a handful of rare phrases, the scores were all near 1, and
// "grokking" and "sharpness-aware minimization" ranked below "data".

export function termRelevance(occurrences: number, papers: number, paperCount: number): number {
  if (papers === 0 || paperCount === 0) return 0;
  const expected = paperCount * -Math.expm1(-occurrences / paperCount);
  return Math.log2(expected / papers);
}
