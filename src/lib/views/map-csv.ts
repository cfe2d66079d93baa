// The map view's CSV columns, as "Share & download" writes them. Loaded with the share spec
// (map-share.ts), not with the first map.
import { areaCsvColumns, type AreaCsvColumnId } from '../export/area-csv-columns';
import type { CsvColumn } from '../export/csv-download';
import type { AreaTableRow } from './area-table';
import { sectorWords } from '../words';

/**
 * The view CSV's columns: an indicator has no share or LQ (measure-kind.ts); change columns only for a
 * change metric; the share of England wherever the map offers it (a REF volume).
 */
export function mapCsvColumnIds(
  indicator: boolean,
  change: boolean,
  next: 'density' | 'eci' | null = null,
  englandShare = false,
): AreaCsvColumnId[] {
  const ids: AreaCsvColumnId[] = ['area_code', 'area_name', 'value', 'flag'];
  if (!indicator) ids.push('share', ...(englandShare ? ['england_share' as const] : []), 'location_quotient');
  if (next === 'density') ids.push('relatedness_density');
  if (next === 'eci') ids.push('eci');
  if (change) ids.push(...(indicator ? ['growth_pct' as const] : ['growth_pct' as const, 'lq_change' as const]));
  if (change) ids.push('start_year_flag');
  if (!indicator) ids.push('partial_total');
  return ids;
}

/**
 * The view CSV's columns with, after the area's code and name, its LEP(s) (on the district map) and
 * which sector and year each row is, so files of several views stack into one table.
 */
export function withViewColumns(
  columns: readonly CsvColumn<AreaTableRow>[],
  v: {
    sector: { code: string; name: string } | undefined;
    year: string;
    from: string | null;
    lepsOf: ((code: string) => string) | null;
    /** The dataset's id, which names what its sectors are (words.ts sectorWords). */
    dataset?: string;
  },
): CsvColumn<AreaTableRow>[] {
  const sw = sectorWords(v.dataset);
  const lep: CsvColumn<AreaTableRow>[] = v.lepsOf
    ? [
        {
          header: 'lep_name',
          value: (r) => v.lepsOf!(r.code),
          about: 'The LEP the district belongs to; the seven districts in two LEPs name both, separated by "; ".',
          optional: true,
        },
      ]
    : [];
  return [
    ...columns.slice(0, 2),
    ...lep,
    { header: 'sector_code', value: () => v.sector?.code ?? '', about: sw.code },
    { header: 'sector_name', value: () => v.sector?.name ?? '', about: sw.name },
    {
      header: 'year',
      value: () => v.year,
      about:
        v.from !== null ? `The year shown; changes are from ${v.from}.` : 'Year or period as the source labels it.',
    },
    ...columns.slice(2),
  ];
}

/**
 * The map view's CSV columns as "Share & download" writes them: the columns the view shows (no
 * share or LQ for an indicator, change columns for a change metric), with the LEP, sector and year.
 */
export function mapCsvColumns(
  meta: { id?: string; measure: string; unit: string },
  benchmark: string,
  v: {
    indicator: boolean;
    change: boolean;
    next?: 'density' | 'eci' | null;
    englandShare?: boolean;
  } & Parameters<typeof withViewColumns>[1],
): CsvColumn<AreaTableRow>[] {
  const ids = mapCsvColumnIds(v.indicator, v.change, v.next ?? null, v.englandShare ?? false);
  const columns = areaCsvColumns(ids, meta, benchmark);
  return withViewColumns(columns, {
    sector: v.sector,
    year: v.year,
    from: v.change ? v.from : null,
    lepsOf: v.lepsOf,
    dataset: meta.id,
  });
}
