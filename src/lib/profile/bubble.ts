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
// The scales are in bubble-scales.ts, the corner labels in bubble-quadrants.ts, the sectors' labels
// in bubble-labels.ts.
import type { Cube, Flag } from '../data/types';
import { formatGrowth } from '../format';
import { growth, locationQuotient, resolveBenchmark, type BenchmarkRef } from '../metrics';
import { labelPriority, placeBubbleLabels } from './bubble-labels';
import { bubbleRadius, bubbleX, bubbleXTicks, bubbleYScale, bubbleYTicks } from './bubble-scales';
import { CORNER_FONT_SIZE, quadrantLabels } from './bubble-quadrants';
import { shorten } from '../words';
import { cellFlag, cellValue } from '../data/cube';

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
export function bubbleInput(
  cube: Cube,
  areaIndex: number,
  y0: number,
  y1: number,
  benchmark?: BenchmarkRef,
): BubbleInput {
  const b = resolveBenchmark(cube, benchmark);
  const sectors = cube.sectors.map((sector, s) => {
    return {
      code: sector.code,
      name: sector.name,
      lq: locationQuotient(cube, areaIndex, s, y1, b),
      growth: growth(cube, areaIndex, s, y0, y1).pct,
      value: cellValue(cube, areaIndex, s, y1),
      flag: cellFlag(cube, areaIndex, s, y1),
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
  /** The width of a corner label's line as drawn (bold), where it can be measured; else characters × charWidth. */
  cornerTextWidth?: (text: string) => number;
  /** Most bubble labels to place (default 8). */
  maxLabels?: number;
  /** Longer names are cut to this many characters with "…" (default 24). */
  maxLabelChars?: number;
}

export type QuadrantKey =
  'specialised-growing' | 'specialised-declining' | 'not-specialised-growing' | 'not-specialised-declining';

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
  /** False when every place in the quadrant would cover a bubble: the label is left out (see hiddenCornerNote). */
  drawn: boolean;
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

/** Below this width (px) the chart is drawn for a phone: corner labels on two lines, say. */
export const NARROW_CHART = 520;

export function bubbleLayout(input: BubbleInput, options: BubbleOptions): BubbleLayout {
  const { width, height, margin } = options;
  const plot = { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom };
  const plotW = Math.max(0, plot.right - plot.left);
  const plotH = Math.max(0, plot.bottom - plot.top);
  const fontSize = options.fontSize ?? 11;
  const charWidth = options.charWidth ?? (6.2 * fontSize) / 11;
  // The corner labels are drawn at their own size, not the names' (bubble-quadrants CORNER_FONT_SIZE).
  const cornerCharWidth = (charWidth * CORNER_FONT_SIZE) / fontSize;
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

  // r: bubble area ∝ value.
  const r = bubbleRadius(
    shown.map((s) => s.value),
    maxRadius,
  );
  // x: log scale through 1, each side as wide as its own LQs need (the one LQ axis, charts/lq-axis.ts),
  // wide enough for its corner labels on two lines, and each bubble inside the plot (as drawn: 2.5 px at least).
  const { x, xDomain } = bubbleX(
    shown.map((s) => s.lq),
    plot.left,
    plotW,
    cornerCharWidth,
    shown.map((s) => Math.max(2.5, r(s.value))),
  );
  const refX = x(1);

  // y: linear, covering every growth and the reference line (bubble-scales.ts).
  const refKnown = Number.isFinite(input.refGrowth);
  const refGrowth = refKnown ? input.refGrowth : 0;
  const yScale = bubbleYScale(
    shown.map((s) => s.growth),
    refGrowth,
    plot,
  );
  const yDomain = yScale.domain() as [number, number];
  const y = (g: number) => yScale(g);
  const refY = y(refGrowth);

  const quadrantOf = (lq: number, g: number): QuadrantKey =>
    lq >= 1
      ? g >= refGrowth
        ? 'specialised-growing'
        : 'specialised-declining'
      : g >= refGrowth
        ? 'not-specialised-growing'
        : 'not-specialised-declining';

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

  // Quadrant labels in the four corners of the plot (bubble-quadrants.ts); the boxes they take are
  // kept clear of sector labels.
  const refText = refKnown ? `${input.benchmark} overall (${formatGrowth(refGrowth)})` : '';
  const { quadrants, placed } = quadrantLabels(bubbles, {
    plot: { ...plot, refY },
    textWidth: options.cornerTextWidth,
    refX,
    refText,
    refKnown,
    narrowChart,
    fontSize: CORNER_FONT_SIZE,
    charWidth: cornerCharWidth,
  });

  // Labels: the top sector, then the specialised ones, largest first (bubble-labels.ts), each beside
  // its bubble or, where that is taken, further out with a leader line; never over another bubble.
  const labels = placeBubbleLabels(
    bubbles
      .filter((b) => b.r > 0)
      .map((b) => ({ code: b.code, cx: b.cx, cy: b.cy, r: Math.max(2.5, b.r), text: b.labelText })),
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

  const xTicks = bubbleXTicks(xDomain, x);
  const yTicks = bubbleYTicks(yScale);

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

export { farOutFences } from './bubble-scales';
export { hiddenCornerNote, twoLines } from './bubble-quadrants';

/** What the notes call the chart's sectors ("research councils" on UKRI, words.ts sectorWords). */
type Words = { one: string; many: string };
const SECTORS: Words = { one: 'sector', many: 'sectors' };

/** "2 sectors not shown: no figure." or "3 sectors not shown: 2 with no figure, 1 with no growth figure."; '' for none. */
export function omittedNote(omitted: readonly OmittedSector[], sw: Words = SECTORS): string {
  if (omitted.length === 0) return '';
  const counts = new Map<OmitReason, number>();
  for (const o of omitted) counts.set(o.reason, (counts.get(o.reason) ?? 0) + 1);
  const head = `${omitted.length} ${omitted.length === 1 ? sw.one : sw.many} not shown: `;
  if (counts.size === 1) return `${head}${REASON_TEXT[omitted[0].reason]}.`;
  const order: OmitReason[] = ['no-lq', 'none-in-area', 'no-growth'];
  const parts = order.filter((k) => counts.has(k)).map((k) => `${counts.get(k)} with ${REASON_TEXT[k]}`);
  return `${head}${parts.join(', ')}.`;
}

/** Words for the chart's notes when some growths are drawn at its edge. */
export function offScaleNote(bubbles: readonly Bubble[], sw: Words = SECTORS): string {
  const off = bubbles.filter((b) => b.offScale !== null);
  if (off.length === 0) return '';
  const names = off.map((b) => `${b.name} (${formatGrowth(b.growth)})`).join(', ');
  return `${off.length === 1 ? `1 ${sw.one} grew` : `${off.length} ${sw.many} grew`} far more or less than the others and ${off.length === 1 ? 'is' : 'are'} drawn at the chart's edge, marked with an arrow: ${names}.`;
}
