// Location quotient: LQ = (e[a,s] / e[a,·]) / (E[s] / E[·]). 1 = the benchmark's mix; 2 = twice as
// concentrated in the sector as the benchmark. A ratio: colour it on log(LQ), centred on 1.
import type { Cube } from '../data/types';
import { rowStart, totalIndex } from '../data/cube';
import { resolveBenchmark, type Benchmark, type BenchmarkRef } from './benchmark';
import { share } from './share';

/** E[s] / E[·], NaN when either is missing or E[·] is 0. */
function benchmarkShare(sector: number, total: number): number {
  return total > 0 ? sector / total : NaN;
}

/**
 * LQ of area a in sector s, year y (indices). NaN when the cell, the area total or the benchmark's
 * value is missing, or when the benchmark's share is 0 (LQ undefined). A 0 count gives LQ 0.
 */
export function locationQuotient(cube: Cube, a: number, s: number, y: number, benchmark?: BenchmarkRef): number {
  const b = resolveBenchmark(cube, benchmark);
  const bs = benchmarkShare(b.sector(s, y), b.total(y));
  return bs > 0 ? share(cube, a, s, y) / bs : NaN;
}

/**
 * Every LQ of one year: a Float64Array of length S·A, LQ of (a, s) at s·A + a — the same layout
 * as one year's slice of cube.values, so a map of sector s is subarray(s·A, (s+1)·A).
 */
export function locationQuotients(cube: Cube, y: number, benchmark?: BenchmarkRef): Float64Array {
  const A = cube.areas.length;
  const S = cube.sectors.length;
  const out = new Float64Array(S * A);
  fillYear(cube, y, resolveBenchmark(cube, benchmark), out, 0);
  return out;
}

/** Every LQ of the cube, same layout and length as cube.values. */
export function allLocationQuotients(cube: Cube, benchmark?: BenchmarkRef): Float64Array {
  const A = cube.areas.length;
  const S = cube.sectors.length;
  const out = new Float64Array(cube.values.length);
  const b = resolveBenchmark(cube, benchmark);
  for (let y = 0; y < cube.years.length; y++) fillYear(cube, y, b, out, y * S * A);
  return out;
}

/** One pass over one year: benchmark shares hoisted per sector, area totals read once per cell. */
function fillYear(cube: Cube, y: number, b: Benchmark, out: Float64Array, offset: number) {
  const A = cube.areas.length;
  const S = cube.sectors.length;
  const { values, totals } = cube;
  const tBase = totalIndex(cube, 0, y);
  const bTotal = b.total(y);
  for (let s = 0; s < S; s++) {
    const bs = benchmarkShare(b.sector(s, y), bTotal);
    const base = rowStart(cube, s, y);
    const o = offset + s * A;
    if (!(bs > 0)) {
      out.fill(NaN, o, o + A);
      continue;
    }
    for (let a = 0; a < A; a++) {
      const t = totals[tBase + a];
      // Same arithmetic as share() / bs, so bulk and single LQs agree to the last bit.
      out[o + a] = t > 0 ? values[base + a] / t / bs : NaN;
    }
  }
}

/** LQ in two years and the change between them (lq1 − lq0); NaN where either LQ is. */
export function lqChange(
  cube: Cube,
  a: number,
  s: number,
  y0: number,
  y1: number,
  benchmark?: BenchmarkRef,
): { lq0: number; lq1: number; change: number } {
  const b = resolveBenchmark(cube, benchmark);
  const lq0 = locationQuotient(cube, a, s, y0, b);
  const lq1 = locationQuotient(cube, a, s, y1, b);
  return { lq0, lq1, change: lq1 - lq0 };
}
