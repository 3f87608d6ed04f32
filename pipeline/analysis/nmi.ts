// Normalised mutual information between two partitions, to score recovered communities against
// planted ones. Arithmetic-mean normalisation, as scikit-learn's default:
//   NMI = I(A; B) / ((H(A) + H(B)) / 2)

const MODULE = 'citegraph/analysis/nmi';

/**
 * Over the keys both partitions assign. Labels are compared as values (1 and "1" differ), and
 * only equality matters, so relabelling a partition leaves the score unchanged. 1 for identical
 * partitions, 0 for independent ones. When both have a single cluster the partitions are
 * identical: 1 (scikit-learn's convention); when only one has, they share no information: 0.
 * Throws when the partitions have no key in common.
 */
export function normalizedMutualInformation(
  a: Record<string, number | string>,
  b: Record<string, number | string>,
): number {
  const joint = new Map<number | string, Map<number | string, number>>();
  const countA = new Map<number | string, number>();
  const countB = new Map<number | string, number>();
  let total = 0;
  for (const [key, labelA] of Object.entries(a)) {
    if (!Object.hasOwn(b, key)) continue;
    const labelB = b[key]!;
    total++;
    countA.set(labelA, (countA.get(labelA) ?? 0) + 1);
    countB.set(labelB, (countB.get(labelB) ?? 0) + 1);
    const row = joint.get(labelA) ?? new Map<number | string, number>();
    row.set(labelB, (row.get(labelB) ?? 0) + 1);
    joint.set(labelA, row);
  }
  if (total === 0) throw new Error(`${MODULE}: the two partitions have no key in common`);
  if (countA.size === 1 && countB.size === 1) return 1;

  let mutual = 0;
  for (const [labelA, row] of joint) {
    for (const [labelB, nij] of row) {
      mutual += (nij / total) * Math.log((total * nij) / (countA.get(labelA)! * countB.get(labelB)!));
    }
  }
  const mean = (entropy(countA, total) + entropy(countB, total)) / 2;
  // Clamp rounding noise (e.g. 1.0000000000000002 for identical partitions).
  return Math.min(1, Math.max(0, mutual / mean));
}

function entropy(counts: Map<number | string, number>, total: number): number {
  let h = 0;
  for (const c of counts.values()) h -= (c / total) * Math.log(c / total);
  return h;
}
