// Share of an area's total in one sector: e[a,s] / e[a,·].
import type { Cube } from '../data/types';
import { areaTotal, cellValue } from '../data/cube';

/**
 * e[a,s] / e[a,·] for area index a, sector index s, year index y. NaN when the cell is missing
 * or the total is 0 or missing. The total is the sum of the sectors that have a value
 * (see isPartialTotal for whether some are missing from it).
 */
export function share(cube: Cube, a: number, s: number, y: number): number {
  const t = areaTotal(cube, a, y);
  if (!(t > 0)) return NaN;
  return cellValue(cube, a, s, y) / t;
}
