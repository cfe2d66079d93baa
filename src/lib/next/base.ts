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

function cached(cube: Cube): Map<string, NextBase | null> {
  let byKey = cache.get(cube);
  if (!byKey) cache.set(cube, (byKey = new Map()));
  return byKey;
}
const keyOf = (y: number, benchmark: Benchmark) => `${y}|${benchmark.label}|${benchmark.index}`;

/** The work of nextBase in three parts, with a pause (yield) between them: the chosen year, the first, the backtest. */
function* baseParts(cube: Cube, y: number, benchmark: Benchmark): Generator<void, NextBase | null> {
  const areas = districtIndices(cube);
  if (areas.length < 10) return null;
  const districts = whatNext(cube, y, { areas, benchmark });
  const last = cube.years.length - 1;
  let bt: NextBase['backtest'] = null;
  if (last > 0) {
    yield;
    const start = y === 0 ? districts : whatNext(cube, 0, { areas, benchmark });
    yield;
    const r = backtest(backtestCases(start.lq, start.density, lqMatrix(cube, areas, last, benchmark)));
    bt = { ...r, from: cube.years[0], to: cube.years[last] };
  }
  return { districts, backtest: bt };
}

/** Null when the cube has fewer than 10 districts: co-location across a handful of areas means little. */
export function nextBase(cube: Cube, y: number, benchmark: Benchmark): NextBase | null {
  const byKey = cached(cube);
  const key = keyOf(y, benchmark);
  if (byKey.has(key)) return byKey.get(key)!;
  const parts = baseParts(cube, y, benchmark);
  let step = parts.next();
  while (!step.done) step = parts.next();
  byKey.set(key, step.value);
  return step.value;
}

/**
 * Works out nextBase(cube, y, benchmark) ahead of time in parts, each after `pause()` (a new task),
 * and keeps it, so the section that then asks for it does not hold the main thread for all of it
 * at once (total blocking time, issue 15): a pause before each of the three parts. Resolves to what
 * nextBase will return.
 */
export async function prepareNextBase(
  cube: Cube,
  y: number,
  benchmark: Benchmark,
  pause: () => Promise<void>,
): Promise<NextBase | null> {
  const byKey = cached(cube);
  const key = keyOf(y, benchmark);
  const parts = baseParts(cube, y, benchmark);
  for (;;) {
    await pause();
    // Worked out meanwhile (the section asked first): that one is kept, so each key has one object.
    if (byKey.has(key)) return byKey.get(key)!;
    const step = parts.next();
    if (step.done) {
      byKey.set(key, step.value);
      return step.value;
    }
  }
}
