// Geometry of the smart-specialisation diagram (Balland, Boschma, Crespo and Rigby 2019): across,
// how related a sector is to what the area already does (relatedness density); up, how complex the
// sector is; bubble area, the area's size in it. Lines at the area's mean density and at average
// complexity (0) cut it into four; the top right, related and complex, is where the best bets are.
import { scaleLinear, scaleSqrt } from 'd3-scale';
import type { SectorNext } from './area-next';

export type Quadrant = 'related-complex' | 'complex' | 'related' | 'neither';

export const QUADRANT_TITLE: Record<Quadrant, string> = {
  'related-complex': 'Related and complex: the best bets',
  complex: 'Complex but less related: long shots',
  related: 'Related but less complex',
  neither: 'Less related, less complex',
};

/** The short names written in the diagram's corners. */
export const QUADRANT_CORNER: Record<Quadrant, string> = {
  'related-complex': 'Related and complex',
  complex: 'Complex, less related',
  related: 'Related, less complex',
  neither: 'Neither',
};

export interface DiagramBubble {
  sector: SectorNext;
  cx: number;
  cy: number;
  r: number;
  quadrant: Quadrant;
}

export interface Diagram {
  plot: { left: number; right: number; top: number; bottom: number };
  bubbles: DiagramBubble[];
  /** Sectors without a density or a complexity, not drawn (listed in the table). */
  omitted: SectorNext[];
  refX: number;
  refY: number;
  xTicks: { value: number; px: number; label: string }[];
  yTicks: { value: number; px: number; label: string }[];
}

export function quadrantOf(s: SectorNext, meanDensity: number): Quadrant {
  const related = s.density >= meanDensity;
  const complex = s.complexity >= 0;
  return related && complex ? 'related-complex' : complex ? 'complex' : related ? 'related' : 'neither';
}

export function smartDiagram(
  sectors: SectorNext[],
  meanDensity: number,
  size: { width: number; height: number; margin: { top: number; right: number; bottom: number; left: number } },
): Diagram {
  const { width, height, margin } = size;
  const plot = { left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom };
  const drawn = sectors.filter((s) => Number.isFinite(s.density) && Number.isFinite(s.complexity));
  const omitted = sectors.filter((s) => !drawn.includes(s));
  const ys = drawn.map((s) => s.complexity);
  const yMax = Math.max(1, ...ys.map(Math.abs)) * 1.1;
  const maxValue = Math.max(0, ...drawn.map((s) => (Number.isFinite(s.value) ? s.value : 0)));
  const rMax = Math.max(6, Math.min(26, (plot.right - plot.left) / 18));
  // 0% and 100%, and the most complex sectors, sit the largest bubble's radius inside the frame, so a
  // bubble there is drawn whole (Black Country's largest sectors, at 100%, were cut in half by the
  // chart's edge, and its most complex one ran over the corner's name).
  const x = scaleLinear()
    .domain([0, 1])
    .range([plot.left + rMax, plot.right - rMax]);
  const y = scaleLinear()
    .domain([-yMax, yMax])
    .range([plot.bottom - rMax, plot.top + rMax]);
  const r = scaleSqrt()
    .domain([0, maxValue || 1])
    .range([0, rMax]);
  const ref = Number.isFinite(meanDensity) ? meanDensity : 0.5;
  const bubbles = drawn
    .map((s) => ({
      sector: s,
      cx: x(s.density),
      cy: y(s.complexity),
      r: Math.max(3, r(Number.isFinite(s.value) && s.value > 0 ? s.value : 0)),
      quadrant: quadrantOf(s, ref),
    }))
    // Largest first, so small bubbles are drawn on top and stay visible.
    .sort((p, q) => q.r - p.r || p.sector.index - q.sector.index);
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  return {
    plot,
    bubbles,
    omitted,
    refX: x(ref),
    refY: y(0),
    xTicks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ value: v, px: x(v), label: pct(v) })),
    yTicks: y.ticks(5).map((v) => ({ value: v, px: y(v), label: v > 0 ? `+${v}` : String(v) })),
  };
}
