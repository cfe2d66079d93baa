// Which masthead tab is current. "Places strong in both" has no tab of its own: it is the research
// map's list of places (its way back is "Map of research LQ in …"), so the Map tab is marked as the
// section it is in ('true'), not as the page itself ('page').
import type { View } from '../state/app-state';

export type Tab = 'map' | 'profile' | 'pack';

/** The tab's aria-current for the view shown: 'page' on its own view, 'true' on a view within it, else none. */
export function tabCurrent(view: View, tab: Tab): 'page' | 'true' | undefined {
  if (view === tab) return 'page';
  if (view === 'both' && tab === 'map') return 'true';
  return undefined;
}
