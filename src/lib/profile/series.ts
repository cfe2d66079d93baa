// Time series of one sector in one area across every year of the cube, against the benchmark:
// value and LQ per year, missing years kept as NaN (a gap in the line, never a drop to zero).
import type { Cube, Flag } from '../data/types';
import { locationQuotient, resolveBenchmark, share, type BenchmarkRef } from '../metrics';
import { cellFlag, cellValue } from '../data/cube';

export interface SeriesPoint {
  /** Period label, e.g. "2022". */
  year: string;
  /** Index into cube.years. */
  yearIndex: number;
  /** e[a,s]; NaN when missing. */
  value: number;
  flag: Flag | null;
  share: number;
  lq: number;
  /** E[s] and E[s]/E[·] of the benchmark; NaN when missing. */
  benchmarkValue: number;
  benchmarkShare: number;
}

export interface SectorSeries {
  area: string;
  sector: string;
  benchmark: string;
  points: SeriesPoint[];
  /** Years with no value in the area (drawn as gaps). */
  missingYears: string[];
}

export function sectorSeries(
  cube: Cube,
  areaIndex: number,
  sectorIndex: number,
  benchmark?: BenchmarkRef,
): SectorSeries {
  const b = resolveBenchmark(cube, benchmark);
  const points = cube.years.map((year, y) => {
    const E = b.sector(sectorIndex, y);
    const T = b.total(y);
    return {
      year,
      yearIndex: y,
      value: cellValue(cube, areaIndex, sectorIndex, y),
      flag: cellFlag(cube, areaIndex, sectorIndex, y),
      share: share(cube, areaIndex, sectorIndex, y),
      lq: locationQuotient(cube, areaIndex, sectorIndex, y, b),
      benchmarkValue: E,
      benchmarkShare: T > 0 ? E / T : NaN,
    };
  });
  return {
    area: cube.areas[areaIndex]?.name ?? '',
    sector: cube.sectors[sectorIndex]?.name ?? '',
    benchmark: b.label,
    points,
    missingYears: points.filter((p) => p.value !== p.value).map((p) => p.year),
  };
}

/**
 * The series' note on missing years, or null when none is missing. Every year missing is said as
 * such ("no published figure in any year"), not as a list of all of them, which reads like a gap.
 */
export function missingYearsNote(series: Pick<SectorSeries, 'area' | 'points' | 'missingYears'>): string | null {
  const missing = series.missingYears;
  if (missing.length === 0) return null;
  if (missing.length === series.points.length)
    return `No published figure for ${series.area} in any year: there is no line to draw, and missing is not zero.`;
  return `No figure for ${series.area} in ${missing.join(', ')}: the line has a gap, not a fall to zero.`;
}
