// Whole-area indices of specialisation (against a benchmark) and concentration (on its own).
import type { Cube } from '../data/types';
import { areaTotal, cellValue } from '../data/cube';
import { resolveBenchmark, type BenchmarkRef } from './benchmark';

export interface IndexResult {
  /** NaN when no sector could be used. */
  value: number;
  /** Sectors that entered the index. */
  sectorsUsed: number;
  /** Sectors of the cube left out because a value was missing. */
  sectorsMissing: number;
}

/**
 * Krugman dissimilarity index: ½ Σ_s |share_a,s − share_B,s|, from 0 (the benchmark's mix exactly)
 * to 1 (no sector in common). The ½ makes it "the share of the area's employment that would have
 * to change sector for the area to match the benchmark's mix": every unit moved out of an
 * over-represented sector lands in an under-represented one, so the plain sum counts it twice.
 *
 * Only sectors with a value in both the area and the benchmark are used, and both sets of shares
 * are taken over those sectors (so each sums to 1 and the index stays within 0…1). With no missing
 * sector this is the usual index.
 */
export function krugmanIndex(cube: Cube, a: number, y: number, benchmark?: BenchmarkRef): IndexResult {
  const b = resolveBenchmark(cube, benchmark);
  const S = cube.sectors.length;
  const used: number[] = [];
  let areaSum = 0;
  let benchSum = 0;
  for (let s = 0; s < S; s++) {
    const e = cellValue(cube, a, s, y);
    const E = b.sector(s, y);
    if (e === e && E === E) {
      used.push(s);
      areaSum += e;
      benchSum += E;
    }
  }
  const result = { sectorsUsed: used.length, sectorsMissing: S - used.length };
  if (!(areaSum > 0 && benchSum > 0)) return { value: NaN, ...result };
  let sum = 0;
  for (const s of used) {
    sum += Math.abs(cellValue(cube, a, s, y) / areaSum - b.sector(s, y) / benchSum);
  }
  return { value: sum / 2, ...result };
}

/**
 * Hirschman–Herfindahl index: Σ_s share_a,s², over the sectors with a value. 1/S for an even
 * spread over S sectors, 1 when everything is in one sector. The shares are of the area total,
 * which already sums only the sectors with a value.
 */
export function herfindahlIndex(cube: Cube, a: number, y: number): IndexResult {
  const S = cube.sectors.length;
  const t = areaTotal(cube, a, y);
  let sum = 0;
  let used = 0;
  for (let s = 0; s < S; s++) {
    const e = cellValue(cube, a, s, y);
    if (e !== e) continue;
    used++;
    const sh = e / t;
    sum += sh * sh;
  }
  return { value: used > 0 && t > 0 ? sum : NaN, sectorsUsed: used, sectorsMissing: S - used };
}
