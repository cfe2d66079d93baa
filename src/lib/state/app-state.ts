// The one state object, mirrored in the URL. Parsing is forgiving: an unknown or malformed
// parameter falls back to its default and the rest of the URL still applies.

export type SortColumn = 'name' | 'value' | 'share' | 'lq';
export const SORT_COLUMNS: readonly SortColumn[] = ['name', 'value', 'share', 'lq'];

export interface AppState {
  /** Dataset id from datasets.json. */
  dataset: string;
  /** Sector code; null = the dataset's default sector. */
  sector: string | null;
  /** Period label; null = the latest year. */
  year: string | null;
  sort: SortColumn;
  descending: boolean;
}

export const DEFAULT_STATE: AppState = {
  dataset: 'ubc-enterprises',
  sector: null,
  year: null,
  sort: 'lq',
  descending: true,
};

/** What the URL may name, so a parameter that names nothing real falls back instead of blanking the page. */
export interface StateChoices {
  datasets: readonly string[];
  sectors?: readonly string[];
  years?: readonly string[];
}

const clean = (v: string | null): string | null => {
  if (v === null) return null;
  const t = v.trim();
  // Cap length: a URL is user input, and a 10 kB "sector" is never legitimate.
  return t === '' || t.length > 200 ? null : t;
};

export function parseUrlState(search: string, choices?: StateChoices): AppState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_STATE };
  }
  const state: AppState = { ...DEFAULT_STATE };
  const dataset = clean(params.get('dataset'));
  if (dataset && (!choices || choices.datasets.includes(dataset))) state.dataset = dataset;
  const sector = clean(params.get('sector'));
  if (sector && (!choices?.sectors || choices.sectors.includes(sector))) state.sector = sector;
  const year = clean(params.get('year'));
  if (year && (!choices?.years || choices.years.includes(year))) state.year = year;
  const sort = clean(params.get('sort'));
  if (sort) {
    const desc = sort.startsWith('-');
    const col = (desc ? sort.slice(1) : sort) as SortColumn;
    if (SORT_COLUMNS.includes(col)) {
      state.sort = col;
      state.descending = desc;
    }
  }
  return state;
}

/** Query string for a state; parameters equal to their defaults are left out to keep links short. */
export function serialiseUrlState(state: AppState): string {
  const params = new URLSearchParams();
  if (state.dataset !== DEFAULT_STATE.dataset) params.set('dataset', state.dataset);
  if (state.sector !== null) params.set('sector', state.sector);
  if (state.year !== null) params.set('year', state.year);
  if (state.sort !== DEFAULT_STATE.sort || state.descending !== DEFAULT_STATE.descending) {
    params.set('sort', (state.descending ? '-' : '') + state.sort);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
