// Which areas the profile compares with the profiled one: the link's `compare` list, read against
// the data. Two at most (three bars a sector is what the chart can show legibly).
import type { Cube } from '../data/types';
import { compareBars, type CompareBars } from './lq-bars';
import type { BenchmarkRef } from '../metrics';

/** How many areas the profile compares with the profiled one, at the most. */
export const MAX_COMPARED = 2;

/** The codes compared: those the link names that the data has, never the area itself, two at most. */
export function comparedCodes(compare: readonly string[], areaCode: string, cube: Pick<Cube, 'areaIndex'>): string[] {
  return compare.filter((c) => c !== areaCode && cube.areaIndex.has(c)).slice(0, MAX_COMPARED);
}

/** The compared areas named, for the picker. Codes must be in the data (see comparedCodes). */
export function comparedAreas(cube: Pick<Cube, 'areaIndex' | 'areas'>, codes: readonly string[]) {
  return codes.map((code) => ({ code, name: cube.areas[cube.areaIndex.get(code)!].name }));
}

/** Adds an area to the comparison or takes it out; the list stays two at most. */
export function toggleCompared(codes: readonly string[], code: string): string[] {
  return (codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code]).slice(0, MAX_COMPARED);
}

/** The comparison chart's data: the profiled area first, then the compared; null when none is compared. */
export function compareChart(
  cube: Cube,
  area: number,
  codes: readonly string[],
  year: number,
  benchmark: BenchmarkRef,
): CompareBars | null {
  if (codes.length === 0) return null;
  return compareBars(cube, [area, ...codes.map((c) => cube.areaIndex.get(c)!)], year, benchmark);
}
