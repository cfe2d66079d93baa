// Code the first map does not need, each its own chunk, fetched when wanted (lib/views/lazy-view).
import { lazyModule } from '../lib/views/lazy-view';

/** The area profile: fetched at once when the page opens on one, else when the browser is idle after the map. */
export const loadProfileView = lazyModule(() => import('./profile/ProfileView.svelte'));

/** The controls beside the map: drawn a frame after the map, in the place kept for them. */
export const loadControls = lazyModule(() => import('./AtlasControls.svelte'));

/** Fetches the profile's code when the browser is next idle (a failure is retried when it is shown). */
export function prefetchProfileWhenIdle(): void {
  const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 300));
  idle(() => void loadProfileView().catch(() => {}));
}

/**
 * An embedded view tells its host page how tall it is, so the iframe never scrolls or leaves a gap.
 * The code (with the SVG export it shares) is fetched only by an embed. Returns a function that stops it.
 */
export function reportHeightWhenLoaded(win: Window): () => void {
  let stop = () => {};
  let stopped = false;
  void import('../lib/export/embed').then((m) => {
    if (!stopped) stop = m.reportHeightToParent(win);
  });
  return () => {
    stopped = true;
    stop();
  };
}
