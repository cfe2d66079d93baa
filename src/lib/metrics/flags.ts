// Honesty helpers: why a cell is missing or weak, and whether a total lacks sectors.
import type { Cube, Flag } from '../data/types';
import { FLAG_FROM_CODE } from '../data/types';

/** The flag of one cell, or null when it has none (or when it had no row at all). */
export function cellFlag(cube: Cube, a: number, s: number, y: number): Flag | null {
  const code = cube.flags[(y * cube.sectors.length + s) * cube.areas.length + a];
  return code === undefined ? null : (FLAG_FROM_CODE[code] ?? null);
}

/** True when the area's total for year y leaves out at least one sector (missing, suppressed or no row). */
export function isPartialTotal(cube: Cube, a: number, y: number): boolean {
  return (cube.missingInTotal[y * cube.areas.length + a] ?? 0) > 0;
}
