// "no figure" under a line chart's gaps: one label per run of missing years, centred on the run, and
// none where it would overlap the one before (26 years of a suppressed GVA cell made 26 labels
// written over each other). A longer run that has room names its years.

export interface GapLabel {
  x: number;
  text: string;
  /** The run's first and last index into the years. */
  from: number;
  to: number;
}

/**
 * Labels for the runs of non-finite `values`, at positions `xs` (one per value), given roughly
 * `charW` pixels a character; `years` names a run's ends when the run is wide enough.
 */
export function gapLabels(
  values: readonly number[],
  xs: readonly number[],
  years: readonly string[],
  charW = 6,
): GapLabel[] {
  const out: GapLabel[] = [];
  let rightEdge = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (Number.isFinite(values[i])) continue;
    let j = i;
    while (j + 1 < values.length && !Number.isFinite(values[j + 1])) j++;
    const span = xs[j] - xs[i];
    const named = `no figure, ${years[i]}–${years[j]}`;
    const text = j > i && named.length * charW <= span + 2 * charW ? named : 'no figure';
    const x = (xs[i] + xs[j]) / 2;
    const half = (text.length * charW) / 2;
    if (x - half >= rightEdge + charW) {
      out.push({ x, text, from: i, to: j });
      rightEdge = x + half;
    }
    i = j;
  }
  return out;
}
