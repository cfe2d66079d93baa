// Each profile chart's "Share & download" spec (its titles, notes, CSV columns and the SVG it
// exports), built from the figures the profile already has. See lib/export/share-spec.ts.
import type { Area } from '../data/types';
import { areaChartSpec, type AreaShareContext, type ShareSpec } from '../export/share-spec';
import { formatGrowth } from '../format';
import type { ShiftShareResult } from '../metrics';
import type { BubbleInput } from './bubble';
import {
  barImageNotes,
  barsColumns,
  bubbleColumns,
  compareColumns,
  compareCsvRows,
  seriesColumns,
  shiftShareColumns,
  shiftShareOrder,
} from './chart-csv';
import { compareTitle } from './compare-title';
import { indicatorColumns, indicatorSeriesColumns, type IndicatorBar } from './indicator-bars';
import type { CompareBars, ProfileBar } from './lq-bars';
import type { SectorSeries } from './series';
import { FLAG_ABOUT } from '../export/csv-download';
import type { IndustryPoint, SpecialisationProductivity } from '../metrics/specialisation-productivity';
import { sectorWords } from '../words';

/** The words every spec uses: the measure, its unit, the two years and the benchmark. */
export interface ShareLabels {
  measure: string;
  unit: string;
  year: string;
  from: string;
  benchmark: string;
}

type Legend = NonNullable<ShareSpec['legend']>;

const svgOf = (id: string) => () => document.querySelector<SVGSVGElement>(`svg[data-export="${id}"]`);

export function barsShareSpec(
  ctx: AreaShareContext,
  area: Area,
  l: ShareLabels,
  bars: ProfileBar[],
  legend: Legend,
): ShareSpec {
  return areaChartSpec(ctx, {
    id: 'profile-bars',
    title: `Location quotient of every ${sectorWords(ctx.meta.id).one} in ${area.name}, ${l.year}`,
    subtitle: `${l.measure}, ${l.year}; location quotient against ${l.benchmark} (1 = the same share)`,
    part: 'location quotients',
    svg: svgOf('profile-bars'),
    legend,
    notes: barImageNotes(bars),
    columns: barsColumns(ctx.meta, area, l.year, l.benchmark),
    rows: bars,
  });
}

export function valuesShareSpec(ctx: AreaShareContext, area: Area, l: ShareLabels, values: IndicatorBar[]): ShareSpec {
  return areaChartSpec(ctx, {
    id: 'profile-bars',
    title: `${l.measure} by ${sectorWords(ctx.meta.id).one} in ${area.name}, ${l.year}`,
    subtitle: `${l.measure}, ${l.year}: an indicator, so no shares or location quotients`,
    part: 'values',
    svg: svgOf('profile-bars'),
    notes: values.some((b) => b.missing)
      ? ['⊘ No figure: the source suppressed or did not publish this cell. Missing is not zero.']
      : [],
    columns: indicatorColumns(ctx.meta, area, l.year),
    rows: values,
  });
}

export function bubbleShareSpec(
  ctx: AreaShareContext,
  area: Area,
  l: ShareLabels,
  bubble: BubbleInput,
  legend: Legend,
): ShareSpec {
  return areaChartSpec(ctx, {
    id: 'profile-bubble',
    title: `Specialisation and growth in ${area.name}, ${l.from}–${l.year}`,
    subtitle: `Location quotient in ${l.year} against ${l.benchmark} (across, log scale), growth since ${l.from} (up), bubble area = ${l.unit}`,
    part: 'bubble chart',
    svg: svgOf('profile-bubble'),
    legend,
    notes: Number.isFinite(bubble.refGrowth)
      ? [
          `Horizontal line: ${l.benchmark}'s growth over all sectors, ${formatGrowth(bubble.refGrowth)}. Vertical line: location quotient 1.`,
        ]
      : ['Horizontal line: no change. Vertical line: location quotient 1.'],
    filters: [['From', l.from]],
    columns: bubbleColumns(bubble, ctx.meta, l.benchmark, l.from),
    rows: bubble.sectors,
  });
}

/** The time series: an indicator's values, or growth indexed to the first year beside the LQ. */
export function seriesShareSpec(
  ctx: AreaShareContext,
  l: ShareLabels,
  series: SectorSeries,
  years: readonly string[],
  indicator: boolean,
  svg: () => SVGSVGElement | null,
): ShareSpec {
  const common = {
    id: 'profile-series' as const,
    title: `${series.sector} in ${series.area}, ${years[0]}–${years[years.length - 1]}`,
    part: `${series.sector} by year`,
    svg,
    rows: series.points,
  };
  return indicator
    ? areaChartSpec(ctx, {
        ...common,
        subtitle: `${l.measure} in ${series.sector}, each year`,
        notes: [],
        filters: [[sectorWords(ctx.meta.id).heading, series.sector]],
        columns: indicatorSeriesColumns(ctx.meta),
      })
    : areaChartSpec(ctx, {
        ...common,
        subtitle: `${l.measure} in ${series.sector}: growth indexed to the first year, and the location quotient against ${series.benchmark}`,
        notes: [`Solid line ${series.area}, dashed ${series.benchmark}.`],
        filters: [
          [sectorWords(ctx.meta.id).heading, series.sector],
          ['Benchmark columns', series.benchmark],
        ],
        columns: seriesColumns(ctx.meta, series.benchmark),
      });
}

export function compareShareSpec(ctx: AreaShareContext, l: ShareLabels, comparison: CompareBars): ShareSpec {
  return areaChartSpec(ctx, {
    id: 'profile-compare',
    title: compareTitle(
      comparison.areas.map((x) => x.name),
      l.benchmark,
      l.year,
    ),
    subtitle: `${l.measure}: location quotient of each sector against ${l.benchmark}, log scale`,
    part: 'comparison',
    svg: svgOf('profile-compare'),
    filters: [
      [
        'Compared with',
        comparison.areas
          .slice(1)
          .map((x) => `${x.name} (${x.code})`)
          .join('; '),
      ],
    ],
    columns: compareColumns(ctx.meta, l.benchmark),
    rows: compareCsvRows(comparison),
  });
}

export function shiftShareSpec(ctx: AreaShareContext, area: Area, l: ShareLabels, shift: ShiftShareResult): ShareSpec {
  return areaChartSpec(ctx, {
    id: 'profile-shift-share',
    title: `Where the change in ${l.unit} came from, ${l.from}–${l.year}`,
    subtitle: `Shift-share of the change in ${l.unit} in ${area.name} against ${l.benchmark}`,
    part: 'shift-share',
    filters: [['From', l.from]],
    columns: shiftShareColumns(ctx.meta, l.benchmark),
    rows: shiftShareOrder(shift.sectors),
  });
}

/** Specialisation against productivity: each industry's LQ beside its group's GVA per worker in England. */
export function productivityShareSpec(
  ctx: AreaShareContext,
  area: Area,
  l: ShareLabels,
  r: SpecialisationProductivity,
  legend: Legend,
): ShareSpec {
  const approx = new Map(r.groups.map((g) => [g.name, g.approximate]));
  return areaChartSpec<IndustryPoint>(ctx, {
    id: 'profile-productivity',
    title: `Specialisation and productivity in ${area.name}, ${r.year}`,
    subtitle: `Location quotient on GVA against ${l.benchmark} (across, log scale), by broad industry group ordered by GVA per person in employment in England, ${r.nationalYear}`,
    part: 'specialisation and productivity',
    svg: svgOf('profile-productivity'),
    legend,
    notes: [
      `GVA per worker: England's GVA in the group divided by its people in employment (Annual Population Survey, ${r.nationalYear}); every industry in a group shares its figure. England, all industries: £${Math.round(r.england.perWorker).toLocaleString('en-GB')}.`,
    ],
    filters: [['GVA per worker year', r.nationalYear]],
    columns: [
      { header: 'area_code', value: () => area.code, about: 'ONS GSS code of the area.' },
      { header: 'area_name', value: () => area.name, about: 'Name of the area.' },
      { header: 'sector_code', value: (p) => p.code, about: 'Industry code as ONS publishes it (the tree’s leaves).' },
      { header: 'sector_name', value: (p) => p.name, about: 'Industry name.' },
      { header: 'year', value: () => r.year, about: 'Year of the GVA and the location quotient.' },
      {
        header: 'gva_gbp_m',
        value: (p) => (Number.isFinite(p.value) ? p.value : null),
        about: 'GVA of the area in the industry, £ million, current prices; empty when not published.',
      },
      { header: 'flag', value: (p) => p.flag, about: FLAG_ABOUT, optional: true },
      {
        header: 'location_quotient',
        value: (p) => (Number.isFinite(p.lq) ? p.lq : null),
        about: `The area's share of its GVA in this industry divided by ${l.benchmark}'s share (all industries less owner-occupiers' imputed rent).`,
      },
      { header: 'industry_group', value: (p) => p.group, about: 'The broad group both sources publish.' },
      {
        header: 'england_gva_per_worker_gbp',
        value: (p) => Math.round(p.perWorker),
        about: `England's GVA in the group (£, current prices) divided by its people aged 16+ in employment in the group (Annual Population Survey, ${r.nationalYear}).`,
      },
      {
        header: 'england_gva_per_worker_approximate',
        value: (p) => (approx.get(p.group) ? 'yes' : null),
        about:
          "'yes' where England's GVA in the group is a sum of districts with some small figures suppressed (slightly low).",
        optional: true,
      },
    ],
    rows: r.points,
  });
}

// The charts a one-year dataset leaves out, decided beside the charts it shares.
export { needsYears, oneYearNote } from './one-year';
