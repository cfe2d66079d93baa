// The map view's "Share & download": its title, words, key, filters, notes and the table's rows and
// columns as shown. Built from the view's state; the component only hands over the live <svg>.
// Its own chunk, fetched once the first map is drawn (with the CSV and research-table code it uses).
import type { AreaLevel, Cube, DatasetMeta, MeasureKind } from '../data/types';
import { viewCsv } from '../export/csv-download';
import { exportLegend } from '../export/map-legend';
import type { ShareSpec } from '../export/share-spec';
import { legendFormat, type MetricKey } from '../format';
import type { Choropleth } from '../map/choropleth';
import { researchNotes } from '../research/notes';
import { fteRuleCsvColumns } from '../research/map-lq-rank';
import type { InstitutionFigures } from '../research/institution-symbols';
import { institutionsTable } from '../research/institutions-csv';
import { capitalise, levelWords, sectorWords } from '../words';
import type { AreaTableRow } from './area-table';
import { exportZeroItems, hasNoFigure, mapFilters, zeroLegendItems } from './map-view';
import { mapCsvColumns } from './map-csv';
import type { ZeroWords } from './true-zero';
import { mapFileParts, mapSubtitleLead, mapTitle } from './map-words';
import { isChangeMetric, mapPeriod } from './map-period';

export { isChangeMetric, mapPeriod };

/** What the map view's share spec reads from the atlas's view model (lib/state), by the same names. */
export interface MapShareAtlas {
  meta: DatasetMeta | null;
  cube: Cube | null;
  state: { dataset: string };
  /** The level of the areas on the map. */
  levelInData: AreaLevel;
  /** The LEP whose districts alone are shown, if any. */
  lepFilter: { code: string; name: string } | null;
  sectorIdx: number;
  sectorName: string;
  metric: MetricKey;
  /** The metric as the key names it, e.g. "Location quotient". */
  metricText: string;
  yearLabel: string;
  fromLabel: string;
  benchmarkName: string;
  measureKind: MeasureKind;
  /** The map offers each area's share of England (a REF volume): the CSV has its column. */
  englandShareOn: boolean;
  choropleth: Choropleth;
  /** The areas on the map, and the same in the table's order (the CSV's). */
  rows: readonly AreaTableRow[];
  sortedRows: readonly AreaTableRow[];
}

/** What the view adds: the words for density or ECI, true zeros, a district's LEP(s), the live <svg>. */
export interface MapShareExtras {
  next: { metric: 'density' | 'eci'; about: string; caveat: string } | null;
  zeroWords: ZeroWords | undefined;
  /** A district's LEP(s) as text, for the district map's CSV; null without a lookup. */
  lepsOf: ((code: string) => string) | null;
  chart: () => SVGSVGElement | null;
  /** More notes for the image, after the research notes (e.g. what the institutions' circles show). */
  notes?: readonly string[];
  /** On a REF map: the institutions behind the view (in the chosen subject, within the LEP shown), for their own CSV. */
  institutions?: {
    figures: readonly InstitutionFigures[];
    district: (code: string) => string;
    lep: (code: string) => string;
  } | null;
}

/** The map view's "Share & download"; null until the dataset and its cube have loaded. */
export function mapShareSpec(v: MapShareAtlas, x: MapShareExtras): ShareSpec | null {
  const { meta, cube, metric } = v;
  if (!meta || !cube) return null;
  const change = isChangeMetric(metric);
  const period = mapPeriod(metric, v.fromLabel, v.yearLabel);
  const measure = meta.measure;
  const indicator = v.measureKind === 'indicator';
  const words = { level: v.levelInData, sector: v.sectorName, metric, within: v.lepFilter?.name ?? null, indicator };
  const base = mapCsvColumns(meta, v.benchmarkName, {
    indicator,
    change,
    next: x.next?.metric ?? null,
    englandShare: v.englandShareOn,
    sector: cube.sectors[v.sectorIdx],
    year: v.yearLabel,
    from: v.fromLabel,
    lepsOf: v.levelInData === 'lad' ? x.lepsOf : null,
  });
  // A research LQ map ranks only areas with 10 FTE or more: the CSV says the FTE and which are not ranked.
  const columns = v.rows.some((r) => r.fte !== undefined) ? [...base, ...fteRuleCsvColumns()] : base;
  return {
    title: mapTitle(words),
    subtitle: `${mapSubtitleLead(metric, v.metricText, measure, v.sectorName)}, ${period}`,
    fileParts: mapFileParts({ ...words, measure, period }),
    chart: x.chart,
    legend: exportLegend(v.choropleth, legendFormat(metric, meta.unit), v.metricText, v.benchmarkName, {
      noData: hasNoFigure(v.rows, metric, x.zeroWords),
      zeros: exportZeroItems(zeroLegendItems(v.rows, metric, x.zeroWords)),
      flagged: v.rows.some((r) => r.flag !== null || r.partialTotal),
      overlap: v.levelInData === 'lep',
    }),
    filters: mapFilters({
      areas: capitalise(levelWords(v.levelInData).names),
      within: v.lepFilter,
      sector: v.sectorName,
      sectorHeading: sectorWords(v.state.dataset).heading,
      change,
      period,
      shown: v.metricText,
    }),
    notes: [...researchNotes(v.state.dataset), ...(x.notes ?? []), ...(x.next ? [x.next.about, x.next.caveat] : [])],
    benchmark: v.benchmarkName,
    // The table's order read when the CSV is made: sorting is not part of a sector change's repaint.
    viewCsv: (header) => viewCsv({ header, columns, rows: v.sortedRows }),
    meta,
    extraCsv: x.institutions
      ? [
          {
            label: 'Institutions in this view (CSV)',
            part: 'institutions',
            table: (header) => institutionsTable(header, x.institutions!.figures, v.sectorName, x.institutions!),
          },
        ]
      : undefined,
  };
}
