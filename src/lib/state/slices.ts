// How many items of a long list are drawn after each slice (lib/state/sliced.svelte.ts): the first
// slice at once, then `step` more per task, so drawing 309 district paths is several short tasks
// instead of one long one (issue 15). A short list is drawn whole at once.

/**
 * The counts drawn after each slice of a list of `total` items: [first, first + step, …, total]. A list
 * of up to `whole` items (by default `first`) is drawn at once: the map's first slice can be small (the
 * task that draws it also does the rest of a switch) while the 38 LEPs still come in one.
 */
export function sliceCounts(total: number, first: number, step: number, whole = first): number[] {
  const out: number[] = [];
  let n = total <= whole ? total : Math.min(total, Math.max(1, first));
  out.push(n);
  while (n < total) {
    n = Math.min(total, n + Math.max(1, step));
    out.push(n);
  }
  return out;
}

/**
 * The slices of a list drawn after another: in slices (sliceCounts) the first time, and whole once an
 * earlier list has been drawn whole when `once` (a chart whose rows then update in place: a new year or
 * area redraws every row at once, as before, rather than dropping rows and drawing them again).
 */
export function sliceCountsAfter(
  total: number,
  first: number,
  step: number,
  opts: { once: boolean; drewWhole: boolean; whole?: number },
): number[] {
  return opts.once && opts.drewWhole ? [total] : sliceCounts(total, first, step, opts.whole);
}
