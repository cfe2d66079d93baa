// Is a location quotient significantly different from 1?
import type { Cube } from '../data/types';
import { cellCi95, cellValue } from '../data/cube';
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
 * 95% interval of the LQ of area a, sector s, year y: Fieller's interval for a ratio.
 *
 * LQ = (e/T) / (E/N) = (e/E) · (N/T), with e = e[a,s], E = E[s] (the benchmark's), T and N their totals.
 * ONS publishes e and E with symmetric intervals e ± c_e, E ± c_E (c = 1.96·SE), so we take them at face
 * value and ask, as Fieller (1954) did, for which ratios q the difference e − q·E is within its own 95%
 * range: (e − qE)² ≤ c_e² + q²c_E². Solving that quadratic in q gives
 *   q± = (eE ± √(c_e²E² + c_E²e² − c_e²c_E²)) / (E² − c_E²),
 * and the LQ bounds are q±·N/T (a lower bound below 0 is cut at 0: no LQ is negative). The totals are
 * treated as fixed: they are sums of every sector, so their relative error is far smaller. Unlike an
 * interval built on log LQ, this one does not lean towards "specialised".
 * When E is within its own interval of 0 (E ≤ c_E) the interval has no upper end and the answer is
 * 'unknown'. Both e and E need a CI and E a positive value; otherwise the answer is 'unknown'.
 * About one cell in twenty will lie wholly above or below 1 by chance alone, as with any 95% interval.
 */
export function lqConfidenceInterval(
  cube: Cube,
  a: number,
  s: number,
  y: number,
  benchmark?: BenchmarkRef,
): LqInterval {
  const b = resolveBenchmark(cube, benchmark);
  const lq = locationQuotient(cube, a, s, y, b);
  const e = cellValue(cube, a, s, y);
  const ce = cellCi95(cube, a, s, y);
  const E = b.sector(s, y);
  const cE = b.ci95(s, y);
  const bounds = fiellerRatio(e, ce, E, cE);
  if (!(lq >= 0) || !bounds || !(e > 0)) return { lq, lower: NaN, upper: NaN, significant: 'unknown' };
  const scale = lq / (e / E); // N/T, read off the LQ so it uses the same totals
  const lower = Math.max(0, bounds.lower * scale);
  const upper = bounds.upper * scale;
  return { lq, lower, upper, significant: lower > 1 ? 'above' : upper < 1 ? 'below' : 'no' };
}

/**
 * Fieller's 95% interval for the ratio e/E of two independent estimates published as e ± ce and E ± cE
 * (half-widths of 95% intervals). Null when an input is missing or E is not clearly above 0 (E ≤ cE:
 * the interval would be unbounded).
 */
export function fiellerRatio(e: number, ce: number, E: number, cE: number): { lower: number; upper: number } | null {
  if (!(e >= 0 && ce >= 0 && E > 0 && cE >= 0)) return null;
  const denominator = E * E - cE * cE;
  if (!(denominator > 0)) return null;
  const root = Math.sqrt(Math.max(0, ce * ce * E * E + cE * cE * e * e - ce * ce * cE * cE));
  return { lower: (e * E - root) / denominator, upper: (e * E + root) / denominator };
}
