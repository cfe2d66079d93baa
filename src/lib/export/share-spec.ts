// What a view or a chart hands its "Share & download" block (ShareMenu.svelte): its image, its
// words, its rows, and, for one chart, how to embed it alone. areaChartSpec builds it for every
// chart of one area's profile (the profile's own charts and "What could come next"), so each
// chart states only what is its own: title, columns, rows, image.
import type { DatasetMeta } from '../data/types';
import type { Legend } from './svg-export';
import { viewCsv, type CsvColumn, type CsvHeaderInfo, type DataTable } from './csv-download';
import type { ChartId } from './chart-embed';
import { elementBox as boxOf } from './element-box';

/**
 * A spec, or a function that makes it when the panel opens (null: not ready yet, said as while loading):
 * a view whose spec reads every row (the map's) then does not rebuild it on every repaint.
 */
export type ShareSpecSource = ShareSpec | (() => ShareSpec | null);

export interface ShareSpec {
  /** What the chart shows, as its title. */
  title: string;
  /** The embed's title (its iframe's name), when the embed shows more than the chart: the whole profile, say. */
  embedTitle?: string;
  subtitle: string;
  /** Parts of the file names, e.g. ['Enterprises', 'Manufacturing', '2022', 'LEPs']. */
  fileParts: string[];
  /** The chart's live <svg>, for SVG and PNG export. */
  chart: () => SVGSVGElement | null;
  /** false when the chart is a table or a list: no image buttons. Default true. */
  image?: boolean;
  legend: Legend | null;
  /** What the chart's marks mean, written into the image under the legend. */
  notes?: string[];
  /** The filters behind the view, for the downloads' notes. */
  filters: [string, string][];
  benchmark: string;
  /** The data in this view, as a table with its notes (built by viewCsv in the caller); ShareMenu builds the whole dataset's. */
  viewCsv: (header: CsvHeaderInfo) => DataTable;
  meta: DatasetMeta;
  /** More tables behind the view, each its own CSV button (e.g. the institutions behind a research map). */
  extraCsv?: ExtraCsv[];
  /** One chart embedded alone (`chart=<id>`): its id, and its box as drawn now, for the frame's size. */
  embedChart?: { id: ChartId; box: () => { width: number; height: number } | null };
}

/** A further table behind a view: its button's words, its file name's last part, its rows with the view's notes. */
export interface ExtraCsv {
  /** The button's words, e.g. "Institutions in this view (CSV)". */
  label: string;
  /** Last part of the file name, e.g. "institutions". */
  part: string;
  table: (header: CsvHeaderInfo) => DataTable;
}

/** What every chart of one area's profile shares. */
export interface AreaShareContext {
  meta: DatasetMeta;
  area: string;
  areaCode: string;
  year: string;
  benchmark: string;
  /** Filters every chart adds after the area and year (e.g. that the sectors are the tree's leaves). */
  filters?: [string, string][];
}

export interface AreaChart<R> {
  id: ChartId;
  title: string;
  subtitle: string;
  /** Last part of the file names, e.g. 'bubble chart'. */
  part: string;
  /** The chart's <svg>; omitted for a table or a list (no image then). */
  svg?: () => SVGSVGElement | null;
  legend?: Legend | null;
  notes?: string[];
  /** Filters of this chart alone (e.g. the sector of a time series, the areas compared). */
  filters?: [string, string][];
  columns: readonly CsvColumn<R>[];
  rows: readonly R[];
  /** The element whose box is the chart as embedded; default the element marked data-chart="<id>". */
  box?: () => Element | null;
}

/** The element marked `data-chart="<id>"` on the page (ChartFrame marks each chart so). */
export function chartElement(id: string): Element | null {
  return typeof document === 'undefined' ? null : document.querySelector(`[data-chart="${CSS.escape(id)}"]`);
}

/** The share context of one area's profile; null until the dataset's description has loaded. */
export function areaShareContext(
  meta: DatasetMeta | null | undefined,
  area: { name: string; code: string },
  year: string,
  benchmark: string,
): AreaShareContext | null {
  return meta ? { meta, area: area.name, areaCode: area.code, year, benchmark } : null;
}

export function areaChartSpec<R>(ctx: AreaShareContext, chart: AreaChart<R>): ShareSpec {
  return {
    title: chart.title,
    subtitle: chart.subtitle,
    fileParts: [ctx.meta.measure, ctx.area, ctx.year, chart.part],
    chart: chart.svg ?? (() => null),
    image: chart.svg !== undefined,
    legend: chart.legend ?? null,
    notes: chart.notes,
    filters: [
      ['Area', `${ctx.area} (${ctx.areaCode})`],
      ...(ctx.filters ?? []),
      ['Year', ctx.year],
      ...(chart.filters ?? []),
    ],
    benchmark: ctx.benchmark,
    viewCsv: (header) => viewCsv({ header, columns: chart.columns, rows: chart.rows }),
    meta: ctx.meta,
    embedChart: { id: chart.id, box: () => (chart.box ? boxOf(chart.box()) : embeddedBox(chartElement(chart.id))) },
  };
}

/**
 * A chart's box as it will be embedded: its head holds only the title there (no share button), so
 * the head's extra height on the page (the button's row, where it wraps under the title) is left out.
 */
function embeddedBox(el: Element | null): { width: number; height: number } | null {
  const box = boxOf(el);
  const head = el?.querySelector(':scope > .head');
  const title = head?.firstElementChild;
  if (!box || !head || !title || !head.querySelector(':scope > .tools')) return box;
  const extra = head.getBoundingClientRect().height - title.getBoundingClientRect().height;
  return { width: box.width, height: box.height - Math.max(0, extra) };
}

/** The box of several elements stacked (a view's title above its chart, say): widest width, summed heights. */
export function stackedBox(...els: (Element | null)[]): { width: number; height: number } | null {
  const boxes = els.map(boxOf).filter((b): b is { width: number; height: number } => b !== null);
  if (boxes.length === 0) return null;
  return { width: Math.max(...boxes.map((b) => b.width)), height: boxes.reduce((s, b) => s + b.height, 0) };
}

export { elementBox } from './element-box';
