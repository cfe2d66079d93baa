// The profile's "In brief" follows the science base's rule on a REF 2021 volume: a research LQ counts
// as a strength only on at least MIN_RANKED_FTE FTE of staff submitted. This picks the area's FTE in
// each subject out of the FTE cube, for profile/facts.ts (staffFte).
import type { Cube } from '../data/types';
import { cellValue } from '../data/cube';
import { MIN_RANKED_FTE } from '../metrics/research';
import { isRefVolume } from './notes';

export type StaffFte = { bySector: number[]; min: number } | 'pending' | 'failed';

/**
 * The rule's input for one area and year of `cube`: undefined off the REF volumes (no rule); 'pending'
 * or 'failed' while the FTE cube is loading or could not load; else the area's FTE in each of `cube`'s
 * sectors, matched by code (an empty cell is 0, as every institution is placed; NaN where the FTE cube
 * lacks the area, subject or year, which the rule never counts).
 */
export function profileStaffFte(
  dataset: string,
  fte: Cube | 'failed' | null,
  cube: Cube,
  area: number,
  year: number,
): StaffFte | undefined {
  if (!isRefVolume(dataset)) return undefined;
  if (fte === null) return 'pending';
  if (fte === 'failed') return 'failed';
  const a = fte.areaIndex.get(cube.areas[area]?.code ?? '');
  const y = fte.yearIndex.get(cube.years[year] ?? '');
  const bySector = cube.sectors.map((s) => {
    const i = fte.sectorIndex.get(s.code);
    if (a === undefined || y === undefined || i === undefined) return NaN;
    const v = cellValue(fte, a, i, y);
    return Number.isFinite(v) ? v : 0;
  });
  return { bySector, min: MIN_RANKED_FTE };
}
