// An element's box as drawn now, or null when it is not laid out: the size of a chart's embed frame.
// Its own module so the map can measure itself without loading the share code (share-spec.ts).
export function elementBox(el: Element | null): { width: number; height: number } | null {
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? { width: r.width, height: r.height } : null;
}
