// The specialisation "bubble" chart of the Science and Innovation Audits, as pure geometry:
//   x = location quotient in the end year, on a log scale (a ratio: 2 and ½ are equally far from 1),
//       with a vertical reference line at LQ 1;
//   y = % growth of the sector in the area between the start and end years, linear, with a
//       horizontal reference line at the BENCHMARK'S TOTAL growth over the same years (the whole
//       economy of England, say). So "growing" on this chart means growing faster than the benchmark
//       as a whole, the usual reading of the audit chart. When the benchmark's growth is unknown the
//       line is at 0 % and "growing" means growing at all (refSource says which).
//   bubble AREA ∝ the sector's value in the end year (radius on a square-root scale).
// Everything returned is in pixels of a width × height SVG, ready to draw; the module has no DOM.
import { scaleLinear } from 'd3-scale';
import { format } from 'd3-format';
import type { Cube, Flag } from '../data/types';
import { FLAG_FROM_CODE } from '../data/types';
import { formatGrowth } from '../format';
import { growth, locationQuotient, resolveBenchmark, type BenchmarkRef } from '../metrics';
import { labelPriority, placeBubbleLabels } from './bubble-labels';
import { lqRange, lqTicks } from '../charts/lq-axis';
import { shorten } from '../words';

export interface BubbleSector {
  code: string;
  name: string;
  /** LQ in the end year; NaN when missing. */
  lq: number;
  /** % growth between the two years (10 = +10 %); NaN when missing. */
  growth: number;
  /** Value in the end year (sets the bubble's area). */
  value: number;
  flag?: Flag | null;
}

export interface BubbleInput {
  sectors: BubbleSector[];
  /** The benchmark's growth of all sectors together over the same years, in % (the horizontal line); NaN when unknown. */
  refGrowth: number;
  /** Benchmark name for the quadrant titles, e.g. "England". */
  benchmark: string;
}

/** The chart's input for area `areaIndex` between year indices y0 (start) and y1 (end). */
export function bubbleInput(cube: Cube, areaIndex: number, y0: number, y1: number, benchmark?: BenchmarkRef): BubbleInput {
  const b = resolveBenchmark(cube, benchmark);
  const A = cube.areas.length;
  const S = cube.sectors.length;
  const sectors = cube.sectors.map((sector, s) => {
    const i = (y1 * S + s) * A + areaIndex;
    return {
      code: sector.code,
      name: sector.name,
      lq: locationQuotient(cube, areaIndex, s, y1, b),
      growth: growth(cube, areaIndex, s, y0, y1).pct,
      value: cube.values[i] ?? NaN,
      flag: FLAG_FROM_CODE[cube.flags[i] ?? 0] ?? null,
    };
  });
  const t0 = b.total(y0);
  const refGrowth = t0 > 0 ? (100 * (b.total(y1) - t0)) / t0 : NaN;
  return { sectors, refGrowth, benchmark: b.label };
}

export interface BubbleOptions {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Radius of the largest bubble; default min(plot width, plot height) / 10, kept within 6…40 px. */
  maxRadius?: number;
  /** Label font size in px (default 11). */
  fontSize?: number;
  /** Estimated width of one character in px (default 6.2 at 11 px, scaled with fontSize). */
  charWidth?: number;
  /** The width of a label as drawn, where it can be measured (the browser); else characters × charWidth. */
  textWidth?: (text: string) => number;
  /** Most bubble labels to place (default 8). */
  maxLabels?: number;
  /** Longer names are cut to this many characters with "…" (default 24). */
  maxLabelChars?: number;
}

export type QuadrantKey =
  | 'specialised-growing'
  | 'specialised-declining'
  | 'not-specialised-growing'
  | 'not-specialised-declining';

export type Anchor = 'start' | 'middle' | 'end';

export interface Bubble {
  code: string;
  name: string;
  cx: number;
  cy: number;
  r: number;
  quadrant: QuadrantKey;
  lq: number;
  growth: number;
  value: number;
  flag: Flag | null;
  /**
   * A growth far beyond the others' (a sector growing from a tiny count, say) is drawn at the top or
   * bottom edge rather than squashing every other bubble flat; its tooltip still gives the true figure.
   */
  offScale: 'above' | 'below' | null;
  /** Whether to draw a label; labelX/labelY/anchor/labelText are only meaningful when true. */
  label: boolean;
  /** Where the label went: right of the bubble, left of it, or above it. */
  /** Where the name sits from its bubble: 'right', 'left', 'above', 'below', 'above-right', …; null when unnamed. */
  labelPosition: string | null;
  /** From the name to the bubble's edge, when the name had to move away from its bubble. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
  /** The point of the name nearest its bubble. */
  labelAttach: { x: number; y: number } | null;
  labelText: string;
  /** Text x (SVG text-anchor = anchor) and baseline y. */
  labelX: number;
  labelY: number;
  anchor: Anchor;
}

export type OmitReason = 'no-lq' | 'none-in-area' | 'no-growth';

export interface OmittedSector {
  code: string;
  name: string;
  reason: OmitReason;
  /** e.g. "no figure". */
  reasonText: string;
}

export interface Tick {
  value: number;
  /** Pixel x (xTicks) or y (yTicks). */
  px: number;
  label: string;
}

export interface QuadrantLabel {
  key: QuadrantKey;
  /** Short text for the corner, e.g. "Specialised, growing faster". */
  label: string;
  /** The label as drawn: one line, or two where it would not fit its side ("Specialised," / "growing faster"). */
  lines: string[];
  /** Full reading for a tooltip or the table, e.g. "Specialised (LQ 1 or more) and growing faster than England overall (+4.5%)". */
  title: string;
  x: number;
  /** Baseline of the first line; later lines are one font size lower. */
  y: number;
  anchor: Anchor;
  /** Bubbles in this quadrant. */
  count: number;
}

export interface BubbleLayout {
  plot: { left: number; top: number; right: number; bottom: number };
  /** [1/k, k]: symmetric around 1 on the log scale. */
  xDomain: [number, number];
  yDomain: [number, number];
  xTicks: Tick[];
  yTicks: Tick[];
  /** Pixel x of LQ = 1 (the middle of the plot). */
  refX: number;
  /** Pixel y of the reference growth. */
  refY: number;
  /** The growth the horizontal line is drawn at, in %. */
  refGrowth: number;
  /** 'benchmark': the benchmark's total growth; 'zero': it was unknown, so the line is at 0 %. */
  refSource: 'benchmark' | 'zero';
  /** e.g. "England overall +4.5%" or "No change". */
  refLabel: string;
  /** Largest value first (so smaller bubbles are painted on top); ties by code. */
  bubbles: Bubble[];
  quadrants: QuadrantLabel[];
  /** Sectors that could not be placed, in input order. */
  omitted: OmittedSector[];
  /** e.g. "2 sectors not shown: no figure."; '' when none was left out. */
  omittedNote: string;
  /** Pixel scales, for tooltips and focus rings. */
  x: (lq: number) => number;
  y: (growth: number) => number;
  r: (value: number) => number;
}

const REASON_TEXT: Record<OmitReason, string> = {
  'no-lq': 'no figure',
  'none-in-area': 'none in the area',
  'no-growth': 'no growth figure',
};

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

/** Below this width (px) the chart is drawn for a phone: corner labels on two lines, say. */
export const NARROW_CHART = 520;

/** "Specialised, growing faster" → ["Specialised,", "growing faster"]; without a comma, at the middle space. */
export function twoLines(label: string): string[] {
  const comma = label.indexOf(', ');
  if (comma > 0) return [label.slice(0, comma + 1), label.slice(comma + 2)];
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index!);
  if (spaces.length === 0) return [label];
  const mid = spaces.reduce((best, i) => (Math.abs(i - label.length / 2) < Math.abs(best - label.length / 2) ? i : best));
  return [label.slice(0, mid), label.slice(mid + 1)];
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function textBox(x: number, baseline: number, width: number, anchor: Anchor, fontSize: number): Box {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  // Ascent ≈ 0.75 em above the baseline, descent ≈ 0.25 em below: the box is one em tall.
  return { x0, x1: x0 + width, y0: baseline - 0.75 * fontSize, y1: baseline + 0.25 * fontSize };
}

export function bubbleLayout(input: BubbleInput, options: BubbleOptions): BubbleLayout {
  const { width, height, margin } = options;
  const plot = { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom };
  const plotW = Math.max(0, plot.right - plot.left);
  const plotH = Math.max(0, plot.bottom - plot.top);
  const fontSize = options.fontSize ?? 11;
  const charWidth = options.charWidth ?? (6.2 * fontSize) / 11;
  const narrowChart = width < NARROW_CHART;
  const maxLabels = options.maxLabels ?? 8;
  const maxLabelChars = options.maxLabelChars ?? 24;
  const maxRadius = options.maxRadius ?? Math.min(40, Math.max(6, Math.min(plotW, plotH) / 10));

  // Which sectors can be drawn.
  const shown: BubbleSector[] = [];
  const omitted: OmittedSector[] = [];
  for (const s of input.sectors) {
    const reason: OmitReason | null = !Number.isFinite(s.lq)
      ? 'no-lq'
      : s.lq <= 0
        ? 'none-in-area' // LQ 0 has no place on a log scale
        : !Number.isFinite(s.growth)
          ? 'no-growth'
          : null;
    if (reason) omitted.push({ code: s.code, name: s.name, reason, reasonText: REASON_TEXT[reason] });
    else shown.push(s);
  }

  // x: log scale through 1, each side as wide as its own LQs need (the one LQ axis, charts/lq-axis.ts).
  const range = lqRange(
    shown.map((s) => s.lq),
    X_PAD,
  );
  // …and wide enough for its corner labels on two lines ("Not specialised," is the longest line).
  let logLo = Math.log(range.lo);
  let logHi = Math.log(range.hi);
  const minFrac = Math.min(0.45, (16 * charWidth + 8) / Math.max(1, plotW));
  if (logHi < (logLo * minFrac) / (1 - minFrac)) logHi = (logLo * minFrac) / (1 - minFrac);
  if (logLo < (logHi * minFrac) / (1 - minFrac)) logLo = (logHi * minFrac) / (1 - minFrac);
  const xDomain: [number, number] = [Math.exp(-logLo), Math.exp(logHi)];
  const logSpan = logLo + logHi;
  const x = (lq: number) => plot.left + ((Math.log(lq) + logLo) / logSpan) * plotW;
  const refX = x(1);

  // y: linear, covering every growth and the reference line, padded and made nice. A growth beyond
  // Tukey's far-out fences sits at the edge instead, but only when drawing it to scale would squash
  // the other sectors into under a quarter of the chart: a real but large growth stays on scale.
  const refKnown = Number.isFinite(input.refGrowth);
  const refGrowth = refKnown ? input.refGrowth : 0;
  let [fenceLo, fenceHi] = farOutFences(shown.map((s) => s.growth));
  {
    let inLo = refGrowth;
    let inHi = refGrowth;
    let allLo = refGrowth;
    let allHi = refGrowth;
    for (const s of shown) {
      allLo = Math.min(allLo, s.growth);
      allHi = Math.max(allHi, s.growth);
      if (s.growth >= fenceLo && s.growth <= fenceHi) {
        inLo = Math.min(inLo, s.growth);
        inHi = Math.max(inHi, s.growth);
      }
    }
    if (allHi - allLo <= 0 || (inHi - inLo) / (allHi - allLo) >= 0.25) {
      fenceLo = -Infinity;
      fenceHi = Infinity;
    }
  }
  let lo = refGrowth;
  let hi = refGrowth;
  for (const s of shown) {
    if (s.growth < fenceLo || s.growth > fenceHi) continue;
    lo = Math.min(lo, s.growth);
    hi = Math.max(hi, s.growth);
  }
  if (hi - lo < 1e-9) {
    lo -= 5;
    hi += 5;
  } else {
    const pad = 0.08 * (hi - lo);
    lo -= pad;
    hi += pad;
  }
  const yScale = scaleLinear().domain([lo, hi]).range([plot.bottom, plot.top]).nice(6);
  const yDomain = yScale.domain() as [number, number];
  const y = (g: number) => yScale(g);
  const refY = y(refGrowth);

  // r: bubble area ∝ value.
  let maxValue = 0;
  for (const s of shown) if (s.value > maxValue) maxValue = s.value;
  const r = (v: number) => (maxValue > 0 && v > 0 ? maxRadius * Math.sqrt(v / maxValue) : 0);

  const quadrantOf = (lq: number, g: number): QuadrantKey =>
    lq >= 1 ? (g >= refGrowth ? 'specialised-growing' : 'specialised-declining') : g >= refGrowth ? 'not-specialised-growing' : 'not-specialised-declining';

  const bubbles: Bubble[] = shown
    .map((s): Bubble => {
      const cx = x(s.lq);
      const offScale = s.growth > yDomain[1] ? 'above' : s.growth < yDomain[0] ? 'below' : null;
      const cy = y(offScale === 'above' ? yDomain[1] : offScale === 'below' ? yDomain[0] : s.growth);
      const rad = r(s.value);
      return {
        code: s.code,
        name: s.name,
        cx,
        cy,
        r: rad,
        quadrant: quadrantOf(s.lq, s.growth),
        lq: s.lq,
        growth: s.growth,
        value: s.value,
        offScale,
        flag: s.flag ?? null,
        label: false,
        labelPosition: null,
        leader: null,
        labelAttach: null,
        labelText: shorten(s.name, maxLabelChars),
        labelX: cx + rad + 3,
        labelY: cy + 0.25 * fontSize,
        anchor: 'start',
      };
    })
    .sort((a, b) => b.value - a.value || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  // Quadrant labels in the four corners of the plot.
  const refText = refKnown ? `${input.benchmark} overall (${formatGrowth(refGrowth)})` : '';
  const quadrantText: Record<QuadrantKey, [string, string]> = refKnown
    ? {
        'specialised-growing': ['Specialised, growing faster', `Specialised (LQ 1 or more) and growing faster than ${refText}`],
        'specialised-declining': ['Specialised, growing slower', `Specialised (LQ 1 or more) but growing slower than ${refText}`],
        'not-specialised-growing': ['Not specialised, growing faster', `Not specialised (LQ below 1) but growing faster than ${refText}`],
        'not-specialised-declining': ['Not specialised, growing slower', `Not specialised (LQ below 1) and growing slower than ${refText}`],
      }
    : {
        'specialised-growing': ['Specialised and growing', 'Specialised (LQ 1 or more) and growing'],
        'specialised-declining': ['Specialised and declining', 'Specialised (LQ 1 or more) and not growing'],
        'not-specialised-growing': ['Not specialised, growing', 'Not specialised (LQ below 1) but growing'],
        'not-specialised-declining': ['Not specialised, declining', 'Not specialised (LQ below 1) and not growing'],
      };
  const inset = 4;
  const topY = plot.top + inset + 0.75 * fontSize;
  const bottomY = plot.bottom - inset - 0.25 * fontSize;
  const corners: [QuadrantKey, number, number, Anchor][] = [
    ['specialised-growing', plot.right - inset, topY, 'end'],
    ['not-specialised-growing', plot.left + inset, topY, 'start'],
    ['not-specialised-declining', plot.left + inset, bottomY, 'start'],
    ['specialised-declining', plot.right - inset, bottomY, 'end'],
  ];
  const placed: Box[] = [];
  const lineHeight = fontSize;
  const quadrants: QuadrantLabel[] = corners.map(([key, qx, qy, anchor]) => {
    const [label, title] = quadrantText[key];
    // Two lines when the label is wider than its side of the LQ 1 line (or the chart is narrow).
    const side = (anchor === 'end' ? plot.right - refX : refX - plot.left) - 2 * inset;
    const lines = narrowChart || label.length * charWidth > side ? twoLines(label) : [label];
    const bottom = key.endsWith('declining');
    const y0 = bottom ? qy - (lines.length - 1) * lineHeight : qy;
    const w = Math.max(...lines.map((l) => l.length)) * charWidth;
    lines.forEach((_, i) => placed.push(textBox(qx, y0 + i * lineHeight, w, anchor, fontSize)));
    return { key, label, lines, title, x: qx, y: y0, anchor, count: bubbles.filter((b) => b.quadrant === key).length };
  });

  // Labels: the top sector, then the specialised ones, largest first (bubble-labels.ts), each beside
  // its bubble or, where that is taken, further out with a leader line; never over another bubble.
  const labels = placeBubbleLabels(
    bubbles.filter((b) => b.r > 0).map((b) => ({ code: b.code, cx: b.cx, cy: b.cy, r: Math.max(2.5, b.r), text: b.labelText })),
    labelPriority(bubbles),
    {
      plot: { x0: plot.left, x1: plot.right, y0: plot.top, y1: plot.bottom },
      obstacles: placed,
      fontSize,
      charWidth,
      textWidth: options.textWidth,
      maxLabels,
    },
  );
  const byCode = new Map(bubbles.map((b) => [b.code, b]));
  for (const l of labels) {
    Object.assign(byCode.get(l.code)!, {
      label: true,
      labelPosition: l.position,
      labelX: l.x,
      labelY: l.y,
      anchor: l.anchor,
      leader: l.leader,
      labelAttach: l.attach,
    });
  }

  const xTicks = lqTicks(xDomain[1], 1 / xDomain[0]).map((v) => ({ value: v, px: x(v), label: lqTickLabel(v) }));
  const yTicks = yScale.ticks(6).map((v) => ({ value: v, px: y(v), label: growthTickLabel(v) }));

  return {
    plot,
    xDomain,
    yDomain,
    xTicks,
    yTicks,
    refX,
    refY,
    refGrowth,
    refSource: refKnown ? 'benchmark' : 'zero',
    refLabel: refKnown ? refText : 'No change',
    bubbles,
    quadrants,
    omitted,
    omittedNote: omittedNote(omitted),
    x,
    y,
    r,
  };
}

/** "2 sectors not shown: no figure." or "3 sectors not shown: 2 with no figure, 1 with no growth figure."; '' for none. */
export function omittedNote(omitted: readonly OmittedSector[]): string {
  if (omitted.length === 0) return '';
  const counts = new Map<OmitReason, number>();
  for (const o of omitted) counts.set(o.reason, (counts.get(o.reason) ?? 0) + 1);
  const head = `${omitted.length} ${omitted.length === 1 ? 'sector' : 'sectors'} not shown: `;
  if (counts.size === 1) return `${head}${REASON_TEXT[omitted[0].reason]}.`;
  const order: OmitReason[] = ['no-lq', 'none-in-area', 'no-growth'];
  const parts = order.filter((k) => counts.has(k)).map((k) => `${counts.get(k)} with ${REASON_TEXT[k]}`);
  return `${head}${parts.join(', ')}.`;
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

/** Words for the chart's notes when some growths are drawn at its edge. */
export function offScaleNote(bubbles: readonly Bubble[]): string {
  const off = bubbles.filter((b) => b.offScale !== null);
  if (off.length === 0) return '';
  const names = off.map((b) => `${b.name} (${formatGrowth(b.growth)})`).join(', ');
  return `${off.length === 1 ? '1 sector grew' : `${off.length} sectors grew`} far more or less than the others and ${off.length === 1 ? 'is' : 'are'} drawn at the chart's edge, marked with an arrow: ${names}.`;
}
