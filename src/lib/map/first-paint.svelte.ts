// For `npm run bench`: the first frame with a coloured map is marked (navigation → painted map), and
// work that must not delay that frame waits for `painted`. Call during a component's set-up.

/** Marks `atlas:map-rendered` once `ready()` first holds and `atlas:map-painted` a frame later, when `painted` turns true. */
export function markFirstPaint(ready: () => boolean): { readonly painted: boolean } {
  let rendered = false;
  let painted = $state(false);
  $effect(() => {
    if (rendered || !ready()) return;
    rendered = true;
    performance.mark('atlas:map-rendered');
    requestAnimationFrame(() => {
      performance.mark('atlas:map-painted');
      painted = true;
    });
  });
  return {
    get painted() {
      return painted;
    },
  };
}
