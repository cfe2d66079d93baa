// A cube split by year, so a large dataset's first view downloads only the years it shows. The
// cube's layout is year-major ((y · S + s) · A + a, see cellIndex), so each year's cells are one
// contiguous block: a part is a cube of some of the years, and parts are put back together by
// copying blocks. The data build writes the parts (scripts/lib/build.ts); load.ts reads them.
import { cubeOfCells } from './cube';
import type { Cube } from './types';

/** The cube of some of `cube`'s years (same areas and sectors), in the order given. */
export function cubeOfYears(cube: Cube, years: readonly string[]): Cube {
  const block = cube.areas.length * cube.sectors.length;
  const n = years.length * block;
  const values = new Float64Array(n);
  const flags = new Uint8Array(n);
  const ci95 = new Float64Array(n);
  years.forEach((label, k) => {
    const y = cube.yearIndex.get(label);
    if (y === undefined) throw new Error(`the cube has no year ${label}`);
    values.set(cube.values.subarray(y * block, (y + 1) * block), k * block);
    flags.set(cube.flags.subarray(y * block, (y + 1) * block), k * block);
    ci95.set(cube.ci95.subarray(y * block, (y + 1) * block), k * block);
  });
  return cubeOfCells(cube.areas, cube.sectors, [...years], values, flags, ci95);
}

/**
 * One cube over `years` (in time order) from parts that each hold some of them, with the same areas
 * and sectors in the same order. A year no part holds is left empty and listed in `pending`: cells
 * NaN with flag 0, which is "not loaded yet", never "missing" (read such a cube only for the years it has).
 */
export function mergeCubeYears(years: readonly string[], parts: readonly Cube[]): Cube {
  const [first] = parts;
  if (!first) throw new Error('no part of the cube to put together');
  const A = first.areas.length;
  const S = first.sectors.length;
  const same = (a: { code: string }[], b: { code: string }[]) =>
    a.length === b.length && a.every((x, i) => x.code === b[i].code);
  const block = A * S;
  const n = years.length * block;
  const values = new Float64Array(n).fill(NaN);
  const flags = new Uint8Array(n);
  const ci95 = new Float64Array(n).fill(NaN);
  const filled = new Set<string>();
  for (const part of parts) {
    if (!same(part.areas, first.areas) || !same(part.sectors, first.sectors)) {
      throw new Error('the parts of the cube list different areas or sectors');
    }
    part.years.forEach((label, k) => {
      const y = years.indexOf(label);
      if (y < 0) throw new Error(`a part of the cube has year ${label}, which the dataset does not list`);
      if (filled.has(label)) throw new Error(`two parts of the cube both have year ${label}`);
      filled.add(label);
      values.set(part.values.subarray(k * block, (k + 1) * block), y * block);
      flags.set(part.flags.subarray(k * block, (k + 1) * block), y * block);
      ci95.set(part.ci95.subarray(k * block, (k + 1) * block), y * block);
    });
  }
  const cube = cubeOfCells(first.areas, first.sectors, [...years], values, flags, ci95);
  const pending = years.filter((y) => !filled.has(y));
  return pending.length > 0 ? { ...cube, pending } : cube;
}

/** Whether every year in `years` has its cells in the cube (a part-loaded cube lists the rest as pending). */
export function hasYears(cube: Cube, years: readonly string[]): boolean {
  return !cube.pending || years.every((y) => !cube.pending!.includes(y));
}

/**
 * Which years a split dataset's first file holds: those its first views show (the latest year, and
 * the earliest, from which growth is measured), and `also` (the evidence pack's productivity reads
 * England's GVA at the employment survey's year nearest the latest), in time order.
 */
export function headYears(years: readonly string[], also: readonly string[] = []): string[] {
  return years.filter((y, i) => i === 0 || i === years.length - 1 || also.includes(y));
}
