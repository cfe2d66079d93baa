// The way into "Places strong in both" for one REF subject, from the research map and each profile:
// a change of state (so the link is the view's own URL). Tiny on purpose: the map imports it.
import type { AppState } from '../state/app-state';

/** The dataset the view reads its research LQs from; its sectors are the UoA numbers. */
export const PLACES_BOTH_DATASET = 'ref2021-4star-fte';

/** Open the view for UoA `uoa` (its number as the REF datasets' sector code), keeping the areas' level. */
export function placesBothChange(uoa: string): Partial<AppState> {
  return { view: 'both', dataset: PLACES_BOTH_DATASET, sector: uoa, chart: null };
}
