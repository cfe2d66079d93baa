// The rows behind the map, the ranking and the table: one per area of a geography level, for one
// sector and year (and a start year for change). Statistics come from the metrics module; this
// only selects, labels and orders.
import type { AreaLevel, Cube, Flag } from '../data/types';
import { areaTotal, cellFlag, cellValue } from '../data/cube';
import { growth, isPartialTotal, locationQuotient, share, type BenchmarkRef } from '../metrics';
import type { MetricId } from '../map/classify';
import { compareNames } from '../format';

/** The table's columns it can be sorted by (the URL's `sort`). */
export type SortColumn = 'name' | 'value' | 'share' | 'englandShare' | 'lq' | 'growth' | 'lqChange' | 'density' | 'eci';

export interface AreaTableRow {
  code: string;
  name: string;
  /** Index of the area in the cube. */
  index: number;
  value: number;
  flag: Flag | null;
  share: number;
  /** The area's value over England's in the sector (0.05 = 5%); NaN without an England row to divide by. */
  englandShare: number;
  lq: number;
  /** % change of value from the start year (10 = +10%). */
  growth: number;
  /** LQ now minus LQ in the start year. */
  lqChange: number;
  /** Relatedness density in the sector (0–1) and economic complexity: NaN unless the map shows them. */
  density: number;
  eci: number;
  /** Flag of the start-year value, which growth and LQ change also rest on. */
  fromFlag: Flag | null;
  /** The area's total lacks some sectors (suppressed or missing), so share and LQ lean on a partial total. */
  partialTotal: boolean;
  /**
   * A true zero: 'area' when the area's complete total is 0 (nothing in any sector), 'sector' when the
   * value is 0 but the total is not. Absent or null otherwise (see views/true-zero.ts).
   */
  zero?: 'area' | 'sector' | null;
  /** On a research LQ map or the 4* FTE map: FTE of staff submitted in the subject (research/map-lq-rank.ts). */
  fte?: number;
  /** Why the area takes no rank though it has a figure, in words (e.g. under 10 FTE submitted); null or absent: ranked. */
  notRanked?: string | null;
}

export interface RowsQuery {
  level: AreaLevel;
  sector: number;
  year: number;
  /** Start year index for growth and LQ change. */
  from: number;
  benchmark: BenchmarkRef;
  /** An empty cell means nothing to measure (DatasetMeta.emptyMeans 'none'): a true zero, not missing. */
  emptyIsNone?: boolean;
  /** Index of England's row, for each area's share of England (no row: englandShare is NaN). */
  england?: number;
}

export function areaTableRows(cube: Cube, q: RowsQuery): AreaTableRow[] {
  const rows: AreaTableRow[] = [];
  const englandValue = q.england === undefined ? NaN : cellValue(cube, q.england, q.sector, q.year);
  cube.areas.forEach((area, a) => {
    if (area.level !== q.level) return;
    const lq = locationQuotient(cube, a, q.sector, q.year, q.benchmark);
    // Where empty means none, nothing is left out of a total: the area simply has no figure there.
    const partialTotal = !q.emptyIsNone && isPartialTotal(cube, a, q.year);
    const value = cellValue(cube, a, q.sector, q.year);
    const total = areaTotal(cube, a, q.year);
    rows.push({
      code: area.code,
      name: area.name,
      index: a,
      value,
      // An empty cell that means "none" is not a missing figure, so it carries no flag.
      flag: q.emptyIsNone && Number.isNaN(value) ? null : cellFlag(cube, a, q.sector, q.year),
      share: share(cube, a, q.sector, q.year),
      // Missing stays missing; England with none in the sector gives no share (never 0 of 0).
      englandShare: englandValue > 0 ? value / englandValue : NaN,
      lq,
      growth: growth(cube, a, q.sector, q.from, q.year).pct,
      lqChange: lq - locationQuotient(cube, a, q.sector, q.from, q.benchmark),
      density: NaN,
      eci: NaN,
      fromFlag: cellFlag(cube, a, q.sector, q.from),
      partialTotal,
      zero:
        value === 0
          ? total === 0 && !partialTotal
            ? 'area'
            : 'sector'
          : q.emptyIsNone && Number.isNaN(value)
            ? Number.isNaN(total)
              ? 'area'
              : 'sector'
            : null,
    });
  });
  return rows;
}

/** The value a metric shows for a row. */
export function metricValue(row: AreaTableRow, metric: MetricId): number {
  return row[metric];
}

/** Sorted copy. Missing values always sink to the bottom, whichever the direction. */
export function sortAreaRows(rows: readonly AreaTableRow[], column: SortColumn, descending: boolean): AreaTableRow[] {
  const dir = descending ? -1 : 1;
  const byName = (x: AreaTableRow, y: AreaTableRow) => compareNames(x.name, y.name);
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

/**
 * Whether a row takes a rank on a metric: it has a figure, no rule leaves it out (notRanked), and it is
 * not a zero on a ratio measure. An LQ or a share of England of 0 means none in the sector: a place with
 * no research submitted in a subject is not the last of those specialised in it, so "N of M" counts
 * only areas with some (the ranking's bars, which cannot place LQ 0 on log(LQ), always did).
 */
export function rankable(r: AreaTableRow, metric: MetricId): boolean {
  const v = r[metric];
  return !Number.isNaN(v) && !r.notRanked && !((metric === 'lq' || metric === 'englandShare') && v <= 0);
}

/** Rank of each area on a metric, highest first (1 = highest); rows that are not rankable have no rank. */
export function ranks(rows: readonly AreaTableRow[], metric: MetricId): Map<string, number> {
  return ranksInOrder(sortAreaRows(rows, metric, true), metric);
}

/** ranks() of rows already sorted by the metric, highest first (sortAreaRows(rows, metric, true)): no second sort. */
export function ranksInOrder(sorted: readonly AreaTableRow[], metric: MetricId): Map<string, number> {
  const out = new Map<string, number>();
  let rank = 0;
  for (const r of sorted) if (rankable(r, metric)) out.set(r.code, ++rank);
  return out;
}

/** The areas the ranking leaves out, apart from a rule's (notRanked): zeros on a ratio measure, and no figure. */
export function unrankedCounts(rows: readonly AreaTableRow[], metric: MetricId): { zero: number; none: number } {
  let zero = 0;
  let none = 0;
  for (const r of rows) {
    if (rankable(r, metric) || r.notRanked) continue;
    // A true zero (0 in the sector, or nothing at all: "no research submitted") is not a missing figure.
    if (r.zero || r[metric] === 0) zero++;
    else none++;
  }
  return { zero, none };
}

/** What the ranking's areas are called: "LEP"/"LEPs", "district"/"districts" (words.ts levelWords). */
type AreaWords = { one: string; many: string };
const AREAS: AreaWords = { one: 'area', many: 'areas' };

/** "21 LEPs with 0 in this subject are not ranked.": `one` is what the dataset's sectors are (words.ts sectorWords). */
export function zeroUnrankedWords(n: number, one = 'sector', areas: AreaWords = AREAS): string {
  return `${n} ${n === 1 ? areas.one : areas.many} with 0 in this ${one} ${n === 1 ? 'is' : 'are'} not ranked.`;
}

/** "3 districts without a figure are not ranked." */
export function noFigureUnrankedWords(n: number, areas: AreaWords = AREAS): string {
  return `${n} ${n === 1 ? areas.one : areas.many} without a figure ${n === 1 ? 'is' : 'are'} not ranked.`;
}
