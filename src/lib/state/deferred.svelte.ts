// A value that follows another one frame late. The table under the map uses it: the map and
// ranking repaint at once, and the 309-row table catches up right after that frame is painted,
// so a sector change never waits on table layout.
export function deferred<T>(source: () => T, initial?: T): { readonly current: T } {
  // With an initial value the first frame shows that (e.g. an empty table), not the real thing.
  let current = $state.raw(initial !== undefined ? initial : source());
  $effect(() => {
    const next = source();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => (current = next));
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  });
  return {
    get current() {
      return current;
    },
  };
}
