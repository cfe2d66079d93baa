// When a value that follows the map catches up (lib/state/deferred.svelte.ts). Near the screen: after
// the map's frame is painted, as before. Off screen (the table under the map, 1,400 px down the page on
// a laptop): in idle time, so a sector change or a year step never lays out rows nobody sees in the
// frames right after it, and a quick run of changes (Play) catches up once; within `within` ms even
// when the page is never idle, so the DOM (screen readers, find in page, copy) is never left stale.

/** What the scheduling uses, passed in so a test can stand in for the browser. */
export interface CatchUpHost {
  requestAnimationFrame: (f: () => void) => number;
  cancelAnimationFrame: (id: number) => void;
  setTimeout: (f: () => void, ms?: number) => unknown;
  clearTimeout: (id: unknown) => void;
  requestIdleCallback?: (f: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
}

/** Off screen, the longest a catch-up waits for idle time (ms). */
export const CATCH_UP_WITHIN = 300;

/**
 * Calls `apply` once: near the screen, in a task right after the next frame; off screen, in idle time
 * (at most `within` ms later; where the browser has no idle callbacks, after a timeout of that length).
 * Returns a function that cancels it.
 */
export function scheduleCatchUp(
  near: boolean,
  apply: () => void,
  host: CatchUpHost = globalThis as unknown as CatchUpHost,
  within = CATCH_UP_WITHIN,
): () => void {
  if (!near) {
    if (host.requestIdleCallback && host.cancelIdleCallback) {
      const id = host.requestIdleCallback(apply, { timeout: within });
      return () => host.cancelIdleCallback!(id);
    }
    const timer = host.setTimeout(apply, within);
    return () => host.clearTimeout(timer);
  }
  let timer: unknown;
  const frame = host.requestAnimationFrame(() => {
    timer = host.setTimeout(apply);
  });
  return () => {
    host.cancelAnimationFrame(frame);
    if (timer !== undefined) host.clearTimeout(timer);
  };
}
