// Shift-share: split an area's change in each sector, e1 − e0, into
//   national effect      e0 · G                 the area growing at the benchmark's overall rate
//   industry-mix effect  e0 · (g_s − G)         the sector growing faster or slower than the benchmark overall
//   local effect         e1 − e0 · (1 + g_s)    what is left: the area doing better or worse than the sector did
// with G = E1[·]/E0[·] − 1 and g_s = E1[s]/E0[s] − 1 from the benchmark. The three add up to e1 − e0.
import type { Cube, Sector } from '../data/types';
import { cellValue } from '../data/cube';
import { resolveBenchmark, type BenchmarkRef } from './benchmark';

export interface ShiftShareComponents {
  national: number;
  industryMix: number;
  local: number;
  /** e1 − e0 = national + industryMix + local. */
  total: number;
}

export interface ShiftShareSector extends ShiftShareComponents {
  sector: Sector;
  /** Index into cube.sectors. */
  index: number;
  /** All four numbers are known, so the sector counts in the totals. */
  included: boolean;
}

export interface ShiftShareResult {
  /**
   * One entry per sector of the cube, in cube order. A number that cannot be computed is NaN; the
   * others are kept (e.g. e1 − e0 is known when only the benchmark's growth in the sector is not).
   */
  sectors: ShiftShareSector[];
  /** Sums over the sectors whose components are all known. */
  totals: ShiftShareComponents;
  /** How many sectors were left out of the totals because a value was missing. */
  excluded: number;
  /** The benchmark's overall growth rate G (a fraction). */
  benchmarkGrowth: number;
}

/**
 * Shift-share of area index a between year indices y0 and y1. A sector is NaN (and excluded from
 * the totals) when e0 or e1 is missing, or when the benchmark's E0[s] or E1[s] is missing or
 * E0[s] is 0 (its growth rate is then undefined).
 */
export function shiftShare(cube: Cube, a: number, y0: number, y1: number, benchmark?: BenchmarkRef): ShiftShareResult {
  const b = resolveBenchmark(cube, benchmark);
  const S = cube.sectors.length;
  const T0 = b.total(y0);
  const G = T0 > 0 ? b.total(y1) / T0 - 1 : NaN;
  const totals: ShiftShareComponents = { national: 0, industryMix: 0, local: 0, total: 0 };
  const sectors: ShiftShareSector[] = [];
  let excluded = 0;
  for (let s = 0; s < S; s++) {
    const e0 = cellValue(cube, a, s, y0);
    const e1 = cellValue(cube, a, s, y1);
    const E0 = b.sector(s, y0);
    const gs = E0 > 0 ? b.sector(s, y1) / E0 - 1 : NaN;
    const national = e0 * G;
    const industryMix = e0 * (gs - G);
    const local = e1 - e0 * (1 + gs);
    const total = e1 - e0;
    const included = national === national && industryMix === industryMix && local === local && total === total;
    sectors.push({ sector: cube.sectors[s], index: s, national, industryMix, local, total, included });
    if (included) {
      totals.national += national;
      totals.industryMix += industryMix;
      totals.local += local;
      totals.total += total;
    } else excluded++;
  }
  if (excluded === S) totals.national = totals.industryMix = totals.local = totals.total = NaN;
  return { sectors, totals, excluded, benchmarkGrowth: G };
}
