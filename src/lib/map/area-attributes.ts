// Writes one attribute on every area path of the map in a single loop, as a bare recolour does.
// A sector change then costs the DOM writes alone, not the bookkeeping of one reactive binding per
// path (309 on the district map), which cost several times as much.

interface AreaPath {
  el: Element;
  code: string;
}

// The area paths of each map, with their codes, and what was drawn when they were found.
const found = new WeakMap<Element, { drawn: unknown; paths: AreaPath[] }>();

/**
 * The `path.area`s under `svg` with their codes: looked up again only when `drawn` is not the value
 * given last time, so a sector change does not search the map and read 309 codes before writing.
 */
function areaPaths(svg: Element, drawn: unknown): AreaPath[] {
  const known = found.get(svg);
  if (known && known.drawn === drawn) return known.paths;
  const paths = [...svg.querySelectorAll('path.area')].map((el) => ({ el, code: el.getAttribute('data-code') ?? '' }));
  found.set(svg, { drawn, paths });
  return paths;
}

/**
 * Sets `name` on each `path.area` under `svg` (nothing without one) to its code's entry in `values`;
 * a code with none (or null) gets `fallback`: a fixed text, or the area's own name from a list of areas.
 * `drawn`: a value that is new whenever the map's paths may have changed (which areas are drawn, and how).
 */
export function setAreaAttribute(
  svg: Element | null,
  name: string,
  values: ReadonlyMap<string, string | null>,
  fallback: string | readonly { code: string; name: string }[],
  drawn: unknown,
): void {
  if (!svg) return;
  let names: Map<string, string> | null = null;
  const otherwise = (code: string) => {
    if (typeof fallback === 'string') return fallback;
    names ??= new Map(fallback.map((a) => [a.code, a.name]));
    return names.get(code) ?? code;
  };
  for (const { el, code } of areaPaths(svg, drawn)) el.setAttribute(name, values.get(code) ?? otherwise(code));
}
