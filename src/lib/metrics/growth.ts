// Growth of one cell between two years.
import type { Cube } from '../data/types';
import { cellValue } from '../data/cube';

export interface Growth {
  /** e1 − e0; NaN when either value is missing. */
  change: number;
  /**
   * Percentage change, 100 · (e1 − e0) / e0 (10 means +10 %); NaN when either value is missing or e0 is
   * not above 0 (a percentage of a negative indicator value has the wrong sign, and of 0 is undefined).
   */
  pct: number;
}

/** Growth of e[a,s] from year index y0 to year index y1. */
export function growth(cube: Cube, a: number, s: number, y0: number, y1: number): Growth {
  const e0 = cellValue(cube, a, s, y0);
  const e1 = cellValue(cube, a, s, y1);
  const change = e1 - e0;
  return { change, pct: e0 > 0 ? (100 * change) / e0 : NaN };
}
