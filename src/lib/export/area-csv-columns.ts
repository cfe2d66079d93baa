// The view CSV's columns for the map/table rows (AreaTableRow), named by what they hold and in
// which unit: the figure column is named by the dataset's unit ("enterprises_count"), the share is a
// percentage (12.5 = 12.5%), the change a percentage (10 = +10%). The UI picks the ones shown, in the
// order shown: areaCsvColumns(['area_code', 'area_name', 'value', ...], meta).
import type { DatasetMeta } from '../data/types';
import type { AreaTableRow } from '../views/area-table';
import { FLAG_ABOUT, valueColumnAbout, valueColumnName, type CsvColumn } from './csv-download';
import { inSentence } from '../format';
import { sectorWords } from '../words';

export type AreaCsvColumnId =
  | 'area_code'
  | 'area_name'
  | 'value'
  | 'flag'
  | 'share'
  | 'england_share'
  | 'location_quotient'
  | 'growth_pct'
  | 'lq_change'
  | 'start_year_flag'
  | 'partial_total'
  | 'relatedness_density'
  | 'eci';

/** A fraction as a percentage; the table tidies the float noise (0.0812 × 100 → 8.12). */
export const percent = (fraction: number) => fraction * 100;

export function areaCsvColumns(
  ids: readonly AreaCsvColumnId[],
  meta: Pick<DatasetMeta, 'measure' | 'unit'> & { id?: string },
  benchmark = 'the benchmark',
): CsvColumn<AreaTableRow>[] {
  const value = valueColumnName(meta);
  // REF's sectors are subjects, UKRI's research councils.
  const { one, many } = sectorWords(meta.id);
  const all: Record<AreaCsvColumnId, CsvColumn<AreaTableRow>> = {
    area_code: {
      header: 'area_code',
      value: (r) => r.code,
      about: 'ONS GSS code of the area (E37… a LEP, E06–E09… a district), or the code in your file.',
    },
    area_name: { header: 'area_name', value: (r) => r.name, about: 'Name of the area.' },
    value: { header: value, value: (r) => r.value, about: valueColumnAbout(meta) },
    flag: { header: 'flag', value: (r) => r.flag, about: FLAG_ABOUT, optional: true },
    share: {
      header: 'share_of_area_total_pct',
      value: (r) => percent(r.share),
      about: `This ${one}'s share of the area's total across all ${many}, in per cent (12.5 means 12.5%).`,
    },
    england_share: {
      header: 'share_of_england_pct',
      value: (r) => percent(r.englandShare),
      about: `The area's share of England's ${inSentence(meta.measure)} in this ${one}, in per cent (12.5 means 12.5%). LEP shares add up to a little over 100%: seven districts belong to two LEPs and count in both.`,
    },
    location_quotient: {
      header: 'location_quotient',
      value: (r) => r.lq,
      about: `The area's share in this ${one} divided by ${benchmark}'s share: 1 is the same mix as ${benchmark}, 1.25 a quarter more (specialised), 0.8 a fifth less.`,
    },
    growth_pct: {
      header: 'change_pct',
      value: (r) => r.growth,
      about: 'Change in the figure from the start year to the year shown, in per cent (10 means +10%).',
    },
    lq_change: {
      header: 'lq_change',
      value: (r) => r.lqChange,
      about: 'Location quotient in the year shown minus that in the start year.',
    },
    start_year_flag: {
      header: 'start_year_flag',
      value: (r) => r.fromFlag,
      about: 'The flag of the start-year figure, which the change columns also rest on (see flag).',
      optional: true,
    },
    partial_total: {
      header: 'share_and_lq_approximate',
      value: (r) => (r.partialTotal ? 'yes' : null),
      about:
        '"yes" where the area\'s total leaves out sectors the source did not publish (suppressed), so the total is too small and the share and location quotient are approximate. Empty otherwise.',
      optional: true,
    },
    relatedness_density: {
      header: 'relatedness_density_pct',
      value: (r) => percent(r.density),
      about:
        "How much of this sector's relatedness to other sectors the area already holds as specialisations (LQ ≥ 1), in per cent; relatedness is measured from which sectors districts specialise in together. An association, not a forecast.",
    },
    eci: {
      header: 'economic_complexity_index',
      value: (r) => r.eci,
      about:
        'Economic complexity index of the area among the areas of its level (eigenvector method on who specialises in what), standardised: 0 is the average, 1 one standard deviation above. Not about one sector.',
    },
  };
  return ids.map((id) => all[id]);
}
