// Relatedness and complexity compare sectors with each other, so they need sectors that do not
// overlap: for a dataset whose industries form a tree (GVA: Total ⊃ services ⊃ G ⊃ 47 …), the leaves,
// minus the sectors the dataset leaves out of its measures (owner-occupiers' imputed rent). This
// builds that cube — leaf sectors, the few years asked for — so every what-next module stays tree-blind.
import { buildCube, cellCi95, cellFlag, cellValue } from '../data/cube';
import { cutCodes, sectorTree } from '../data/sector-tree';
import type { AuditRow, Cube, DatasetMeta } from '../data/types';

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
