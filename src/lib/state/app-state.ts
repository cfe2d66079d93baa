// The one state object, mirrored in the URL. Parsing is forgiving: an unknown or malformed
// parameter falls back to its default and the rest of the URL still applies.
import { CLASS_METHODS, METRICS, type ClassMethod, type MetricId } from '../map/classify';
import { GEOGRAPHIES, type Geography } from '../map/geography';

export type SortColumn = 'name' | 'value' | 'share' | 'lq' | 'growth' | 'lqChange';
export const SORT_COLUMNS: readonly SortColumn[] = ['name', 'value', 'share', 'lq', 'growth', 'lqChange'];

export interface AppState {
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
  /** Selected area code. */
  area: string | null;
  sort: SortColumn;
  descending: boolean;
}

export const DEFAULT_STATE: AppState = {
  dataset: 'ubc-enterprises',
  geography: 'lep',
  metric: 'lq',
  sector: null,
  year: null,
  from: null,
  classes: null,
  breaks: null,
  area: null,
  sort: 'lq',
  descending: true,
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
  const get = (k: string) => clean(params.get(k));
  const state: AppState = { ...DEFAULT_STATE };
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
  const area = get('area');
  if (area && (!choices?.areas || choices.areas.includes(area))) state.area = area;
  const sort = get('sort');
  if (sort) {
    const desc = sort.startsWith('-');
    const col = oneOf(desc ? sort.slice(1) : sort, SORT_COLUMNS);
    if (col) {
      state.sort = col;
      state.descending = desc;
    }
  }
  return state;
}

/** Query string for a state; parameters equal to their defaults are left out to keep links short. */
export function serialiseUrlState(state: AppState): string {
  const params = new URLSearchParams();
  const d = DEFAULT_STATE;
  if (state.dataset !== d.dataset) params.set('dataset', state.dataset);
  if (state.geography !== d.geography) params.set('geo', state.geography);
  if (state.metric !== d.metric) params.set('metric', state.metric);
  if (state.sector !== null) params.set('sector', state.sector);
  if (state.year !== null) params.set('year', state.year);
  if (state.from !== null) params.set('from', state.from);
  if (state.classes !== null) params.set('classes', state.classes);
  if (state.breaks !== null) params.set('breaks', state.breaks);
  if (state.area !== null) params.set('area', state.area);
  if (state.sort !== d.sort || state.descending !== d.descending) {
    params.set('sort', (state.descending ? '-' : '') + state.sort);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
