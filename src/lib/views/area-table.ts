// The rows behind the area table: one per area of a geography level, for one sector and year.
// Statistics come from the metrics module; this only selects, labels and orders.
import type { AreaLevel, Cube, Flag } from '../data/types';
import { FLAG_FROM_CODE } from '../data/types';
import { cellIndex } from '../data/cube';
import { isPartialTotal, locationQuotient, share, type BenchmarkRef } from '../metrics';
import type { SortColumn } from '../state/app-state';

export interface AreaTableRow {
  code: string;
  name: string;
  value: number;
  flag: Flag | null;
  share: number;
  lq: number;
  /** The area's total lacks some sectors (suppressed or missing), so share and LQ lean on a partial total. */
  partialTotal: boolean;
}

export function areaTableRows(
  cube: Cube,
  level: AreaLevel,
  sector: number,
  year: number,
  benchmark: BenchmarkRef,
): AreaTableRow[] {
  const rows: AreaTableRow[] = [];
  cube.areas.forEach((area, a) => {
    if (area.level !== level) return;
    const i = cellIndex(cube, a, sector, year);
    rows.push({
      code: area.code,
      name: area.name,
      value: cube.values[i],
      flag: FLAG_FROM_CODE[cube.flags[i]] ?? null,
      share: share(cube, a, sector, year),
      lq: locationQuotient(cube, a, sector, year, benchmark),
      partialTotal: isPartialTotal(cube, a, year),
    });
  });
  return rows;
}

/** Sorted copy. Missing values always sink to the bottom, whichever the direction. */
export function sortAreaRows(rows: readonly AreaTableRow[], column: SortColumn, descending: boolean): AreaTableRow[] {
  const dir = descending ? -1 : 1;
  const byName = (x: AreaTableRow, y: AreaTableRow) => x.name.localeCompare(y.name, 'en-GB');
  return [...rows].sort((x, y) => {
    if (column === 'name') return dir * byName(x, y);
    const a = x[column];
    const b = y[column];
    const am = Number.isNaN(a);
    const bm = Number.isNaN(b);
    if (am || bm) return am === bm ? byName(x, y) : am ? 1 : -1;
    return a === b ? byName(x, y) : dir * (a - b);
  });
}
