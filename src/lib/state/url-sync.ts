// The state mirrored in the browser's URL: written after each change (so back and forward work),
// read at start and on back/forward.
import {
  parseUrlState,
  serialiseUrlState,
  URL_NAMES,
  type AppState,
  type StateChoices,
  type UrlName,
} from './app-state';

/** Records the state in the browser history, after the frame is painted: history.pushState costs a few milliseconds. */
export function pushUrl(state: AppState): void {
  const url = serialiseUrlState(state) || location.pathname;
  requestAnimationFrame(() => setTimeout(() => history.pushState(null, '', url)));
}

/** The state the page's URL asks for (defaults where it asks for nothing, or for what the atlas lacks). */
export function stateFromUrl(choices?: StateChoices): AppState {
  return parseUrlState(typeof location === 'undefined' ? '' : location.search, choices);
}

/**
 * A word for a link to a dataset someone loaded from their own file, which cannot be opened here;
 * null when the link asks for none or for one this tab has.
 */
export function localLinkNotice(search: string, datasets: readonly string[]): string | null {
  const requested = new URLSearchParams(search).get('dataset');
  if (!requested || !requested.startsWith('local-') || datasets.includes(requested)) return null;
  return 'This link points to a dataset someone loaded from their own file. Files never leave the computer they were opened on, so it cannot be shown here; the default dataset is shown instead.';
}

const KNOWN_NAMES: ReadonlySet<string> = new Set(URL_NAMES);

/**
 * A word for a link whose names the atlas does not use (a typo such as `level=lad` for `geo=lad`),
 * so the reader knows that part was ignored rather than wondering why it had no effect; null when all are known.
 */
export function unknownNamesNotice(search: string): string | null {
  let names: string[];
  try {
    names = [...new Set(new URLSearchParams(search).keys())];
  } catch {
    return null;
  }
  const unknown = names.filter((n) => !KNOWN_NAMES.has(n)).map((n) => (n.length > 40 ? `${n.slice(0, 40)}…` : n));
  if (unknown.length === 0) return null;
  const shown = unknown.slice(0, 5).map((n) => `“${n}”`);
  const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
  const list = shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
  return `This link has ${unknown.length === 1 ? 'a part' : 'parts'} the atlas does not use, so ${unknown.length === 1 ? 'it was' : 'they were'} ignored: ${list}${more}. The rest of the link is shown.`;
}

/**
 * A word for a link whose values for known names the atlas cannot use (`metric=banana`, `geo=mars`),
 * which fell back to the default; null when every such value was taken. Only the names whose allowed
 * values are fixed are checked here: a sector or year depends on the dataset, which says so itself.
 */
export function ignoredValuesNotice(search: string, state: AppState): string | null {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return null;
  }
  const used: Partial<Record<UrlName, string | null>> = {
    view: state.view,
    geo: state.geography,
    metric: state.metric,
    classes: state.classes,
    sort: (state.descending ? '-' : '') + state.sort,
  };
  const dataset = params.get('dataset');
  // A dataset from someone's own file has its own notice (localLinkNotice).
  if (dataset && !dataset.startsWith('local-')) used.dataset = state.dataset;
  const ignored = (Object.keys(used) as UrlName[])
    .filter((name) => {
      const asked = params.get(name);
      return asked !== null && asked !== '' && asked !== used[name];
    })
    .map((name) => {
      // Control characters shown as a visible mark: the value is echoed as text, never as markup.
      // eslint-disable-next-line no-control-regex
      const asked = params.get(name)!.replace(/[\u0000-\u001f\u007f]/g, '\ufffd');
      return `“${name}=${asked.length > 40 ? `${asked.slice(0, 40)}…` : asked}”`;
    });
  if (ignored.length === 0) return null;
  const list =
    ignored.length === 1 ? ignored[0] : `${ignored.slice(0, -1).join(', ')} and ${ignored[ignored.length - 1]}`;
  return `This link asks for ${ignored.length === 1 ? 'a value' : 'values'} the atlas does not have, so the default is shown instead: ${list}.`;
}
