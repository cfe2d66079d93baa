import { describe, expect, it } from 'vitest';
import { areaUnderCurve } from '../../src/lib/metrics/auc';
import { fitLogistic, logisticScore } from '../../src/lib/metrics/logistic';

describe('area under the ROC curve', () => {
  it('is the share of positive–negative pairs ranked the right way', () => {
    // Pairs (pos, neg): (0.35, 0.1) ✓ (0.35, 0.4) ✗ (0.8, 0.1) ✓ (0.8, 0.4) ✓ → 3/4.
    expect(areaUnderCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toEqual({
      auc: 0.75,
      positives: 2,
      negatives: 2,
      skipped: 0,
    });
  });

  it('counts a tie as half', () => {
    // Positives score 1 and 3, negatives 1 and 2: (1 v 1) ½, (1 v 2) 0, (3 v 1) 1, (3 v 2) 1 → 2.5/4.
    expect(areaUnderCurve([1, 1, 2, 3], [true, false, false, true]).auc).toBe(0.625);
    // Every score equal: exactly chance.
    expect(areaUnderCurve([5, 5, 5], [1, 0, 0]).auc).toBe(0.5);
  });

  it('leaves out scores that are not numbers and says how many', () => {
    const r = areaUnderCurve([0.1, NaN, 0.9, Infinity], [0, 1, 1, 0]);
    expect(r).toEqual({ auc: 1, positives: 1, negatives: 1, skipped: 2 });
  });

  it('is not a number when nothing (or everything) happened', () => {
    expect(areaUnderCurve([1, 2], [0, 0]).auc).toBeNaN();
    expect(areaUnderCurve([1, 2], [1, 1]).auc).toBeNaN();
  });
});

describe('logistic regression', () => {
  it('reproduces the group rates with one yes/no predictor', () => {
    // x = 0: 1 of 4 happened (p = 1/4, logit −ln 3); x = 1: 3 of 4 (p = 3/4, logit ln 3).
    const rows = [[0], [0], [0], [0], [1], [1], [1], [1]];
    const y = [1, 0, 0, 0, 1, 1, 1, 0];
    const model = fitLogistic(rows, y);
    expect(model.converged).toBe(true);
    expect(model.coefficients[0]).toBeCloseTo(-Math.log(3), 8);
    expect(model.coefficients[1]).toBeCloseTo(2 * Math.log(3), 8);
    expect(logisticScore(model, [1])).toBeCloseTo(Math.log(3), 8);
  });

  it('skips rows with a missing predictor', () => {
    const model = fitLogistic([[0], [0], [NaN], [1], [1]], [1, 0, 1, 1, 0]);
    // x = 0: 1 of 2; x = 1: 1 of 2 → both logits 0.
    expect(model.coefficients[0]).toBeCloseTo(0, 8);
    expect(model.coefficients[1]).toBeCloseTo(0, 8);
  });
});
