// The view CSV's columns for the map/table rows (AreaTableRow), named for analysts and holding
// raw numbers: share is a fraction (0.125 = 12.5%), growth_pct is a percentage (10 = +10%).
// The UI picks the ones shown, in the order shown: areaCsvColumns(['area_code', 'area_name', 'value', ...]).
import type { AreaTableRow } from '../views/area-table';
import type { CsvColumn } from './csv-download';

export const AREA_CSV_COLUMNS = {
  area_code: { header: 'area_code', value: (r) => r.code },
  area_name: { header: 'area_name', value: (r) => r.name },
  value: { header: 'value', value: (r) => r.value },
  flag: { header: 'flag', value: (r) => r.flag },
  share: { header: 'share', value: (r) => r.share },
  location_quotient: { header: 'location_quotient', value: (r) => r.lq },
  growth_pct: { header: 'growth_pct', value: (r) => r.growth },
  lq_change: { header: 'lq_change', value: (r) => r.lqChange },
  start_year_flag: { header: 'start_year_flag', value: (r) => r.fromFlag },
  partial_total: { header: 'partial_total', value: (r) => r.partialTotal },
} satisfies Record<string, CsvColumn<AreaTableRow>>;

export type AreaCsvColumnId = keyof typeof AREA_CSV_COLUMNS;

export function areaCsvColumns(ids: readonly AreaCsvColumnId[]): CsvColumn<AreaTableRow>[] {
  return ids.map((id) => AREA_CSV_COLUMNS[id]);
}
