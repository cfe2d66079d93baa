// The rows of a table drawn lazily when it is on screen (lib/views/lazy-rows): after a change, rows on
// or near the screen (IntersectionObserver, `margin` around it) are redrawn at once, the others in idle
// time (lib/state/catch-up), or when they come near the screen, or all when the page is printed.
// `late` false: every row at once (a table off screen catches up whole, in idle time: lib/state/deferred),
// and so when the page is turned or the table sorted: only a change of the figures is drawn lazily.
import { rowsNow } from '../views/lazy-rows';
import { scheduleCatchUp } from './catch-up';

export function lazyRows<T>(
  rows: () => readonly T[],
  late: () => boolean,
  /** What the rows are (the page, the order): when it changes, every row is drawn at once. */
  key: () => string,
  margin = '200px',
): {
  readonly current: readonly T[];
  readonly behind: boolean;
  /** A Svelte action for the row at position i: watches whether it is near the screen. */
  watch: (node: Element, i: number) => { destroy(): void };
} {
  const near = new Set<number>();
  const position = new WeakMap<Element, number>();
  let observer: IntersectionObserver | null = null;
  // The list whose every row is drawn, and what was drawn last (not reactive).
  let caught = $state.raw<readonly T[] | null>(null);
  let drawn: readonly T[] = [];
  let drawnKey = '';
  // Counts rows still behind that came near the screen (not each row's visibility: that is not reactive).
  let came = $state(0);
  const now = $derived.by(() => {
    const next = rows();
    const k = key();
    void came;
    const r =
      caught === next || !late() || !observer || k !== drawnKey
        ? { rows: next, behind: false }
        : rowsNow(next, drawn, (i) => near.has(i));
    drawnKey = k;
    drawn = r.rows;
    return r;
  });
  $effect(() => {
    if (!now.behind) return;
    const next = rows();
    return scheduleCatchUp(false, () => (caught = next));
  });
  $effect(() => () => observer?.disconnect());
  // Printing draws every row.
  $effect(() => {
    const all = () => (caught = rows());
    window.addEventListener('beforeprint', all);
    return () => window.removeEventListener('beforeprint', all);
  });
  function watch(node: Element, i: number) {
    if (typeof IntersectionObserver === 'undefined') return { destroy() {} };
    observer ??= new IntersectionObserver(
      (entries) => {
        let behindCame = false;
        for (const e of entries) {
          const k = position.get(e.target);
          if (k === undefined) continue;
          if (e.isIntersecting) near.add(k);
          else near.delete(k);
          behindCame ||= e.isIntersecting && now.behind && drawn[k] !== rows()[k];
        }
        // A row still behind came near the screen (scrolled to, or moved by the rows redrawn above it):
        // the rows near it now are redrawn.
        if (behindCame) came++;
      },
      { rootMargin: margin },
    );
    position.set(node, i);
    observer.observe(node);
    return {
      destroy() {
        observer?.unobserve(node);
        near.delete(i);
      },
    };
  }
  return {
    get current() {
      return now.rows;
    },
    get behind() {
      return now.behind;
    },
    watch,
  };
}
