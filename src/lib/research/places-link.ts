// The way into "Places strong in both" for one REF subject, from the research map and each profile:
// a change of state (so the link is the view's own URL). Tiny on purpose: the map imports it.
import type { AppState } from '../state/app-state';

/** The dataset the view reads its research LQs from; its sectors are the UoA numbers. */
export const PLACES_BOTH_DATASET = 'ref2021-4star-fte';

/** Open the view for UoA `uoa` (its number as the REF datasets' sector code), keeping the areas' level. */
export function placesBothChange(uoa: string): Partial<AppState> {
  return { view: 'both', dataset: PLACES_BOTH_DATASET, sector: uoa, chart: null };
}

/**
 * "Places strong in both" reads REF 2021 subjects, so a link to it on another dataset (or on none,
 * which gives the business default) opens the REF dataset: the link's only possible meaning. A
 * sector the REF data lacks is then named by the usual check (lackingValues). Says what it set aside
 * when the link named a dataset of its own; null when the link's dataset is already a REF one.
 */
export function bothViewDataset(
  state: Pick<AppState, 'view' | 'dataset'>,
  asked: string | null,
  titleOf: (id: string) => string | undefined,
): { dataset: string; notice: string | null } | null {
  if (state.view !== 'both' || state.dataset.startsWith('ref2021-')) return null;
  const title = titleOf(PLACES_BOTH_DATASET);
  if (title === undefined) return null;
  // A dataset the atlas lacks has its own notice already (ignoredValuesNotice): no second word on it.
  const named = asked !== null && asked === state.dataset ? titleOf(asked) : undefined;
  return {
    dataset: PLACES_BOTH_DATASET,
    notice: named
      ? `“Places strong in both” compares REF 2021 research subjects with business, so it cannot be shown for ${named}; it shows ${title} instead.`
      : null,
  };
}
