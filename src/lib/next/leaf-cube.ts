// Relatedness and complexity compare sectors with each other, so they need sectors that do not
// overlap: for a dataset whose industries form a tree (GVA: Total ⊃ services ⊃ G ⊃ 47 …), the leaves,
// minus the sectors the dataset leaves out of its measures (owner-occupiers' imputed rent). This
// builds that cube — leaf sectors, the few years asked for — so every what-next module stays tree-blind.
import { buildCube, cellCi95, cellFlag, cellValue } from '../data/cube';
import { cutCodes, isAncestor, sectorTree } from '../data/sector-tree';
import type { AreaLevel, AuditRow, Cube, DatasetMeta } from '../data/types';
import { areaBenchmark, resolveBenchmark, sumBenchmark, type Benchmark } from '../metrics/benchmark';

const cache = new WeakMap<Cube, Map<string, Cube>>();

/** The cube itself when its sectors do not nest; otherwise its leaves (minus exclusions) in `years`. */
export function leafCube(
  cube: Cube,
  meta: Pick<DatasetMeta, 'sectorParent' | 'sectorExclude'> | null,
  years: readonly number[],
): Cube {
  const parent = meta?.sectorParent;
  if (!parent || Object.keys(parent).length === 0) return cube;
  const key = [...new Set(years)].sort((a, b) => a - b).join(',');
  let byKey = cache.get(cube);
  if (!byKey) cache.set(cube, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const tree = sectorTree(
    cube.sectors.map((s) => s.code),
    parent,
  );
  const leaves = cutCodes(tree, 'leaves', meta?.sectorExclude ?? []);
  const A = cube.areas.length;
  const rows: AuditRow[] = [];
  for (const y of key.split(',').map(Number)) {
    for (const code of leaves) {
      const s = cube.sectorIndex.get(code);
      if (s === undefined) continue;
      for (let a = 0; a < A; a++) {
        const v = cellValue(cube, a, s, y);
        const flag = cellFlag(cube, a, s, y);
        const ci = cellCi95(cube, a, s, y);
        if (Number.isNaN(v) && flag === null) continue; // no row at all
        rows.push({
          areaCode: cube.areas[a].code,
          areaName: cube.areas[a].name,
          sectorCode: code,
          sectorName: cube.sectors[s].name,
          year: cube.years[y],
          value: Number.isNaN(v) ? null : v,
          flag,
          ci95: Number.isNaN(ci) ? null : ci,
          row: 0,
        });
      }
    }
  }
  const out = buildCube(rows);
  byKey.set(key, out);
  return out;
}

/**
 * The benchmark `b` (chosen on the full cube) on the leaf cube: the same area, or, for a sum of the
 * areas of `sumLevel`, the same areas summed over the leaves. (Before, a sum fell back to England
 * without a word, so density and ECI used a benchmark the controls did not show.)
 */
export function leafBenchmark(full: Cube, cube: Cube, b: Benchmark, sumLevel: AreaLevel): Benchmark {
  if (cube === full) return b;
  if (b.index >= 0) {
    const i = cube.areaIndex.get(full.areas[b.index].code);
    return i !== undefined ? areaBenchmark(cube, i) : resolveBenchmark(cube);
  }
  const members = cube.areas.flatMap((a, i) => (a.level === sumLevel ? [i] : []));
  return sumBenchmark(cube, members, b.label);
}

/**
 * The sector relatedness density can be shown for: `code` itself when it is one of the leaves the
 * measures use, else the first of those leaves under it (Manufacturing → food and drink), else `code`
 * (nothing under it to stand in: the map says to pick a smaller industry).
 */
export function densitySector(
  codes: readonly string[],
  meta: Pick<DatasetMeta, 'sectorParent' | 'sectorExclude'> | null | undefined,
  code: string,
): string {
  const parent = meta?.sectorParent;
  if (!parent || Object.keys(parent).length === 0) return code;
  const tree = sectorTree(codes, parent);
  const leaves = cutCodes(tree, 'leaves', meta?.sectorExclude ?? []);
  if (leaves.includes(code)) return code;
  return leaves.find((l) => isAncestor(tree, code, l)) ?? code;
}

/**
 * What "What could come next" reads for the area `selected` of `full` in year `yFull`: the leaf cube
 * (the first, chosen and last years), that year and the area in it (-1 when it has no leaves), and the
 * benchmark on it. One function, so the section and the work done ahead of it (prepareNextBase) agree.
 */
export function leafScope(
  full: Cube,
  meta: Pick<DatasetMeta, 'sectorParent' | 'sectorExclude'> | null,
  yFull: number,
  b: Benchmark,
  sumLevel: AreaLevel,
  selected: number,
): { cube: Cube; y: number; bench: Benchmark; a: number } {
  const cube = leafCube(full, meta, [0, yFull, full.years.length - 1]);
  return {
    cube,
    y: cube.yearIndex.get(full.years[yFull]) ?? cube.years.length - 1,
    bench: leafBenchmark(full, cube, b, sumLevel),
    a: cube.areaIndex.get(full.areas[selected].code) ?? -1,
  };
}
