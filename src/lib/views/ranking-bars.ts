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

/** One path per fill colour, each drawing that colour's bars as rectangles, in rank order. */
export function barPaths(
  xs: readonly number[],
  fills: readonly string[],
  { top, rowH, base }: BarLayout,
): { fill: string; d: string }[] {
  const byFill = new Map<string, string[]>();
  const h = Math.max(1, rowH * 0.7);
  const r = (v: number) => Math.round(v * 10) / 10;
  for (let i = 0; i < xs.length; i++) {
    const x = Math.min(base, xs[i]);
    const w = Math.max(1, Math.abs(xs[i] - base));
    const y = top + i * rowH + rowH * 0.15;
    let parts = byFill.get(fills[i]);
    if (!parts) byFill.set(fills[i], (parts = []));
    parts.push(`M${r(x)},${r(y)}h${r(w)}v${r(h)}h${r(-w)}Z`);
  }
  return [...byFill].map(([fill, parts]) => ({ fill, d: parts.join('') }));
}

/** The row index at a y position within the chart, or −1 above or below the rows. */
export function rowAt(y: number, rows: number, { top, rowH }: Pick<BarLayout, 'top' | 'rowH'>): number {
  const i = Math.floor((y - top) / rowH);
  return i >= 0 && i < rows ? i : -1;
}
