// Share of an area's total in one sector: e[a,s] / e[a,·].
import type { Cube } from '../data/types';

/**
 * e[a,s] / e[a,·] for area index a, sector index s, year index y. NaN when the cell is missing
 * or the total is 0 or missing. The total is the sum of the sectors that have a value
 * (see isPartialTotal for whether some are missing from it).
 */
export function share(cube: Cube, a: number, s: number, y: number): number {
  const A = cube.areas.length;
  const v = cube.values[(y * cube.sectors.length + s) * A + a];
  const t = cube.totals[y * A + a];
  if (!(t > 0) || v === undefined) return NaN;
  return v / t;
}
