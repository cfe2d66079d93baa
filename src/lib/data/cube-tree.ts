// A cube whose sectors nest gets its area totals from the sector tree: the all-industries figure
// (or the sum of one cut of the tree), never the sum of every row, which would count a parent
// together with its children. Every metric that divides by cube.totals (share, LQ, benchmark)
// is then right without knowing about the tree.
import { cutCodes, isAncestor, sectorTree, treeTotal, type SectorParent, type SectorTree } from './sector-tree';
import type { Cube } from './types';
import { cellOffset, cellValue, rowStart, totalIndex } from './cube';

/**
 * The cube with totals taken from the tree (treeTotal per area and year), minus `exclude` (for
 * GVA, owner-occupiers' imputed rent: all industries less imputed rent). `missingInTotal` counts the parts of the total that had no
 * figure and could not be rolled up from children. Values are shared with the input cube.
 */
export function cubeWithSectorTree(cube: Cube, sectorParent: SectorParent, exclude: readonly string[] = []): Cube {
  const tree = sectorTree(
    cube.sectors.map((s) => s.code),
    sectorParent,
  );
  const { totals, missingInTotal } = treeAreaTotals(cube, tree, exclude);
  return { ...cube, totals, missingInTotal, sectorParent: { ...sectorParent }, sectorExclude: [...exclude] };
}

export function treeAreaTotals(cube: Cube, tree: SectorTree, exclude: readonly string[]) {
  const A = cube.areas.length;
  const Y = cube.years.length;
  const totals = new Float64Array(Y * A);
  const missingInTotal = new Uint16Array(Y * A);
  // Fast path, by sector index: the roots' published figures less the excluded sectors' (GVA: Total
  // less 68IMP). Only a cell where one of those is missing goes through the general rule.
  const idx = (codes: readonly string[]) => codes.map((c) => cube.sectorIndex.get(c) ?? -1);
  const roots = idx(tree.roots.map((i) => tree.nodes[i].code));
  const outer = idx(
    exclude.filter((c) => tree.index.has(c) && !exclude.some((o) => o !== c && isAncestor(tree, o, c))),
  );
  for (let y = 0; y < Y; y++) {
    for (let a = 0; a < A; a++) {
      let sum = 0;
      let ok = roots.length > 0;
      for (const s of roots) {
        const v = s < 0 ? NaN : cellValue(cube, a, s, y);
        if (v === v) sum += v;
        else ok = false;
      }
      for (const s of outer) {
        const v = s < 0 ? NaN : cellValue(cube, a, s, y);
        if (v === v) sum -= v;
        else ok = false;
      }
      const t0 = totalIndex(cube, a, y);
      if (ok) {
        totals[t0] = sum;
        continue;
      }
      const valueOf = (code: string) => {
        const s = cube.sectorIndex.get(code);
        return s === undefined ? NaN : cellValue(cube, a, s, y);
      };
      const t = treeTotal(tree, valueOf, exclude);
      totals[t0] = t.value;
      missingInTotal[t0] = Math.min(t.missing, 65535);
    }
  }
  return { totals, missingInTotal };
}

/**
 * The cube restricted to some sectors (one cut of the tree), in the order given, keeping the area
 * totals: so indices that sum over every sector of the cube (Krugman, Herfindahl, peers, shift-
 * share) sum over sectors that do not overlap. Codes the cube lacks are skipped.
 */
export function cubeOfSectors(cube: Cube, codes: readonly string[]): Cube {
  const keep = codes.map((c) => cube.sectorIndex.get(c)).filter((s): s is number => s !== undefined);
  const A = cube.areas.length;
  const K = keep.length;
  const Y = cube.years.length;
  const values = new Float64Array(Y * K * A);
  const flags = new Uint8Array(Y * K * A);
  const ci95 = new Float64Array(Y * K * A);
  for (let y = 0; y < Y; y++) {
    keep.forEach((s, k) => {
      const from = rowStart(cube, s, y);
      const to = cellOffset(A, K, 0, k, y);
      values.set(cube.values.subarray(from, from + A), to);
      flags.set(cube.flags.subarray(from, from + A), to);
      ci95.set(cube.ci95.subarray(from, from + A), to);
    });
  }
  const sectors = keep.map((s) => cube.sectors[s]);
  return { ...cube, sectors, sectorIndex: new Map(sectors.map((s, i) => [s.code, i])), values, flags, ci95 };
}

const leaves = new WeakMap<Cube, Cube>();

/**
 * The leaves of a nested cube's tree minus its excluded sectors: the finest sectors that do not overlap.
 * Kept per cube (cubes are never changed in place): a copy of every year of GVA's leaves is ~5 MB,
 * and the productivity chart, the evidence pack and the atlas each asked for it again.
 */
export function leafCube(cube: Cube): Cube {
  if (!cube.sectorParent) return cube;
  const hit = leaves.get(cube);
  if (hit) return hit;
  const tree = sectorTree(
    cube.sectors.map((s) => s.code),
    cube.sectorParent,
  );
  const out = cubeOfSectors(cube, cutCodes(tree, 'leaves', cube.sectorExclude ?? []));
  leaves.set(cube, out);
  return out;
}
