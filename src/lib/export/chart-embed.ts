// One chart on its own: which charts can be embedded alone (`chart=<id>` with `embed` in the URL),
// what to say when a link names a chart the atlas does not have, and how big the embed's frame
// should start, worked out from the chart as it is drawn on the page (so a report's iframe starts
// at the chart's own height, not at the height of the whole profile).

export const CHART_IDS = [
  'profile-bars',
  'profile-bubble',
  'profile-series',
  'profile-compare',
  'profile-shift-share',
  'profile-productivity',
  'map',
  'ranking',
  'next-diagram',
  'next-opportunities',
  'next-space',
  'research-business',
  'places-both',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

export interface ChartInfo {
  id: ChartId;
  /** The view the chart belongs to. */
  view: 'map' | 'profile' | 'both';
  /** What a person calls it, for messages. */
  name: string;
}

const INFO: Record<ChartId, Omit<ChartInfo, 'id'>> = {
  'profile-bars': { view: 'profile', name: 'location quotient bars' },
  'profile-bubble': { view: 'profile', name: 'specialisation bubble chart' },
  'profile-series': { view: 'profile', name: 'time series' },
  'profile-compare': { view: 'profile', name: 'comparison' },
  'profile-shift-share': { view: 'profile', name: 'shift-share table' },
  'profile-productivity': { view: 'profile', name: 'specialisation and productivity chart' },
  map: { view: 'map', name: 'map' },
  ranking: { view: 'map', name: 'ranking' },
  'next-diagram': { view: 'profile', name: '“What could come next” diagram' },
  'next-opportunities': { view: 'profile', name: 'list of sectors to grow into' },
  'next-space': { view: 'profile', name: 'industry space' },
  'research-business': { view: 'profile', name: 'where research and business strengths meet' },
  'places-both': { view: 'both', name: 'table of places strong in both research and business' },
};

/** The chart a URL names, or null when it names none (or nothing). */
export function chartById(id: string | null | undefined): ChartInfo | null {
  if (!id || !Object.hasOwn(INFO, id)) return null;
  return { id: id as ChartId, ...INFO[id as ChartId] };
}

/** "What could come next"'s charts, worked out on business data only (lib/next/business-link.ts). */
const NEXT_CHARTS: ReadonlySet<string> = new Set<ChartId>(['next-diagram', 'next-opportunities', 'next-space']);

/** Whether a chart is one of "What could come next"'s. */
export function isNextChart(id: string | null | undefined): boolean {
  return !!id && NEXT_CHARTS.has(id);
}

/** Charts of shares or location quotients, which an indicator (no adding up across sectors) has none of. */
const NEEDS_ADDING_UP: ReadonlySet<string> = new Set<ChartId>([
  'profile-bubble',
  'profile-compare',
  'profile-shift-share',
  'profile-productivity',
  ...(NEXT_CHARTS as ReadonlySet<ChartId>),
]);

/** What decides whether the profile draws a chart. */
export interface ChartData {
  /** Whether the dataset is research (REF 2021, UKRI): "What could come next" is not worked out on it. */
  research: boolean;
  /** What its sectors are called ("subjects", "research councils"). */
  sectors: string;
  /** Whether its figures are an indicator (an index, a GPA), which do not add up across sectors. */
  indicator: boolean;
  /** The dataset's measure, e.g. "Labour productivity index (UK = 100)". */
  measure: string;
}

/**
 * Why the profile does not draw this chart on this data, in words for an embed of it alone (an old
 * link, or one made on another dataset), or null when it does: so the embed says so, rather than
 * showing an empty frame. The share blocks offer only charts that are drawn, so only a link from
 * elsewhere comes here. Text shown as text.
 */
export function chartNotDrawnWords(chart: ChartInfo, data: ChartData): string | null {
  const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  if (isNextChart(chart.id) && data.research) {
    return `The ${chart.name} works on business data: it is worked out from which industries districts specialise in together, counted in enterprises. ${cap(data.sectors)} are not industries a place grows into, so it is not drawn for them.`;
  }
  if (NEEDS_ADDING_UP.has(chart.id) && data.indicator) {
    return `The ${chart.name} reads shares and location quotients, which need figures that add up across sectors. ${cap(data.measure)} is an indicator, so the chart is not drawn for it.`;
  }
  return null;
}

/** Words for a link whose `chart=` names no chart; the text is shown as text, never as markup. */
export function unknownChartMessage(id: string): string {
  const shown = id.length > 40 ? `${id.slice(0, 39)}…` : id;
  return `This link asks for a chart called “${shown}”, which the atlas does not have, so the whole view is shown instead.`;
}

/** Space the embedded page adds around the chart: side padding, and the credit line under it. */
export const EMBED_CHROME = {
  /** Left plus right padding of the embedded page (0.5 rem each side). */
  sidePadding: 16,
  /** Margins above and below the credit line, and below the chart. */
  creditMargins: 16,
  /** Height of one line of the credit (12 px text). */
  creditLineHeight: 18,
  /** Average width of one character of the credit, in px. */
  creditCharWidth: 6,
} as const;

export interface EmbedSize {
  width: number;
  height: number;
}

/**
 * The iframe's starting size for one chart: the chart's width plus the page's side padding, and
 * its height plus the credit line (wrapped to as many lines as its text needs at that width).
 * `chart` is the chart's box as drawn (title, key and source included); `creditChars` the length
 * of the credit line. Whole pixels, rounded up; never smaller than 120 × 120.
 */
export function chartEmbedSize(chart: EmbedSize, creditChars: number, chrome = EMBED_CHROME): EmbedSize {
  const width = Math.max(120, Math.ceil(chart.width + chrome.sidePadding));
  const perLine = Math.max(1, Math.floor((width - chrome.sidePadding) / chrome.creditCharWidth));
  const lines = Math.max(1, Math.ceil(Math.max(0, creditChars) / perLine));
  const height = Math.max(120, Math.ceil(chart.height + chrome.creditMargins + lines * chrome.creditLineHeight));
  return { width, height };
}
