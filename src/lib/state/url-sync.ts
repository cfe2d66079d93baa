// The state mirrored in the browser's URL: written after each change (so back and forward work),
// read at start and on back/forward.
import { parseUrlState, serialiseUrlState, type AppState, type StateChoices } from './app-state';

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
