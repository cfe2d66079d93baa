// The CSV of each profile chart on its own: its columns and rows, in the order the chart shows them,
// for the shared CSV builder (lib/export/csv-download.ts). Missing stays empty, never 0.
import type { CsvColumn } from '../export/csv-download';
import type { CompareBars } from './lq-bars';
import type { ProfileBar } from './lq-bars';
import type { BubbleInput, BubbleSector } from './bubble';
import type { SeriesPoint } from './series';
import type { ShiftShareSector } from '../metrics/shift-share';

export const BARS_COLUMNS: CsvColumn<ProfileBar>[] = [
  { header: 'sector_code', value: (b) => b.sector.code },
  { header: 'sector_name', value: (b) => b.sector.name },
  { header: 'value', value: (b) => b.value },
  { header: 'flag', value: (b) => b.flag },
  { header: 'share', value: (b) => b.share },
  { header: 'location_quotient', value: (b) => b.lq },
  { header: 'lq_ci95_lower', value: (b) => b.ci?.lower ?? null },
  { header: 'lq_ci95_upper', value: (b) => b.ci?.upper ?? null },
  { header: 'significance', value: (b) => b.significant },
];

/** One row per area and sector: every compared area, the profiled one first, sectors in the chart's order. */
export interface CompareCsvRow {
  areaCode: string;
  areaName: string;
  sectorCode: string;
  sectorName: string;
  value: number;
  flag: string | null;
  share: number;
  lq: number;
}

export function compareCsvRows(data: CompareBars): CompareCsvRow[] {
  return data.areas.flatMap((a, k) =>
    data.rows.map((r) => {
      const c = r.cells[k];
      return {
        areaCode: a.code,
        areaName: a.name,
        sectorCode: r.sector.code,
        sectorName: r.sector.name,
        value: c.value,
        flag: c.flag,
        share: c.share,
        lq: c.lq,
      };
    }),
  );
}

export const COMPARE_COLUMNS: CsvColumn<CompareCsvRow>[] = [
  { header: 'area_code', value: (r) => r.areaCode },
  { header: 'area_name', value: (r) => r.areaName },
  { header: 'sector_code', value: (r) => r.sectorCode },
  { header: 'sector_name', value: (r) => r.sectorName },
  { header: 'value', value: (r) => r.value },
  { header: 'flag', value: (r) => r.flag },
  { header: 'share', value: (r) => r.share },
  { header: 'location_quotient', value: (r) => (Number.isFinite(r.lq) ? r.lq : null) },
];

/** Which corner of the bubble chart a sector sits in, in words (empty when a figure is missing). */
export function bubbleQuadrant(s: BubbleSector, refGrowth: number): string {
  if (!(s.lq > 0) || !Number.isFinite(s.lq) || !Number.isFinite(s.growth)) return '';
  const ref = Number.isFinite(refGrowth) ? refGrowth : 0;
  return `${s.lq >= 1 ? 'specialised' : 'not specialised'}, growing ${s.growth >= ref ? 'faster' : 'slower'}`;
}

export function bubbleColumns(input: BubbleInput): CsvColumn<BubbleSector>[] {
  return [
    { header: 'sector_code', value: (s) => s.code },
    { header: 'sector_name', value: (s) => s.name },
    { header: 'location_quotient', value: (s) => (Number.isFinite(s.lq) ? s.lq : null) },
    { header: 'growth_pct', value: (s) => (Number.isFinite(s.growth) ? s.growth : null) },
    { header: 'value', value: (s) => (Number.isFinite(s.value) ? s.value : null) },
    { header: 'flag', value: (s) => s.flag ?? null },
    { header: 'quadrant', value: (s) => bubbleQuadrant(s, input.refGrowth) },
  ];
}

/** The area's figures first, then the benchmark's (named in the file's filters). */
export const SERIES_COLUMNS: CsvColumn<SeriesPoint>[] = [
  { header: 'year', value: (p) => p.year },
  { header: 'value', value: (p) => (Number.isFinite(p.value) ? p.value : null) },
  { header: 'flag', value: (p) => p.flag },
  { header: 'share', value: (p) => (Number.isFinite(p.share) ? p.share : null) },
  { header: 'benchmark_value', value: (p) => (Number.isFinite(p.benchmarkValue) ? p.benchmarkValue : null) },
  { header: 'benchmark_share', value: (p) => (Number.isFinite(p.benchmarkShare) ? p.benchmarkShare : null) },
  { header: 'location_quotient', value: (p) => (Number.isFinite(p.lq) ? p.lq : null) },
];

/** The shift-share table's order: sectors in the totals first, largest local effect first. */
export function shiftShareOrder(sectors: readonly ShiftShareSector[]): ShiftShareSector[] {
  return [...sectors].sort((a, b) => {
    if (a.included !== b.included) return a.included ? -1 : 1;
    return (Number.isFinite(b.local) ? b.local : -Infinity) - (Number.isFinite(a.local) ? a.local : -Infinity) || a.index - b.index;
  });
}

const num = (v: number) => (Number.isFinite(v) ? v : null);
export const SHIFT_SHARE_COLUMNS: CsvColumn<ShiftShareSector>[] = [
  { header: 'sector_code', value: (s) => s.sector.code },
  { header: 'sector_name', value: (s) => s.sector.name },
  { header: 'in_totals', value: (s) => (s.included ? 'yes' : 'no: a figure is missing') },
  { header: 'change', value: (s) => num(s.total) },
  { header: 'national_growth', value: (s) => num(s.national) },
  { header: 'industry_mix', value: (s) => num(s.industryMix) },
  { header: 'local_effect', value: (s) => num(s.local) },
];

/** The marks the LQ bars draw, explained in the image as they are under the chart on the page. */
export function barImageNotes(bars: readonly ProfileBar[]): string[] {
  const notes: string[] = [];
  if (bars.some((b) => b.significant === 'above' || b.significant === 'below')) {
    notes.push(
      "▲ ▼ significantly above or below 1: the whole 95% interval (Fieller's, from the published intervals) lies on one side of 1. About one in twenty looks significant by chance.",
    );
  }
  if (bars.some((b) => b.flag === 'rounded' && !b.missing)) notes.push('† Small count, rounded by the source to the nearest 5: approximate.');
  if (bars.some((b) => b.flag === 'unreliable' && !b.missing)) {
    notes.push('‡ Unreliable: a survey estimate from a sample of 3–9 people; treat it with great caution.');
  }
  if (bars.some((b) => !(Number.isFinite(b.lq) && b.lq > 0))) {
    notes.push('⊘ No figure: the source suppressed or did not publish this cell. Missing is not zero.');
  }
  return notes;
}
