// A long list drawn a slice per task: the first slice in the same update as the list, the rest after
// a timeout each (slices.ts), so no task holds the main thread long (issue 15). When the list changes
// (another layer of the map) it starts again; the same list keeps what is drawn. With `once`, only the
// first list is drawn in slices: after that, a new list (another year) is drawn whole, in place.
import { untrack } from 'svelte';
import { sliceCountsAfter } from './slices';

export function sliced<T>(
  list: () => readonly T[],
  first: number,
  step: number,
  once = false,
  /** A list of up to this many items is drawn at once (slices.ts sliceCounts); by default `first`. */
  whole = first,
): { readonly current: readonly T[]; readonly complete: boolean } {
  let upTo = $state.raw<{ list: readonly T[]; n: number } | null>(null);
  // Whether a list (not an empty one: nothing drawn yet) has been drawn whole.
  let drewWhole = $state(false);
  const countsOf = (l: readonly T[]) => sliceCountsAfter(l.length, first, step, { once, drewWhole, whole });
  const current = $derived.by(() => {
    const l = list();
    const n = upTo !== null && upTo.list === l ? upTo.n : countsOf(l)[0];
    return n >= l.length ? l : l.slice(0, n);
  });
  $effect(() => {
    const l = list();
    const counts = untrack(() => countsOf(l));
    // Already drawn: none of this list, or some of it when it comes back (never fewer than before).
    const have = untrack(() => (upTo !== null && upTo.list === l ? upTo.n : counts[0]));
    let k = counts.findIndex((c) => c > have);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const whole = () => {
      if (once && l.length > 0) drewWhole = true;
    };
    const next = () => {
      upTo = { list: l, n: counts[k++] };
      if (k < counts.length) timer = setTimeout(next);
      else whole();
    };
    if (k > 0) timer = setTimeout(next);
    else if (!untrack(() => drewWhole)) whole();
    return () => clearTimeout(timer);
  });
  return {
    get current() {
      return current;
    },
    get complete() {
      return current.length === list().length;
    },
  };
}
