// What one change in the controls does to the state: the choice itself, and what it resets or
// carries over so the view stays meaningful (the place kept across geographies, a metric's own
// classes). Pure, so the rules are tested without a page.
import type { ClassMethod, MetricId } from '../map/classify';
import type { Geography } from '../map/geography';
import type { AppState } from './app-state';

/** One choice made in the controls panel (one field set per change). */
export interface ControlChange {
  dataset?: string;
  geography?: Geography;
  metric?: MetricId;
  sector?: string;
  year?: string;
  from?: string;
  classes?: ClassMethod;
  breaks?: string;
  benchmark?: string;
  /** On the district map: a LEP's code to show only its districts, '' for all of England. */
  lep?: string;
}

export interface TransitionContext {
  /** The dataset's own benchmark (England, usually): choosing it is the same as choosing none. */
  datasetBenchmark: string | null;
  /** Which districts each LEP has (from the boundary lookup); null until it loads. */
  lepToLads: Record<string, string[]> | null;
  /** The sector shown now (the state's, or the default when it has none). */
  shownSector?: string;
  /** The sector relatedness density can be shown for in place of `code` (leaf-cube.ts densitySector). */
  densitySector?: (code: string) => string;
}

/** The state change a control change makes. */
export function controlsTransition(state: AppState, change: ControlChange, ctx: TransitionContext): Partial<AppState> {
  if (change.benchmark !== undefined) {
    return { benchmark: change.benchmark === ctx.datasetBenchmark ? null : change.benchmark };
  }
  if (change.dataset !== undefined) {
    // Keep the sector where the new dataset has it; the atlas says so when it does not.
    return { dataset: change.dataset };
  }
  if (change.geography !== undefined) {
    // Keep the place: a selected LEP becomes the LEP whose districts are shown, and back again.
    if (change.geography === 'lad') {
      const lep = state.area && ctx.lepToLads?.[state.area] ? state.area : state.lep;
      return { geography: 'lad', area: null, compare: [], lep };
    }
    return { geography: change.geography, area: state.lep, compare: [], lep: null };
  }
  if (change.lep !== undefined) return { lep: change.lep || null, area: null };
  if (change.metric !== undefined) {
    // Each metric has its own natural classes; manual breaks for LQ mean nothing for growth.
    const to = { metric: change.metric, classes: null, breaks: null, sort: change.metric, descending: true };
    // Density is measured between the finest industries: from a parent (Manufacturing, which would be
    // all hatched), show its first part instead.
    if (change.metric === 'density' && ctx.shownSector && ctx.densitySector) {
      const leaf = ctx.densitySector(ctx.shownSector);
      if (leaf !== ctx.shownSector) return { ...to, sector: leaf };
    }
    return to;
  }
  return change;
}

/**
 * The state after any change, whichever part of the app makes it (the controls, a pack's chart, a
 * research link, a user's file): the change, and the rules that keep the state meaningful. A new
 * dataset clears the profile's opened sectors (?open=): they name sectors of the old dataset's tree,
 * and one of the same code in the new tree was never opened there.
 */
export function applyChange(state: AppState, change: Partial<AppState>): AppState {
  const next = { ...state, ...change };
  if (change.dataset !== undefined && change.dataset !== state.dataset && change.open === undefined) next.open = [];
  return next;
}
