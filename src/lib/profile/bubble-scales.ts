// The bubble chart's scales (bubble.ts draws with them): x is the location quotient on a log scale
// through 1, y the growth, linear, and a bubble's area is proportional to its value.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { format } from 'd3-format';
import { lqRange, lqTicks } from '../charts/lq-axis';

/** Room beyond the most extreme LQ, as a factor, so its bubble is not on the edge. */
const X_PAD = 1.15;

const tickNumber = format(',~g');

function lqTickLabel(v: number): string {
  return String(+v.toPrecision(3));
}

function growthTickLabel(v: number): string {
  if (v === 0) return '0%';
  return `${v > 0 ? '+' : '−'}${tickNumber(Math.abs(v))}%`;
}

/**
 * x: log scale through 1, each side as wide as its own LQs need (the one LQ axis, charts/lq-axis.ts),
 * wide enough for its corner labels on two lines ("Not specialised," is the longest line), and with
 * room for each bubble (`radii`, px, by LQ) inside the plot.
 */
export function bubbleX(lqs: number[], left: number, plotW: number, charWidth: number, radii: number[] = []) {
  const range = lqRange(lqs, X_PAD);
  let logLo = Math.log(range.lo);
  let logHi = Math.log(range.hi);
  const minFrac = Math.min(0.45, (16 * charWidth + 8) / Math.max(1, plotW));
  // Each bubble wholly inside the plot: a large bubble at an extreme LQ (Dorset's AHRC, 21.12) ran
  // past the plot's edge and was cut off at the chart's. A bubble at l of radius r sits at the
  // fraction t = (ln l + logLo) / (logLo + logHi) of the width; t ≤ 1 − r/W and t ≥ r/W give the
  // least logHi and logLo, worked a few times over, as each side's need moves the other.
  // The corner labels' room (minFrac) is kept on the same passes; each pass moves the rest by a few
  // per cent of the last, so eight leave well under a millionth of a pixel.
  for (let pass = 0; pass < 8; pass++) {
    lqs.forEach((l, i) => {
      const f = Math.min(0.45, (radii[i] ?? 0) / Math.max(1, plotW));
      if (!(l > 0) || !(f > 0)) return;
      logHi = Math.max(logHi, (Math.log(l) + logLo) / (1 - f) - logLo);
      logLo = Math.max(logLo, (f * logHi - Math.log(l)) / (1 - f));
    });
    if (logHi < (logLo * minFrac) / (1 - minFrac)) logHi = (logLo * minFrac) / (1 - minFrac);
    if (logLo < (logHi * minFrac) / (1 - minFrac)) logLo = (logHi * minFrac) / (1 - minFrac);
  }
  const xDomain: [number, number] = [Math.exp(-logLo), Math.exp(logHi)];
  const logSpan = logLo + logHi;
  const x = (lq: number) => left + ((Math.log(lq) + logLo) / logSpan) * plotW;
  return { x, xDomain };
}

/**
 * y: linear, covering every growth and the reference line, padded and made nice. A growth beyond
 * Tukey's far-out fences sits at the edge instead, but only when drawing it to scale would squash
 * the other sectors into under a quarter of the chart: a real but large growth stays on scale.
 */
export function bubbleYScale(
  growths: number[],
  refGrowth: number,
  plot: { top: number; bottom: number },
): ScaleLinear<number, number> {
  let [fenceLo, fenceHi] = farOutFences(growths);
  {
    let inLo = refGrowth;
    let inHi = refGrowth;
    let allLo = refGrowth;
    let allHi = refGrowth;
    for (const g of growths) {
      allLo = Math.min(allLo, g);
      allHi = Math.max(allHi, g);
      if (g >= fenceLo && g <= fenceHi) {
        inLo = Math.min(inLo, g);
        inHi = Math.max(inHi, g);
      }
    }
    if (allHi - allLo <= 0 || (inHi - inLo) / (allHi - allLo) >= 0.25) {
      fenceLo = -Infinity;
      fenceHi = Infinity;
    }
  }
  let lo = refGrowth;
  let hi = refGrowth;
  for (const g of growths) {
    if (g < fenceLo || g > fenceHi) continue;
    lo = Math.min(lo, g);
    hi = Math.max(hi, g);
  }
  if (hi - lo < 1e-9) {
    lo -= 5;
    hi += 5;
  } else {
    const pad = 0.08 * (hi - lo);
    lo -= pad;
    hi += pad;
  }
  return scaleLinear().domain([lo, hi]).range([plot.bottom, plot.top]).nice(6);
}

/** r: bubble area ∝ value, the largest `maxRadius`; no figure or none in the area, no bubble. */
export function bubbleRadius(values: number[], maxRadius: number): (v: number) => number {
  let maxValue = 0;
  for (const v of values) if (v > maxValue) maxValue = v;
  return (v: number) => (maxValue > 0 && v > 0 ? maxRadius * Math.sqrt(v / maxValue) : 0);
}

export function bubbleXTicks(xDomain: [number, number], x: (lq: number) => number) {
  return lqTicks(xDomain[1], 1 / xDomain[0]).map((v) => ({ value: v, px: x(v), label: lqTickLabel(v) }));
}

export function bubbleYTicks(yScale: ScaleLinear<number, number>) {
  return yScale.ticks(6).map((v) => ({ value: v, px: yScale(v), label: growthTickLabel(v) }));
}

/**
 * Tukey's far-out fences [Q1 − 3·IQR, Q3 + 3·IQR] of a list, or ±Infinity when there are too few
 * values (under 5) or no spread, so nothing is ever pushed off a small or flat chart.
 */
export function farOutFences(values: readonly number[]): [number, number] {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length < 5) return [-Infinity, Infinity];
  const q = (p: number) => {
    const i = (v.length - 1) * p;
    const f = Math.floor(i);
    return v[f] + (v[Math.min(f + 1, v.length - 1)] - v[f]) * (i - f);
  };
  const q1 = q(0.25);
  const q3 = q(0.75);
  const iqr = q3 - q1;
  if (!(iqr > 0)) return [-Infinity, Infinity];
  return [q1 - 3 * iqr, q3 + 3 * iqr];
}
