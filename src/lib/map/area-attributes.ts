// Writes one attribute on every area path of the map in a single loop, as a bare recolour does.
// A sector change then costs the DOM writes alone, not the bookkeeping of one reactive binding per
// path (309 on the district map), which cost several times as much.

/**
 * Sets `name` on each `path.area` under `svg` (nothing without one) to its code's entry in `values`;
 * a code with none (or null) gets `fallback`: a fixed text, or the area's own name from a list of areas.
 */
export function setAreaAttribute(
  svg: Element | null,
  name: string,
  values: ReadonlyMap<string, string | null>,
  fallback: string | readonly { code: string; name: string }[],
): void {
  if (!svg) return;
  let names: Map<string, string> | null = null;
  const otherwise = (code: string) => {
    if (typeof fallback === 'string') return fallback;
    names ??= new Map(fallback.map((a) => [a.code, a.name]));
    return names.get(code) ?? code;
  };
  for (const el of svg.querySelectorAll<SVGPathElement>('path.area')) {
    const code = el.getAttribute('data-code') ?? '';
    el.setAttribute(name, values.get(code) ?? otherwise(code));
  }
}
