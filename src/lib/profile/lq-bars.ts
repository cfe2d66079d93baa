// The LQ bar chart of the area profile: every sector of one area in one year, sorted by location
// quotient, and the same for two or three areas side by side. Missing stays missing: a sector with
// no LQ is listed last with `missing: true`, never drawn as a zero-length bar.
import type { Area, Cube, Flag, Sector } from '../data/types';
import { compareNames } from '../format';
import { lqConfidenceInterval, resolveBenchmark, share, type BenchmarkRef } from '../metrics';
import { cellFlag, cellValue } from '../data/cube';

export type Significance = 'above' | 'below' | 'no' | 'unknown';

export interface ProfileBar {
  sector: Sector;
  /** Index into cube.sectors. */
  index: number;
  /** e[a,s]; NaN when missing. */
  value: number;
  /** e[a,s] / e[a,·]; NaN when missing. */
  share: number;
  /** Location quotient against the benchmark; NaN when it cannot be computed. */
  lq: number;
  /** Why the cell is missing or weak (e.g. 'rounded' for a small count); null when none. */
  flag: Flag | null;
  /** Approximate 95% interval of the LQ (for whiskers); null when the data has no CI for this cell. */
  ci: { lower: number; upper: number } | null;
  /** 'above'/'below' only where the whole interval is above/below 1; 'no' when it spans 1; 'unknown' without a CI. */
  significant: Significance;
  /** True when the LQ is NaN: draw "no figure", not a bar. */
  missing: boolean;
}

/** Order: LQ descending, missing LQs last; ties (and missing ones among themselves) by sector name, then code. */
function byLqThenName(lqA: number, lqB: number, a: Sector, b: Sector): number {
  const ma = lqA !== lqA;
  const mb = lqB !== lqB;
  if (ma !== mb) return ma ? 1 : -1;
  if (!ma && lqA !== lqB) return lqB - lqA;
  return compareNames(a.name, b.name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** One bar per sector of the cube for area `areaIndex` in year `yearIndex`, sorted by LQ (missing last). */
export function profileBars(cube: Cube, areaIndex: number, yearIndex: number, benchmark?: BenchmarkRef): ProfileBar[] {
  const b = resolveBenchmark(cube, benchmark);
  const bars: ProfileBar[] = cube.sectors.map((sector, s) => {
    const interval = lqConfidenceInterval(cube, areaIndex, s, yearIndex, b);
    const lq = interval.lq;
    const hasCi = interval.lower === interval.lower && interval.upper === interval.upper;
    return {
      sector,
      index: s,
      value: cellValue(cube, areaIndex, s, yearIndex),
      share: share(cube, areaIndex, s, yearIndex),
      lq,
      flag: cellFlag(cube, areaIndex, s, yearIndex),
      ci: hasCi ? { lower: interval.lower, upper: interval.upper } : null,
      significant: interval.significant,
      missing: lq !== lq,
    };
  });
  return bars.sort((p, q) => byLqThenName(p.lq, q.lq, p.sector, q.sector));
}

export interface CompareCell {
  value: number;
  share: number;
  /** NaN when missing. */
  lq: number;
  flag: Flag | null;
  ci: { lower: number; upper: number } | null;
  significant: Significance;
  missing: boolean;
}

export interface CompareRow {
  sector: Sector;
  /** Index into cube.sectors. */
  index: number;
  /** One cell per compared area, in the order of `CompareBars.areas`. */
  cells: CompareCell[];
}

export interface CompareBars {
  /** The compared areas, in the order given (invalid indices dropped). */
  areas: (Area & { index: number })[];
  /** The benchmark's display name, e.g. "England", for the subtitle and the line at 1. */
  benchmark: string;
  /** One row per sector, sorted by the first area's LQ (missing last), ties by the next areas' LQs, then name. */
  rows: CompareRow[];
  /** Largest finite LQ (or upper CI bound) of any cell, for a shared x domain; NaN when there is none. */
  maxLq: number;
}

/** Two or three areas side by side on the LQ chart (any number works; the UI offers 2–3). */
export function compareBars(
  cube: Cube,
  areaIndices: readonly number[],
  yearIndex: number,
  benchmark?: BenchmarkRef,
): CompareBars {
  const b = resolveBenchmark(cube, benchmark);
  const valid = areaIndices.filter((a) => Number.isInteger(a) && a >= 0 && a < cube.areas.length);
  const perArea = valid.map((a) => {
    const cells: CompareCell[] = new Array(cube.sectors.length);
    for (const bar of profileBars(cube, a, yearIndex, b)) {
      const { value, share, lq, flag, ci, significant, missing } = bar;
      cells[bar.index] = { value, share, lq, flag, ci, significant, missing };
    }
    return cells;
  });
  let maxLq = NaN;
  const rows: CompareRow[] = cube.sectors.map((sector, s) => {
    const cells = perArea.map((cells) => cells[s]);
    for (const c of cells) {
      const top = c.ci ? Math.max(c.lq, c.ci.upper) : c.lq;
      if (top === top && !(top <= maxLq)) maxLq = top;
    }
    return { sector, index: s, cells };
  });
  rows.sort((p, q) => {
    for (let k = 0; k < valid.length; k++) {
      const lp = p.cells[k].lq;
      const lq = q.cells[k].lq;
      const mp = lp !== lp;
      const mq = lq !== lq;
      if (mp !== mq) return mp ? 1 : -1;
      if (!mp && lp !== lq) return lq - lp;
    }
    return byLqThenName(NaN, NaN, p.sector, q.sector);
  });
  return {
    areas: valid.map((a) => ({ ...cube.areas[a], index: a })),
    benchmark: b.label,
    rows,
    maxLq,
  };
}
