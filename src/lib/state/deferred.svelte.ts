// A value that follows another one late (lib/state/catch-up). The table under the map uses it: the map
// and ranking repaint at once, and the table catches up right after that frame is painted when it is
// on or near the screen, or in idle time when it is off screen, so a sector change never waits on table
// layout. Printing catches up at once, and so does scrolling near it.
import { untrack } from 'svelte';
import { scheduleCatchUp } from './catch-up';

export function deferred<T>(
  source: () => T,
  initial?: T,
  /** Whether what shows the value is on or near the screen (lib/state/near-screen); always, if not given. */
  near?: () => boolean,
): { readonly current: T; readonly behind: boolean; catchUp(): void } {
  // With an initial value the first frame shows that (e.g. an empty table), not the real thing.
  let current = $state.raw(initial !== undefined ? initial : source());
  // Whether a newer value waits (reactive, for a data attribute), and that value (not reactive).
  let behind = $state(false);
  let waiting: { value: T } | null = null;
  let cancel: (() => void) | null = null;
  const apply = () => {
    cancel?.();
    cancel = null;
    if (!waiting) return;
    current = waiting.value;
    waiting = null;
    behind = false;
  };
  $effect(() => {
    const next = source();
    waiting = { value: next };
    behind = true;
    cancel?.();
    cancel = scheduleCatchUp(
      untrack(() => near?.() ?? true),
      apply,
    );
    return () => {
      cancel?.();
      cancel = null;
    };
  });
  // Coming near the screen while behind: after the next frame, as a change made there would.
  $effect(() => {
    if (!(near?.() ?? true) || !untrack(() => behind)) return;
    cancel?.();
    cancel = scheduleCatchUp(true, apply);
  });
  $effect(() => {
    window.addEventListener('beforeprint', apply);
    return () => window.removeEventListener('beforeprint', apply);
  });
  return {
    get current() {
      return current;
    },
    get behind() {
      return behind;
    },
    /** Catches up now, if behind: for a reader that needs the current value at once. */
    catchUp: apply,
  };
}
