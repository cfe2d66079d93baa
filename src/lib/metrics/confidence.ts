// Is a location quotient significantly different from 1?
import type { Cube } from '../data/types';
import { resolveBenchmark, type BenchmarkRef } from './benchmark';
import { locationQuotient } from './location-quotient';

export interface LqInterval {
  lq: number;
  /** Bounds of the approximate 95% interval; NaN when unknown. */
  lower: number;
  upper: number;
  /** 'above' when the whole interval is above 1, 'below' when below, 'no' when it spans 1, 'unknown' without a CI. */
  significant: 'above' | 'below' | 'no' | 'unknown';
}

/**
 * Approximate 95% interval of the LQ of area a, sector s, year y.
 *
 * A published ci95 is read as 1.96·SE. The LQ is a ratio, so we work in log space, where relative
 * standard errors add in quadrature: SE(log LQ) ≈ sqrt((SE_a/e_a)² + (SE_E/E_s)²), and
 *   lower, upper = LQ · exp(∓1.96 · SE(log LQ)) = LQ · exp(∓sqrt((ci_a/e_a)² + (ci_E/E_s)²)).
 * Approximation: the uncertainty of the totals e[a,·] and E[·] is ignored. They are much larger
 * counts (so their relative errors are smaller) and positively correlated with the sector counts
 * they contain, which would shrink the interval, so leaving them out errs on the cautious side.
 * Both e[a,s] and E[s] need a CI and a positive value; otherwise the answer is 'unknown'.
 */
export function lqConfidenceInterval(cube: Cube, a: number, s: number, y: number, benchmark?: BenchmarkRef): LqInterval {
  const b = resolveBenchmark(cube, benchmark);
  const lq = locationQuotient(cube, a, s, y, b);
  const i = (y * cube.sectors.length + s) * cube.areas.length + a;
  const e = cube.values[i] ?? NaN;
  const ciA = cube.ci95[i] ?? NaN;
  const E = b.sector(s, y);
  const ciE = b.ci95(s, y);
  if (!(lq > 0 && e > 0 && E > 0 && ciA >= 0 && ciE >= 0)) {
    return { lq, lower: NaN, upper: NaN, significant: 'unknown' };
  }
  const halfWidth = Math.sqrt((ciA / e) ** 2 + (ciE / E) ** 2); // = 1.96 · SE(log LQ)
  const lower = lq * Math.exp(-halfWidth);
  const upper = lq * Math.exp(halfWidth);
  return { lq, lower, upper, significant: lower > 1 ? 'above' : upper < 1 ? 'below' : 'no' };
}
