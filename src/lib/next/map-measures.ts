// "What could come next" on the map: every area's relatedness density in one sector ("where could
// this sector grow next?") and every area's economic complexity (ECI), for the districts or the LEPs
// shown. Built from the same pieces as the profile's section (the dataset's leaves, relatedness
// across districts, ECI among areas of one level), so an area's figure on the map is the one in its
// profile. Associations, not forecasts: the words beside the map say so.
import type { AreaLevel, Cube, DatasetMeta } from '../data/types';
import type { Benchmark } from '../metrics/benchmark';
import { revealedComparativeAdvantage } from '../metrics/rca';
import { relatednessDensity } from '../metrics/relatedness-density';
import { lqMatrix } from '../metrics/what-next';
import { nextBase } from './base';
import { leafBenchmark, leafCube } from './leaf-cube';
import { levelComplexity } from './area-next';

export interface NextMapMeasures {
  /** Relatedness density (0–1) by area code; empty when the sector is not one of the leaves. */
  density: Map<string, number>;
  /** ECI by area code, among areas of the level shown. */
  eci: Map<string, number>;
  /** False when the chosen sector has sub-industries: density is measured over the tree's leaves only. */
  leaf: boolean;
}

const lepCache = new WeakMap<Cube, Map<string, Float64Array>>();

/**
 * The two measures for the areas of `level` in year y of the full cube (a nested dataset is read over
 * its leaves, as in the profile). Null when the dataset has fewer than 10 districts to measure
 * relatedness across.
 */
export function nextMapMeasures(
  full: Cube,
  meta: Pick<DatasetMeta, 'sectorParent' | 'sectorExclude'> | null,
  yFull: number,
  benchmark: Benchmark,
  sectorCode: string,
  level: AreaLevel,
): NextMapMeasures | null {
  const cube = leafCube(full, meta, [0, yFull, full.years.length - 1]);
  const y = cube.yearIndex.get(full.years[yFull]) ?? cube.years.length - 1;
  const bench = leafBenchmark(full, cube, benchmark, level);
  const base = nextBase(cube, y, bench);
  if (!base) return null;
  const s = cube.sectorIndex.get(sectorCode);
  const density = new Map<string, number>();
  const eci = new Map<string, number>();
  const lc = levelComplexity(cube, level, y, bench);
  lc.areas.forEach((a, i) => eci.set(cube.areas[a].code, lc.eci[i]));
  if (s === undefined) return { density, eci, leaf: false };
  let d: Float64Array;
  let n: number;
  if (level === 'lad') {
    d = base.districts.density;
    n = base.districts.areas.length;
  } else {
    // Areas of another level (LEPs): their own specialisations against relatedness measured across districts.
    let byKey = lepCache.get(cube);
    if (!byKey) lepCache.set(cube, (byKey = new Map()));
    const key = `${level}|${y}|${bench.label}|${bench.index}`;
    let hit = byKey.get(key);
    if (!hit) {
      const lq = lqMatrix(cube, lc.areas, y, bench);
      hit = relatednessDensity(
        revealedComparativeAdvantage(lq, lc.areas.length, cube.sectors.length),
        base.districts.relatedness,
      );
      byKey.set(key, hit);
    }
    d = hit;
    n = lc.areas.length;
  }
  const areas = level === 'lad' ? base.districts.areas : lc.areas;
  areas.forEach((a, i) => density.set(cube.areas[a].code, d[s * n + i]));
  return { density, eci, leaf: true };
}
