// Bars of the ranking chart when there are too many areas to label (309 districts): one SVG path
// per colour instead of a group of elements per area, so a sector change updates a handful of
// elements rather than a thousand. The chart finds the row under the pointer from its position.

export interface BarLayout {
  /** y of the first row's top edge. */
  top: number;
  /** Height of one row. */
  rowH: number;
  /** x of the bars' common base (the benchmark or zero). */
  base: number;
}

/**
 * The bars' paths are written in tenths of the chart's units (draw them scaled by 1 / BAR_SCALE):
 * whole numbers, which turn into text about ten times faster than decimals. A sector change writes
 * 309 bars' 1,500 coordinates; with one decimal place that was most of the ranking's script.
 */
export const BAR_SCALE = 10;

/** One path per fill colour, each drawing that colour's bars as rectangles, in rank order (in tenths: BAR_SCALE). */
export function barPaths(
  xs: readonly number[],
  fills: readonly string[],
  { top, rowH, base }: BarLayout,
): { fill: string; d: string }[] {
  const byFill = new Map<string, string[]>();
  const h = Math.round(Math.max(1, rowH * 0.7) * BAR_SCALE);
  for (let i = 0; i < xs.length; i++) {
    const x = Math.round(Math.min(base, xs[i]) * BAR_SCALE);
    const w = Math.round(Math.max(1, Math.abs(xs[i] - base)) * BAR_SCALE);
    const y = Math.round((top + i * rowH + rowH * 0.15) * BAR_SCALE);
    let parts = byFill.get(fills[i]);
    if (!parts) byFill.set(fills[i], (parts = []));
    parts.push(`M${x},${y}h${w}v${h}h${-w}Z`);
  }
  return [...byFill].map(([fill, parts]) => ({ fill, d: parts.join('') }));
}

/** The row index at a y position within the chart, or −1 above or below the rows. */
export function rowAt(y: number, rows: number, { top, rowH }: Pick<BarLayout, 'top' | 'rowH'>): number {
  const i = Math.floor((y - top) / rowH);
  return i >= 0 && i < rows ? i : -1;
}
