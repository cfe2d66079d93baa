// Geometry of the "specialisation and productivity" chart: one strip per broad industry group, the
// groups from the highest GVA per worker in England (top) to the lowest, each industry of the area a
// dot on its group's strip at its location quotient (the shared log LQ axis, line at 1). A dashed
// line between the strips marks England's GVA per worker over all industries. Industries with no LQ
// are listed in words, never drawn at 0.
import { lqAxis } from '../charts/lq-axis';
import { lqTickLabel } from '../charts/bar-frame';
import type { IndustryPoint, SpecialisationProductivity } from '../metrics/specialisation-productivity';

export interface StripDot extends IndustryPoint {
  cx: number;
  cy: number;
}

export interface Strip {
  name: string;
  /** The name as drawn: shorter on a narrow chart. */
  label: string;
  perWorker: number;
  approximate: boolean;
  /** Baseline of the group's label (and, on a narrow chart, of its figure on a second line), and the strip's centre line. */
  labelY: number;
  figureY: number;
  y: number;
}

export interface StripLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  /** x of LQ 1. */
  one: number;
  ticks: { value: number; px: number; label: string | null }[];
  strips: Strip[];
  dots: StripDot[];
  /** y of the line for England's all-industry GVA per worker (between the strips above and below it). */
  englandY: number;
  /** Industries with no LQ (suppressed or missing): named in the notes. */
  noFigure: IndustryPoint[];
  axisY: number;
  narrow: boolean;
}

export const DOT_R = 6;
/** Room between the strips for England's line and its label. */
export const ENGLAND_GAP = 12;
/** Below this width the group's figure goes under its name, and long names are shortened. */
export const NARROW_STRIPS = 560;

const SHORT: Record<string, string> = {
  'Agriculture, mining, energy and water': 'Agriculture, mining, energy, water',
  'Finance, property, professional and business services': 'Finance, property, business services',
  'Public administration, education and health': 'Public admin., education, health',
  'Distribution, hotels and restaurants': 'Distribution, hotels, restaurants',
};

export function stripLayout(r: SpecialisationProductivity, width: number): StripLayout {
  const narrow = width < NARROW_STRIPS;
  const row = narrow ? 58 : 46;
  const left = 10;
  const right = Math.max(left + 100, width - 14);
  const drawn = r.points.filter((p) => p.lq > 0 && Number.isFinite(p.lq));
  const noFigure = r.points.filter((p) => !(p.lq > 0 && Number.isFinite(p.lq)));
  const axis = lqAxis(
    drawn.map((p) => p.lq),
    left + DOT_R,
    right - DOT_R,
    1.05,
  );
  const top = 6;
  // England's line sits below the last strip whose GVA per worker is at least England's, in a gap of
  // its own: the strips under it move down, so no group's name is drawn over the dashed line.
  const above = r.groups.filter((g) => g.perWorker >= r.england.perWorker).length;
  const rowTop = (i: number) => top + i * row + (i >= above ? ENGLAND_GAP : 0);
  const strips: Strip[] = r.groups.map((g, i) => ({
    name: g.name,
    label: narrow ? (SHORT[g.name] ?? g.name) : g.name,
    perWorker: g.perWorker,
    approximate: g.approximate,
    labelY: rowTop(i) + 13,
    figureY: rowTop(i) + (narrow ? 26 : 13),
    y: rowTop(i) + (narrow ? 43 : 31),
  }));
  // Dots of one strip that would overlap move up and down in turn, so every dot can be seen and pointed at.
  const dots: StripDot[] = [];
  for (const s of strips) {
    const mine = drawn
      .filter((p) => p.group === s.name)
      .map((p) => ({ ...p, cx: axis.x(p.lq), cy: s.y }))
      .sort((a, b) => a.cx - b.cx);
    let lastX = -Infinity;
    let lane = 0;
    for (const d of mine) {
      lane = d.cx - lastX < DOT_R * 1.6 ? lane + 1 : 0;
      d.cy = s.y + (lane === 0 ? 0 : (lane % 2 === 1 ? -1 : 1) * Math.ceil(lane / 2) * (DOT_R - 1));
      lastX = d.cx;
      dots.push(d);
    }
  }
  // 10 px into the gap: its own label (11 px, baseline 3 px above the line) clears the dots above, and
  // the line clears the next group's name (12 px, baseline 13 px below the gap).
  const englandY = top + above * row + 10;
  const axisY = top + strips.length * row + ENGLAND_GAP + 6;
  return {
    width,
    height: axisY + 34,
    left,
    right,
    one: axis.one,
    ticks: [1, ...axis.ticks]
      .sort((a, b) => a - b)
      .map((v) => ({ value: v, px: axis.x(v), label: v === 1 ? '1' : lqTickLabel(v, narrow) })),
    strips,
    dots,
    englandY,
    noFigure,
    axisY,
    narrow,
  };
}
