// What every "what could come next" view of one dataset and year shares: relatedness between sectors
// and sector complexity (measured across the dataset's districts), and the backtest of relatedness
// over the dataset's own years. Computed once per cube, year and benchmark, and kept.
import type { Cube } from '../data/types';
import type { Benchmark } from '../metrics/benchmark';
import { backtest, backtestCases, type BacktestResult } from '../metrics/backtest';
import { districtIndices, lqMatrix, whatNext, type WhatNext } from '../metrics/what-next';

export interface NextBase {
  /** Districts' RCA, relatedness (S × S), density and complexity in the chosen year. */
  districts: WhatNext;
  /** How well density ranked the specialisations districts gained from the first year to the last. */
  backtest: (BacktestResult & { from: string; to: string }) | null;
}

const cache = new WeakMap<Cube, Map<string, NextBase | null>>();

/** Null when the cube has fewer than 10 districts: co-location across a handful of areas means little. */
export function nextBase(cube: Cube, y: number, benchmark: Benchmark): NextBase | null {
  let byKey = cache.get(cube);
  if (!byKey) cache.set(cube, (byKey = new Map()));
  const key = `${y}|${benchmark.label}|${benchmark.index}`;
  if (byKey.has(key)) return byKey.get(key)!;
  const areas = districtIndices(cube);
  let base: NextBase | null = null;
  if (areas.length >= 10) {
    const districts = whatNext(cube, y, { areas, benchmark });
    const last = cube.years.length - 1;
    let bt: NextBase['backtest'] = null;
    if (last > 0) {
      const start = y === 0 ? districts : whatNext(cube, 0, { areas, benchmark });
      const r = backtest(backtestCases(start.lq, start.density, lqMatrix(cube, areas, last, benchmark)));
      bt = { ...r, from: cube.years[0], to: cube.years[last] };
    }
    base = { districts, backtest: bt };
  }
  byKey.set(key, base);
  return base;
}
