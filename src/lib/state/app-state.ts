// The one state object, mirrored in the URL. Parsing is forgiving: an unknown or malformed
// parameter falls back to its default and the rest of the URL still applies.
import { CLASS_METHODS, METRICS, type ClassMethod, type MetricId } from '../map/classify';
import { GEOGRAPHIES, type Geography } from '../map/geography';

import type { SortColumn } from '../views/area-table';
import { PLACES_SORTS, type PlacesSort } from '../research/places-sort';

export type { SortColumn } from '../views/area-table';
export const SORT_COLUMNS: readonly SortColumn[] = [
  'name',
  'value',
  'share',
  'englandShare',
  'lq',
  'growth',
  'lqChange',
  'density',
  'eci',
];

/** The evidence pack ('pack') is one area's profile written up as a document to print or download;
 *  'both' lists, for one REF subject (the sector), the places strong in both research and business. */
export type View = 'map' | 'profile' | 'pack' | 'both';
export const VIEWS: readonly View[] = ['map', 'profile', 'pack', 'both'];

export interface AppState {
  /** Which view: the map explorer or one area's profile. */
  view: View;
  /** Dataset id from datasets.json. */
  dataset: string;
  /** Which areas: Local Enterprise Partnerships or local authority districts. */
  geography: Geography;
  /** What the map colours. */
  metric: MetricId;
  /** Sector code; null = the dataset's default sector. */
  sector: string | null;
  /** Period label; null = the latest year. */
  year: string | null;
  /** Start year for growth and LQ change; null = the earliest year. */
  from: string | null;
  /** Classification; null = the metric's default (LQ bands for LQ, quantiles otherwise). */
  classes: ClassMethod | null;
  /** Breaks for the manual classification, as typed (validated where it is used). */
  breaks: string | null;
  /** On the district map: show only the districts of this LEP (its code); null = all of England. */
  lep: string | null;
  /** Selected area code. */
  area: string | null;
  /** Up to two more areas to compare with the selected one in its profile. */
  compare: string[];
  /** In a nested dataset's profile: the sectors whose children are listed under them (?open=C (10-33),G (45-47)). */
  open: string[];
  /** Benchmark area code; null = the dataset's default (England). */
  benchmark: string | null;
  /** Embedded view (?embed): the chart alone, no app chrome. */
  embed: boolean;
  /** In an embed, hide controls and interaction (?embed=static). */
  embedStatic: boolean;
  /** In an embed, show this one chart of the view (lib/export/chart-embed.ts); null = the whole view.
   *  Kept as written, so a link naming a chart the atlas lacks can say so. */
  chart: string | null;
  sort: SortColumn;
  descending: boolean;
  /** The 'both' view's table sort; in the URL as `sort` when that view is shown. */
  placesSort: PlacesSort;
  placesDescending: boolean;
  /** On a REF map: draw the institutions' circles (?inst=hide turns them off). */
  institutions: boolean;
}

export const DEFAULT_STATE: AppState = {
  view: 'map',
  dataset: 'ubc-enterprises',
  geography: 'lep',
  metric: 'lq',
  sector: null,
  year: null,
  from: null,
  classes: null,
  breaks: null,
  lep: null,
  area: null,
  compare: [],
  open: [],
  benchmark: null,
  embed: false,
  embedStatic: false,
  chart: null,
  sort: 'lq',
  descending: true,
  placesSort: 'researchLq',
  placesDescending: true,
  institutions: true,
};

/** What the URL may name, so a parameter that names nothing real falls back instead of blanking the page. */
export interface StateChoices {
  datasets: readonly string[];
  sectors?: readonly string[];
  years?: readonly string[];
  areas?: readonly string[];
}

const clean = (v: string | null): string | null => {
  if (v === null) return null;
  const t = v.trim();
  // Cap length: a URL is user input, and a 10 kB "sector" is never legitimate.
  return t === '' || t.length > 200 ? null : t;
};

/** Every name the atlas's links use: the one list that reading, writing and the unknown-names notice share. */
export const URL_NAMES = [
  'view',
  'dataset',
  'geo',
  'metric',
  'sector',
  'year',
  'from',
  'classes',
  'breaks',
  'lep',
  'area',
  'compare',
  'open',
  'benchmark',
  'chart',
  'embed',
  'sort',
  'inst',
] as const;
export type UrlName = (typeof URL_NAMES)[number];

function oneOf<T extends string>(v: string | null, allowed: readonly T[]): T | null {
  return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : null;
}

export function parseUrlState(search: string, choices?: StateChoices): AppState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_STATE };
  }
  const get = (k: UrlName) => clean(params.get(k));
  const state: AppState = { ...DEFAULT_STATE, compare: [], open: [] };
  state.view = oneOf(get('view'), VIEWS) ?? DEFAULT_STATE.view;
  const dataset = get('dataset');
  if (dataset && (!choices || choices.datasets.includes(dataset))) state.dataset = dataset;
  state.geography = oneOf(get('geo'), GEOGRAPHIES) ?? DEFAULT_STATE.geography;
  state.metric = oneOf(get('metric'), METRICS) ?? DEFAULT_STATE.metric;
  const sector = get('sector');
  if (sector && (!choices?.sectors || choices.sectors.includes(sector))) state.sector = sector;
  const year = get('year');
  if (year && (!choices?.years || choices.years.includes(year))) state.year = year;
  const from = get('from');
  if (from && (!choices?.years || choices.years.includes(from))) state.from = from;
  state.classes = oneOf(get('classes'), CLASS_METHODS);
  const breaks = get('breaks');
  if (breaks && /^[-+0-9.eE ,;]+$/.test(breaks)) state.breaks = breaks;
  const known = (code: string) =>
    /^[A-Za-z0-9_.-]{1,40}$/.test(code) && (!choices?.areas || choices.areas.includes(code));
  const area = get('area');
  if (area && known(area)) state.area = area;
  const lep = get('lep');
  if (lep && known(lep)) state.lep = lep;
  const compare = get('compare');
  if (compare) {
    // Up to two distinct codes, none the selected area itself; unknown ones are dropped.
    state.compare = [...new Set(compare.split(','))].filter((c) => known(c) && c !== state.area).slice(0, 2);
  }
  const open = get('open');
  if (open) {
    // Sector codes, as for `sector`: distinct, known to the dataset when the choices are given.
    state.open = [...new Set(open.split(','))]
      .map((c) => c.trim())
      .filter((c) => c !== '' && c.length <= 40 && (!choices?.sectors || choices.sectors.includes(c)))
      .slice(0, 20);
  }
  const benchmark = get('benchmark');
  if (benchmark && known(benchmark)) state.benchmark = benchmark;
  // Any text up to 60 characters: it is only ever compared with the chart ids and shown as text.
  const chart = get('chart');
  if (chart && chart.length <= 60) state.chart = chart;
  if (params.has('embed')) {
    state.embed = true;
    state.embedStatic = get('embed') === 'static';
  }
  if (get('inst') === 'hide') state.institutions = false;
  const sort = get('sort');
  if (sort) {
    // `sort` is the shown view's table's: the map's area table, or the 'both' view's places.
    const desc = sort.startsWith('-');
    const name = desc ? sort.slice(1) : sort;
    const col = state.view === 'both' ? null : oneOf(name, SORT_COLUMNS);
    const places = state.view === 'both' ? oneOf(name, PLACES_SORTS) : null;
    if (col) {
      state.sort = col;
      state.descending = desc;
    }
    if (places) {
      state.placesSort = places;
      state.placesDescending = desc;
    }
  }
  return state;
}

/** Query string for a state; parameters equal to their defaults are left out to keep links short. */
export function serialiseUrlState(state: AppState): string {
  const url = new URLSearchParams();
  // Typed, so a name outside URL_NAMES cannot be written without being listed (and so known to the notice).
  const params = { set: (name: UrlName, value: string) => url.set(name, value) };
  const d = DEFAULT_STATE;
  if (state.view !== d.view) params.set('view', state.view);
  if (state.dataset !== d.dataset) params.set('dataset', state.dataset);
  if (state.geography !== d.geography) params.set('geo', state.geography);
  if (state.metric !== d.metric) params.set('metric', state.metric);
  if (state.sector !== null) params.set('sector', state.sector);
  if (state.year !== null) params.set('year', state.year);
  if (state.from !== null) params.set('from', state.from);
  if (state.classes !== null) params.set('classes', state.classes);
  if (state.breaks !== null) params.set('breaks', state.breaks);
  if (state.lep !== null) params.set('lep', state.lep);
  if (state.area !== null) params.set('area', state.area);
  if (state.compare.length > 0) params.set('compare', state.compare.join(','));
  if (state.open.length > 0) params.set('open', state.open.join(','));
  if (state.benchmark !== null) params.set('benchmark', state.benchmark);
  if (state.chart !== null) params.set('chart', state.chart);
  if (state.embed) params.set('embed', state.embedStatic ? 'static' : '');
  if (!state.institutions) params.set('inst', 'hide');
  if (state.view === 'both') {
    if (state.placesSort !== d.placesSort || state.placesDescending !== d.placesDescending) {
      params.set('sort', sortParam(state));
    }
  } else if (state.sort !== d.sort || state.descending !== d.descending) {
    params.set('sort', sortParam(state));
  }
  const s = url.toString();
  return s ? `?${s}` : '';
}

/** The `sort` parameter of the shown view's table ('-' first for largest or Z first). */
export function sortParam(state: AppState): string {
  return state.view === 'both'
    ? (state.placesDescending ? '-' : '') + state.placesSort
    : (state.descending ? '-' : '') + state.sort;
}
