// Would relatedness density have told us where specialisations appeared? Among area–sector pairs
// without RCA in a start year, how well does density (measured then) rank those that had RCA in an
// end year, against the start-year LQ alone and both combined. AUC: 0.5 is chance, 1 perfect.
import { areaUnderCurve, type AucResult } from './auc';
import { fitLogistic, logisticScore, type LogisticModel } from './logistic';

/** Pairs with a known LQ below 1 at the start and a known LQ at the end. */
export interface BacktestCases {
  density: number[];
  lq: number[];
  gained: boolean[];
  /** Index s·n + i of each pair in the start year's matrices. */
  cell: number[];
}

/** lq0, density0 from the start year and lq1 from the end year, same areas and layout (s·n + i). */
export function backtestCases(
  lq0: ArrayLike<number>,
  density0: ArrayLike<number>,
  lq1: ArrayLike<number>,
): BacktestCases {
  if (lq0.length !== lq1.length || lq0.length !== density0.length)
    throw new Error('backtestCases: matrices differ in size');
  const out: BacktestCases = { density: [], lq: [], gained: [], cell: [] };
  for (let i = 0; i < lq0.length; i++) {
    const a = lq0[i];
    const b = lq1[i];
    if (!(Number.isFinite(a) && a < 1 && Number.isFinite(b) && Number.isFinite(density0[i]))) continue;
    out.density.push(density0[i]);
    out.lq.push(a);
    out.gained.push(b >= 1);
    out.cell.push(i);
  }
  return out;
}

export interface BacktestResult {
  pairs: number;
  gained: number;
  density: AucResult;
  lq: AucResult;
}

export function backtest(cases: BacktestCases): BacktestResult {
  return {
    pairs: cases.gained.length,
    gained: cases.gained.filter(Boolean).length,
    density: areaUnderCurve(cases.density, cases.gained),
    lq: areaUnderCurve(cases.lq, cases.gained),
  };
}

/** Fit P(gain) on density and start LQ in one period's cases. */
export function fitCombined(cases: BacktestCases): LogisticModel {
  return fitLogistic(
    cases.density.map((d, i) => [d, cases.lq[i]]),
    cases.gained,
  );
}

/** AUC of a combined model (fitted elsewhere) on another period's cases: out of sample. */
export function combinedAuc(model: LogisticModel, cases: BacktestCases): AucResult {
  return areaUnderCurve(
    cases.density.map((d, i) => logisticScore(model, [d, cases.lq[i]])),
    cases.gained,
  );
}
