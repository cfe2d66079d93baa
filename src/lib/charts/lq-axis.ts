// The one location-quotient axis every LQ chart uses: the ranking beside the map, the bars in the
// table under it, the profile's bars, the comparison chart and the bubble chart. An LQ is a ratio,
// so the axis is a log scale (2 and ½ are equally far from 1) and always holds 1 ("the same as the
// benchmark"). Each side of 1 reaches its own most extreme LQ, at least ½ and 2, so small
// differences never fill the chart and look large.
import { scaleLog, type ScaleLogarithmic } from 'd3-scale';

/** The least each side of 1 reaches: the axis always spans at least ½ to 2. */
export const MIN_RATIO = 2;

/**
 * How far the axis reaches each side of 1, as ratios: the domain is [1 / lo, hi]. Each side reaches
 * past its own most extreme LQ times `room` (≥ 1: space for a marker or whisker cap drawn at the
 * value), at least MIN_RATIO, and the shorter side is at least `minSide` of the longer (in log units)
 * so a few far-out values on one side do not leave the other half of the chart empty. Values that
 * cannot sit on a log scale (0, negative, NaN, infinite) are ignored.
 */
export function lqRange(lqs: Iterable<number>, room = 1, minSide = 1 / 3): { lo: number; hi: number } {
  let hi = MIN_RATIO;
  let lo = MIN_RATIO;
  for (const v of lqs) {
    if (!(v > 0) || !Number.isFinite(v)) continue;
    if (v >= 1) hi = Math.max(hi, room * v);
    else lo = Math.max(lo, room / v);
  }
  // The shorter side grows to minSide of the longer: hi ≥ lo^minSide and lo ≥ hi^minSide.
  return { hi: Math.max(hi, lo ** minSide), lo: Math.max(lo, hi ** minSide) };
}

/** Ticks 1, 2, 5, 10 … each way from 1 as far as each side reaches; powers of ten alone when there would be more than 9. */
export function lqTicks(hi: number, lo = hi): number[] {
  const steps = (k: number) => {
    const out: number[] = [];
    for (let p = 1; p <= k * (1 + 1e-9); p *= 10)
      for (const m of [1, 2, 5]) if (p * m <= k * (1 + 1e-9)) out.push(p * m);
    return out;
  };
  let up = steps(hi);
  let down = steps(lo);
  if (up.length + down.length - 1 > 9) {
    const tens = (v: number) => Math.log10(v) % 1 === 0;
    up = up.filter(tens);
    down = down.filter(tens);
  }
  const out = new Set<number>([...up, ...down.map((v) => +(1 / v).toPrecision(12))]);
  return [...out].sort((a, b) => a - b);
}

export interface LqAxis {
  /** LQ to position, clamped to the range. */
  x: ScaleLogarithmic<number, number>;
  /** Position of LQ 1, where every bar starts. */
  one: number;
  /** Gridline values other than 1 (1 is drawn as its own line). */
  ticks: number[];
  /** The ratios each side reaches (domain [1 / lo, hi]). */
  lo: number;
  hi: number;
}

/** The LQ axis for these values drawn between `left` and `right` (pixels, or % for the table's bars). */
export function lqAxis(lqs: Iterable<number>, left: number, right: number, room = 1): LqAxis {
  const { lo, hi } = lqRange(lqs, room);
  const x = scaleLog()
    .domain([1 / lo, hi])
    .range([left, right])
    .clamp(true);
  return { x, one: x(1), ticks: lqTicks(hi, lo).filter((t) => t !== 1), lo, hi };
}
