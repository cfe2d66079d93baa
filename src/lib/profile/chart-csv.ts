// The CSV of each profile chart on its own: its columns and rows, in the order the chart shows them,
// for the shared CSV builder (lib/export/csv-download.ts). Missing stays empty, never 0.
import { anyNoFigure } from './bar-figure';
import { FLAG_ABOUT, valueColumnAbout, valueColumnName, type CsvColumn } from '../export/csv-download';
import { percent } from '../export/area-csv-columns';
import type { DatasetMeta } from '../data/types';
import { sectorWords } from '../words';
import type { CompareBars } from './lq-bars';
import type { ProfileBar } from './lq-bars';
import type { BubbleInput, BubbleSector } from './bubble';
import type { SeriesPoint } from './series';
import type { ShiftShareSector } from '../metrics/shift-share';

/** The dataset's id names its sectors: REF's are subjects, UKRI's research councils (words.ts sectorWords). */
type Meta = Pick<DatasetMeta, 'measure' | 'unit'> & { id?: string };

const shareAbout = (meta: Meta) => {
  const w = sectorWords(meta.id);
  return `This ${w.one}'s share of the area's total across all ${w.many}, in per cent (12.5 means 12.5%).`;
};
const lqAbout = (bench: string, meta: Meta) =>
  `The area's share in this ${sectorWords(meta.id).one} divided by ${bench}'s share: 1 is the same mix as ${bench}, 1.25 a quarter more (specialised), 0.8 a fifth less.`;
/** The sector_code and sector_name columns, named for what the dataset's sectors are. */
function sectorColumns<T>(meta: Meta, code: (r: T) => string, name: (r: T) => string): CsvColumn<T>[] {
  const w = sectorWords(meta.id);
  return [
    { header: 'sector_code', value: code, about: w.code },
    { header: 'sector_name', value: name, about: w.name },
  ];
}
const finite = (v: number) => (Number.isFinite(v) ? v : null);

/** Significance in words; none without an interval, so a dataset without intervals has no such column. */
export const SIGNIFICANCE_WORDS: Record<ProfileBar['significant'], string | null> = {
  above: 'significantly above 1',
  below: 'significantly below 1',
  no: 'not significantly different from 1',
  unknown: null,
};

/** The LQ bars: every sector of one area, named by what the columns hold (see README, "The CSV downloads"). */
export function barsColumns(
  meta: Meta,
  area: { code: string; name: string },
  year: string,
  bench: string,
): CsvColumn<ProfileBar>[] {
  return [
    { header: 'area_code', value: () => area.code, about: 'ONS GSS code of the area, or the code in your file.' },
    { header: 'area_name', value: () => area.name, about: 'Name of the area.' },
    ...sectorColumns<ProfileBar>(
      meta,
      (b) => b.sector.code,
      (b) => b.sector.name,
    ),
    { header: 'year', value: () => year, about: 'Year or period as the source labels it.' },
    { header: valueColumnName(meta), value: (b) => b.value, about: valueColumnAbout(meta) },
    { header: 'flag', value: (b) => b.flag, about: FLAG_ABOUT, optional: true },
    { header: 'share_of_area_total_pct', value: (b) => percent(b.share), about: shareAbout(meta) },
    { header: 'location_quotient', value: (b) => b.lq, about: lqAbout(bench, meta) },
    {
      header: 'lq_lower_95',
      value: (b) => b.ci?.lower ?? null,
      about:
        "Lower end of the location quotient's 95% confidence interval (Fieller's, from the source's published intervals).",
      optional: true,
    },
    {
      header: 'lq_upper_95',
      value: (b) => b.ci?.upper ?? null,
      about: "Upper end of the location quotient's 95% confidence interval.",
      optional: true,
    },
    {
      header: 'lq_significance',
      value: (b) => SIGNIFICANCE_WORDS[b.significant],
      about:
        'Whether the whole 95% interval lies above 1 or below 1; "not significantly different from 1" when it spans 1; empty where no interval is published for the figure. About one in twenty looks significant by chance.',
      optional: true,
    },
  ];
}

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

export function compareColumns(meta: Meta, bench: string): CsvColumn<CompareCsvRow>[] {
  return [
    { header: 'area_code', value: (r) => r.areaCode, about: 'ONS GSS code of the area, or the code in your file.' },
    { header: 'area_name', value: (r) => r.areaName, about: 'Name of the area.' },
    ...sectorColumns<CompareCsvRow>(
      meta,
      (r) => r.sectorCode,
      (r) => r.sectorName,
    ),
    { header: valueColumnName(meta), value: (r) => r.value, about: valueColumnAbout(meta) },
    { header: 'flag', value: (r) => r.flag, about: FLAG_ABOUT, optional: true },
    { header: 'share_of_area_total_pct', value: (r) => percent(r.share), about: shareAbout(meta) },
    { header: 'location_quotient', value: (r) => finite(r.lq), about: lqAbout(bench, meta) },
  ];
}

/** Which corner of the bubble chart a sector sits in, in words (empty when a figure is missing). */
export function bubbleQuadrant(s: BubbleSector, refGrowth: number): string {
  if (!(s.lq > 0) || !Number.isFinite(s.lq) || !Number.isFinite(s.growth)) return '';
  const ref = Number.isFinite(refGrowth) ? refGrowth : 0;
  return `${s.lq >= 1 ? 'specialised' : 'not specialised'}, growing ${s.growth >= ref ? 'faster' : 'slower'}`;
}

export function bubbleColumns(input: BubbleInput, meta: Meta, bench: string, from: string): CsvColumn<BubbleSector>[] {
  return [
    ...sectorColumns<BubbleSector>(
      meta,
      (s) => s.code,
      (s) => s.name,
    ),
    { header: 'location_quotient', value: (s) => finite(s.lq), about: lqAbout(bench, meta) },
    {
      header: 'change_pct',
      value: (s) => finite(s.growth),
      about: `Change in the figure since ${from}, in per cent (10 means +10%).`,
    },
    { header: valueColumnName(meta), value: (s) => finite(s.value), about: valueColumnAbout(meta) },
    { header: 'flag', value: (s) => s.flag ?? null, about: FLAG_ABOUT, optional: true },
    {
      header: 'quadrant',
      value: (s) => bubbleQuadrant(s, input.refGrowth),
      about: `The corner of the chart: specialised or not (LQ 1), growing faster or slower than ${bench} over all sectors.`,
    },
  ];
}

/** The area's figures first, then the benchmark's (named in the file's filters). */
export function seriesColumns(meta: Meta, bench: string): CsvColumn<SeriesPoint>[] {
  const v = valueColumnName(meta);
  return [
    { header: 'year', value: (p) => p.year, about: 'Year or period as the source labels it.' },
    { header: v, value: (p) => finite(p.value), about: valueColumnAbout(meta) },
    { header: 'flag', value: (p) => p.flag, about: FLAG_ABOUT, optional: true },
    {
      header: 'share_of_area_total_pct',
      value: (p) => (Number.isFinite(p.share) ? percent(p.share) : null),
      about: shareAbout(meta),
    },
    { header: `benchmark_${v}`, value: (p) => finite(p.benchmarkValue), about: `The same figure for ${bench}.` },
    {
      header: 'benchmark_share_pct',
      value: (p) => (Number.isFinite(p.benchmarkShare) ? percent(p.benchmarkShare) : null),
      about: `This sector's share of ${bench}'s total, in per cent.`,
    },
    { header: 'location_quotient', value: (p) => finite(p.lq), about: lqAbout(bench, meta) },
  ];
}

/** The shift-share table's order: sectors in the totals first, largest local effect first. */
export function shiftShareOrder(sectors: readonly ShiftShareSector[]): ShiftShareSector[] {
  return [...sectors].sort((a, b) => {
    if (a.included !== b.included) return a.included ? -1 : 1;
    return (
      (Number.isFinite(b.local) ? b.local : -Infinity) - (Number.isFinite(a.local) ? a.local : -Infinity) ||
      a.index - b.index
    );
  });
}

/** Shift-share: each part in the dataset's unit, named so ("local_effect_enterprises_count"). */
export function shiftShareColumns(meta: Meta, bench: string): CsvColumn<ShiftShareSector>[] {
  const v = valueColumnName(meta);
  return [
    ...sectorColumns<ShiftShareSector>(
      meta,
      (s) => s.sector.code,
      (s) => s.sector.name,
    ),
    {
      header: 'in_totals',
      value: (s) => (s.included ? 'yes' : 'no: a figure is missing'),
      about: 'Whether the sector is in the totals (it needs a figure in both years).',
    },
    { header: `change_${v}`, value: (s) => finite(s.total), about: `Change in ${meta.unit} between the two years.` },
    {
      header: `national_growth_${v}`,
      value: (s) => finite(s.national),
      about: `The change had the sector grown at ${bench}'s rate over all sectors.`,
    },
    {
      header: `industry_mix_${v}`,
      value: (s) => finite(s.industryMix),
      about: `What the sector's own growth in ${bench} adds to that.`,
    },
    {
      header: `local_effect_${v}`,
      value: (s) => finite(s.local),
      about: 'The rest: how much better or worse the sector did here than in the benchmark.',
    },
  ];
}

/** The marks the LQ bars draw, explained in the image as they are under the chart on the page. */
export function barImageNotes(bars: readonly ProfileBar[]): string[] {
  const notes: string[] = [];
  if (bars.some((b) => b.significant === 'above' || b.significant === 'below')) {
    notes.push(
      "▲ ▼ significantly above or below 1: the whole 95% interval (Fieller's, from the published intervals) lies on one side of 1. About one in twenty looks significant by chance.",
    );
  }
  if (bars.some((b) => b.flag === 'rounded' && !b.missing))
    notes.push('† Small count, rounded by the source to the nearest 5: approximate.');
  if (bars.some((b) => b.flag === 'unreliable' && !b.missing)) {
    notes.push('‡ Unreliable: a survey estimate from a sample of 3–9 people; treat it with great caution.');
  }
  if (anyNoFigure(bars)) {
    notes.push('⊘ No figure: the source suppressed or did not publish this cell. Missing is not zero.');
  }
  return notes;
}
