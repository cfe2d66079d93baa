// The profile's chart for an indicator (an index, a rate): every sector's value in one area, drawn
// from a baseline that fits the figures' sign. No share and no location quotient: an indicator does
// not add up across sectors (measure-kind.ts). Missing stays missing, listed last.
import type { Cube, DatasetMeta, Flag, Sector } from '../data/types';
import { compareNames } from '../format';
import { FLAG_ABOUT, valueColumnAbout, valueColumnName, type CsvColumn } from '../export/csv-download';
import type { SeriesPoint } from './series';
import { cellFlag, cellValue } from '../data/cube';
import { sectorWords } from '../words';

export interface IndicatorBar {
  sector: Sector;
  /** Index into cube.sectors. */
  index: number;
  /** The value; NaN when missing. */
  value: number;
  flag: Flag | null;
  missing: boolean;
}

/** Every sector of area `areaIndex` in year `yearIndex`, highest value first, missing last (ties by name). */
export function indicatorBars(cube: Cube, areaIndex: number, yearIndex: number): IndicatorBar[] {
  const bars = cube.sectors.map((sector, s) => {
    const value = cellValue(cube, areaIndex, s, yearIndex);
    return { sector, index: s, value, flag: cellFlag(cube, areaIndex, s, yearIndex), missing: value !== value };
  });
  return bars.sort((p, q) => {
    if (p.missing !== q.missing) return p.missing ? 1 : -1;
    if (!p.missing && p.value !== q.value) return q.value - p.value;
    return compareNames(p.sector.name, q.sector.name) || (p.sector.code < q.sector.code ? -1 : 1);
  });
}

/**
 * Where the bars start and the extent of the axis. An index with a neutral value (UK = 100) starts
 * from it; otherwise from 0, so a negative figure points left and a positive one right. The domain
 * always holds the baseline and every finite value.
 */
export function indicatorAxis(
  values: readonly number[],
  centre?: number,
): { baseline: number; lo: number; hi: number } {
  const baseline = centre ?? 0;
  let lo = baseline;
  let hi = baseline;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === hi) return { baseline, lo: baseline - 1, hi: baseline + 1 };
  return { baseline, lo, hi };
}

type Meta = Pick<DatasetMeta, 'measure' | 'unit'> & { id?: string };
const finite = (v: number) => (Number.isFinite(v) ? v : null);

/** The indicator chart's CSV: the figure and its flag, never a share or LQ (columns named as in chart-csv.ts). */
export function indicatorColumns(
  meta: Meta,
  area: { code: string; name: string },
  year: string,
): CsvColumn<IndicatorBar>[] {
  return [
    { header: 'area_code', value: () => area.code, about: 'ONS GSS code of the area, or the code in your file.' },
    { header: 'area_name', value: () => area.name, about: 'Name of the area.' },
    { header: 'sector_code', value: (b) => b.sector.code, about: sectorWords(meta.id).code },
    { header: 'sector_name', value: (b) => b.sector.name, about: sectorWords(meta.id).name },
    { header: 'year', value: () => year, about: 'Year or period as the source labels it.' },
    { header: valueColumnName(meta), value: (b) => finite(b.value), about: valueColumnAbout(meta) },
    { header: 'flag', value: (b) => b.flag, about: FLAG_ABOUT, optional: true },
  ];
}

/** An indicator's trend as CSV: year, value, flag. */
export function indicatorSeriesColumns(meta: Meta): CsvColumn<SeriesPoint>[] {
  return [
    { header: 'year', value: (p) => p.year, about: 'Year or period as the source labels it.' },
    { header: valueColumnName(meta), value: (p) => finite(p.value), about: valueColumnAbout(meta) },
    { header: 'flag', value: (p) => p.flag, about: FLAG_ABOUT, optional: true },
  ];
}
