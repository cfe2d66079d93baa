// "What could come next" for one dataset and year: the RCA matrix of a set of areas (districts), how
// related sectors are, every area's relatedness density in every sector, and complexity. Pure; the
// data build, the backtest and the bench all call this one function.
import type { Cube } from '../data/types';
import { resolveBenchmark, type BenchmarkRef } from './benchmark';
import { economicComplexity, type Complexity } from './complexity';
import { isPartialTotal } from './flags';
import { locationQuotients } from './location-quotient';
import { colocation, proximity } from './proximity';
import { revealedComparativeAdvantage, type RcaMatrix } from './rca';
import { relatednessDensity } from './relatedness-density';

/**
 * How sectors' relatedness is measured: φ (Hidalgo et al. 2007) or co-location corrected for
 * ubiquity. The default is co-location because it ranked the specialisations districts went on to
 * gain better than φ in every backtest window on both sources (npm run validate: GVA leaves
 * 2008→2018 AUC 0.650 against 0.586, 2013→2023 0.643 against 0.590; business counts 2018→2022 0.679
 * against 0.576). φ's min() still lets two sectors that are each in a third of districts look close
 * by chance; the ratio to what chance would give does not.
 */
export type RelatednessMeasure = 'proximity' | 'colocation';
export const DEFAULT_RELATEDNESS: RelatednessMeasure = 'colocation';

export interface WhatNext {
  /** Cube indices of the areas taken part, in the order of the matrices' columns. */
  areas: number[];
  year: number;
  /** LQs of those areas (index s·n + i); NaN where unknown, including every sector of an area whose total is partial. */
  lq: Float64Array;
  rca: RcaMatrix;
  /** S × S relatedness between sectors. */
  relatedness: Float64Array;
  /** Relatedness density, index s·n + i. */
  density: Float64Array;
  complexity: Complexity;
}

/** The cube's districts: the level the co-location is measured across. */
export function districtIndices(cube: Cube): number[] {
  return cube.areas.flatMap((a, i) => (a.level === 'lad' ? [i] : []));
}

/**
 * LQs of the chosen areas in year y against the benchmark, as one matrix (index s·n + i). An area
 * whose total leaves out a suppressed sector gets no LQ at all: its shares of an unknown total are
 * not known, and a wrong share would put it on the wrong side of 1.
 */
export function lqMatrix(cube: Cube, areas: readonly number[], y: number, benchmark?: BenchmarkRef): Float64Array {
  const A = cube.areas.length;
  const S = cube.sectors.length;
  const n = areas.length;
  const all = locationQuotients(cube, y, resolveBenchmark(cube, benchmark));
  const out = new Float64Array(S * n);
  areas.forEach((a, i) => {
    const partial = isPartialTotal(cube, a, y);
    for (let s = 0; s < S; s++) out[s * n + i] = partial ? NaN : all[s * A + a];
  });
  return out;
}

export function whatNext(
  cube: Cube,
  y: number,
  options: { areas?: readonly number[]; benchmark?: BenchmarkRef; measure?: RelatednessMeasure } = {},
): WhatNext {
  const areas = [...(options.areas ?? districtIndices(cube))];
  const S = cube.sectors.length;
  const lq = lqMatrix(cube, areas, y, options.benchmark);
  const rca = revealedComparativeAdvantage(lq, areas.length, S);
  const relatedness = (options.measure ?? DEFAULT_RELATEDNESS) === 'colocation' ? colocation(rca) : proximity(rca);
  return {
    areas,
    year: y,
    lq,
    rca,
    relatedness,
    density: relatednessDensity(rca, relatedness),
    complexity: economicComplexity(rca),
  };
}
