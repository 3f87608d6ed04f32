// Lotka's law of author productivity: the share of authors with n papers falls as C · n^−β
// (β ≈ 2 in Lotka's 1926 data). Fitted as bibliometrix's lotka() does: ordinary least squares of
// log10(share) on log10(n) over the distinct n, so β and C can be set beside its figures.
import type { OverviewLotka } from '../bundle-model';
import { round6 } from '../cells';

/** The classic law: β = 2, C = 6/π² (the shares then sum to 1 over n = 1, 2, …). */
export const CLASSIC_LOTKA = { exponent: 2, constant: 6 / Math.PI ** 2 };

/** Authors with n papers from each author's paper count; null with fewer than two distinct n. */
export function fitLotka(papersPerAuthor: Iterable<number>): OverviewLotka | null {
  const authorsWith = new Map<number, number>();
  let total = 0;
  for (const n of papersPerAuthor) {
    if (n < 1) continue;
    authorsWith.set(n, (authorsWith.get(n) ?? 0) + 1);
    total++;
  }
  const distribution = [...authorsWith].sort((a, b) => a[0] - b[0]).map(([papers, authors]) => ({ papers, authors }));
  if (distribution.length < 2) return null;
  const x = distribution.map((d) => Math.log10(d.papers));
  const y = distribution.map((d) => Math.log10(d.authors / total));
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const [mx, my] = [mean(x), mean(y)];
  let [sxy, sxx, syy] = [0, 0, 0];
  x.forEach((xi, i) => {
    sxy += (xi - mx) * (y[i]! - my);
    sxx += (xi - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  });
  const slope = sxy / sxx;
  // All shares equal (syy = 0): a flat line fits exactly.
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { distribution, exponent: round6(-slope), constant: round6(10 ** (my - slope * mx)), r2: round6(r2) };
}
