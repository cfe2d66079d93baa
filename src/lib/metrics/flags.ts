// Honesty helpers: why a cell is missing or weak, and whether a total lacks sectors.
import type { Cube } from '../data/types';
import { sectorsMissingFromTotal } from '../data/cube';

/** The flag of one cell, or null when it has none (or when it had no row at all). */
export { cellFlag } from '../data/cube';

/** True when the area's total for year y leaves out at least one sector (missing, suppressed or no row). */
export function isPartialTotal(cube: Cube, a: number, y: number): boolean {
  return sectorsMissingFromTotal(cube, a, y) > 0;
}
