// The state mirrored in the browser's URL: written after each change (so back and forward work),
// read at start and on back/forward.
import {
  parseUrlState,
  serialiseUrlState,
  URL_NAMES,
  sortParam,
  type AppState,
  type StateChoices,
  type UrlName,
} from './app-state';

/** Records the state in the browser history, after the frame is painted: history.pushState costs a few milliseconds. */
export function pushUrl(state: AppState): void {
  const url = serialiseUrlState(state) || location.pathname;
  requestAnimationFrame(() => setTimeout(() => history.pushState(null, '', url)));
}

/**
 * Rewrites the current history entry to the state shown, when a link asked for something the atlas set
 * aside (with a notice): a copied address then opens what is on screen, and Back does not return to it.
 */
export function replaceUrl(state: AppState): void {
  history.replaceState(history.state, '', serialiseUrlState(state) || location.pathname);
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

/** A value from a link, to quote back: control characters as a visible mark, long ones cut (shown as text, never markup). */
function echo(value: string): string {
  // eslint-disable-next-line no-control-regex
  const shown = value.replace(/[\u0000-\u001f\u007f]/g, '\ufffd');
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
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
 * values are fixed are checked here: a sector or year depends on the dataset (lackingValues, once it opens).
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
    sort: sortParam(state),
  };
  const dataset = params.get('dataset');
  // A dataset from someone's own file has its own notice (localLinkNotice).
  if (dataset && !dataset.startsWith('local-')) used.dataset = state.dataset;
  const ignored = (Object.keys(used) as UrlName[])
    .filter((name) => {
      const asked = params.get(name);
      return asked !== null && asked !== '' && asked !== used[name];
    })
    .map((name) => `“${name}=${echo(params.get(name)!)}”`);
  if (ignored.length === 0) return null;
  const list =
    ignored.length === 1 ? ignored[0] : `${ignored.slice(0, -1).join(', ')} and ${ignored[ignored.length - 1]}`;
  return `This link asks for ${ignored.length === 1 ? 'a value' : 'values'} the atlas does not have, so the default is shown instead: ${list}.`;
}

/** The parts of the state whose allowed values depend on the dataset. */
export type DatasetValue = 'sector' | 'year' | 'from';

/** Which of the state's sector, year and growth start year the dataset does not have (none asked: none lacking). */
export function lackingValues(
  state: Pick<AppState, DatasetValue>,
  data: { hasSector: (code: string) => boolean; years: readonly string[] },
): DatasetValue[] {
  const lacking: DatasetValue[] = [];
  if (state.sector !== null && !data.hasSector(state.sector)) lacking.push('sector');
  if (state.year !== null && !data.years.includes(state.year)) lacking.push('year');
  if (state.from !== null && !data.years.includes(state.from)) lacking.push('from');
  return lacking;
}

/**
 * A word for values a dataset lacks (a link's `sector=banana`, `year=1850`, or a sector kept from
 * another dataset), each with what is shown in its place; null when there are none.
 */
export function lackingValuesNotice(
  title: string,
  lacking: readonly { name: DatasetValue; asked: string; shown: string }[],
  /** What the dataset calls its sectors: REF 2021's are subjects (units of assessment). */
  sectorWord = 'sector',
): string | null {
  const sentences = lacking.map(({ name, asked, shown }, i) => {
    const subject = i === 0 ? title : 'It';
    const quoted = `“${echo(asked)}”`;
    if (name === 'sector') return `${subject} has no ${sectorWord} ${quoted}, so ${shown} is shown instead.`;
    if (name === 'year') return `${subject} has no year ${quoted}, so ${shown} is shown instead.`;
    return `${subject} has no year ${quoted} to measure growth from, so growth is measured from ${shown} instead.`;
  });
  return sentences.length > 0 ? sentences.join(' ') : null;
}
