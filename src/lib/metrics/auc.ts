// Area under the ROC curve: the chance that a randomly chosen case that happened (a positive)
// scores higher than a randomly chosen case that did not, ties counting one half (Mann–Whitney U).
// 0.5 is no better than chance; 1 a perfect ranking.

export interface AucResult {
  auc: number;
  positives: number;
  negatives: number;
  /** Cases left out because their score was not a number. */
  skipped: number;
}

/** scores and outcomes (true = it happened) in the same order. NaN when either group is empty. */
export function areaUnderCurve(scores: ArrayLike<number>, outcomes: ArrayLike<boolean | number>): AucResult {
  if (scores.length !== outcomes.length) {
    throw new Error(`areaUnderCurve: ${scores.length} scores for ${outcomes.length} outcomes`);
  }
  const idx: number[] = [];
  let skipped = 0;
  for (let i = 0; i < scores.length; i++) {
    if (Number.isFinite(scores[i])) idx.push(i);
    else skipped++;
  }
  idx.sort((i, j) => scores[i] - scores[j]);
  // Sum of the positives' midranks (1-based), tied scores sharing the mean of their ranks.
  let rankSum = 0;
  let positives = 0;
  for (let k = 0; k < idx.length;) {
    let end = k;
    while (end + 1 < idx.length && scores[idx[end + 1]] === scores[idx[k]]) end++;
    const midrank = (k + end) / 2 + 1;
    for (let t = k; t <= end; t++) {
      if (outcomes[idx[t]]) {
        positives++;
        rankSum += midrank;
      }
    }
    k = end + 1;
  }
  const negatives = idx.length - positives;
  const auc =
    positives > 0 && negatives > 0 ? (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives) : NaN;
  return { auc, positives, negatives, skipped };
}
