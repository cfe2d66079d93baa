// Where the bubble chart's labels go, as pure geometry: which sectors are named, in what order, and
// where each name sits so it is read as its own bubble's and nobody else's.
// - Order: the area's top sector (highest LQ) first, then the other specialised sectors (LQ above 1),
//   largest first, then the rest, largest first.
// - Each name goes beside its bubble (right, left, above, below, then the four diagonals), or, when
//   every place beside it is taken, further out along the same directions with a leader line from
//   the name to the bubble's edge.
// - A name beside its bubble keeps clear of every other bubble (by `clearance` more than of its own).
// - A name never covers another name, a corner label, any bubble (its own included), or leaves the
//   plot; a leader line never crosses another name, nor another bubble unless its own bubble overlaps it. A name with no free place is left out
//   (the tooltip and the table still name every bubble), except the top sector's, which takes the
//   least bad place rather than go unnamed.

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface LabelBubble {
  code: string;
  cx: number;
  cy: number;
  /** Radius as drawn. */
  r: number;
  /** The name as it will be written (already shortened). */
  text: string;
}

export type LabelAnchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
  code: string;
  /** Text x (SVG text-anchor = anchor) and baseline y. */
  x: number;
  y: number;
  anchor: LabelAnchor;
  box: Box;
  /** The direction from the bubble: 'right', 'above-left', … */
  position: string;
  /** The point of the name's box nearest its bubble. */
  attach: { x: number; y: number };
  /** From the name (x1, y1) to the bubble's edge (x2, y2); null when the name sits beside its bubble. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface LabelOptions {
  /** The plot area; names stay inside it. */
  plot: Box;
  /** Boxes already taken (the corner labels). */
  obstacles?: readonly Box[];
  /** Text size in px: a name's box runs from 0.95 em above its baseline to 0.25 em below (the
   *  glyphs' ascent and descent in common sans-serif fonts, so the box covers what is drawn). */
  fontSize: number;
  /** Width of one character in px, when `textWidth` is not given. */
  charWidth: number;
  /** The width of a name as the browser draws it (in the browser: measured from the font). */
  textWidth?: (text: string) => number;
  /** Space between a bubble and the name beside it (default 3). */
  gap?: number;
  /** A name beside its bubble (no leader) keeps at least this much further from every other bubble
   *  (default 4), so it is read as its own bubble's and not its neighbour's. */
  clearance?: number;
  /** Most names to place. */
  maxLabels: number;
  /** Extra distances tried, with a leader line, once every place beside the bubble is taken (default 10, 22, 36, 54). */
  reach?: readonly number[];
}

/**
 * The order in which sectors are named: the top sector (highest LQ) first, then the specialised
 * ones (LQ above 1) from the largest value down, then the others likewise. Ties go by code.
 */
export function labelPriority(sectors: readonly { code: string; lq: number; value: number }[]): string[] {
  const known = sectors.filter((s) => Number.isFinite(s.lq) && s.lq > 0);
  if (known.length === 0) return [];
  const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const top = [...known].sort((a, b) => b.lq - a.lq || byCode(a, b))[0];
  const rest = known.filter((s) => s !== top);
  const bySize = (a: (typeof known)[number], b: (typeof known)[number]) => b.value - a.value || byCode(a, b);
  return [
    top.code,
    ...rest
      .filter((s) => s.lq > 1)
      .sort(bySize)
      .map((s) => s.code),
    ...rest
      .filter((s) => !(s.lq > 1))
      .sort(bySize)
      .map((s) => s.code),
  ];
}

const ASCENT = 0.95;
const DESCENT = 0.25;

/** Directions tried, in order: [name, unit x, unit y]. */
const DIRECTIONS: [string, number, number][] = [
  ['right', 1, 0],
  ['left', -1, 0],
  ['above', 0, -1],
  ['below', 0, 1],
  ['above-right', Math.SQRT1_2, -Math.SQRT1_2],
  ['above-left', -Math.SQRT1_2, -Math.SQRT1_2],
  ['below-right', Math.SQRT1_2, Math.SQRT1_2],
  ['below-left', -Math.SQRT1_2, Math.SQRT1_2],
];

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Whether a circle and a box share any point (touching at the edge does not count). */
function circleHitsBox(cx: number, cy: number, r: number, b: Box): boolean {
  const nx = Math.max(b.x0, Math.min(cx, b.x1));
  const ny = Math.max(b.y0, Math.min(cy, b.y1));
  return (nx - cx) ** 2 + (ny - cy) ** 2 < r * r;
}

/** Whether the segment p→q passes within r of (cx, cy). */
function segmentHitsCircle(
  p: { x: number; y: number },
  q: { x: number; y: number },
  cx: number,
  cy: number,
  r: number,
): boolean {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((cx - p.x) * dx + (cy - p.y) * dy) / len2)) : 0;
  return (p.x + t * dx - cx) ** 2 + (p.y + t * dy - cy) ** 2 < r * r;
}

/** Whether the segment p→q crosses the inside of a box (sampled finely enough for labels). */
function segmentHitsBox(p: { x: number; y: number }, q: { x: number; y: number }, b: Box): boolean {
  const steps = Math.max(2, Math.ceil(Math.hypot(q.x - p.x, q.y - p.y) / 2));
  for (let i = 1; i < steps; i++) {
    const x = p.x + ((q.x - p.x) * i) / steps;
    const y = p.y + ((q.y - p.y) * i) / steps;
    if (x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1) return true;
  }
  return false;
}

/**
 * The name's box with its nearest point to the bubble at `at`: beside it to the right the box starts
 * there, above it the box ends there, on a diagonal the box's corner is there.
 */
function boxAt(
  at: { x: number; y: number },
  ux: number,
  uy: number,
  w: number,
  fontSize: number,
): { box: Box; x: number; y: number; anchor: LabelAnchor } {
  const h = (ASCENT + DESCENT) * fontSize;
  const x0 = ux > 0.1 ? at.x : ux < -0.1 ? at.x - w : at.x - w / 2;
  const y0 = uy > 0.1 ? at.y : uy < -0.1 ? at.y - h : at.y - h / 2;
  const anchor: LabelAnchor = ux > 0.1 ? 'start' : ux < -0.1 ? 'end' : 'middle';
  const x = anchor === 'start' ? x0 : anchor === 'end' ? x0 + w : x0 + w / 2;
  return { box: { x0, x1: x0 + w, y0, y1: y0 + h }, x, y: y0 + ASCENT * fontSize, anchor };
}

export function placeBubbleLabels(
  bubbles: readonly LabelBubble[],
  order: readonly string[],
  options: LabelOptions,
): PlacedLabel[] {
  const { plot, fontSize, charWidth } = options;
  const gap = options.gap ?? 3;
  const clearance = options.clearance ?? 4;
  const reach = options.reach ?? [10, 22, 36, 54];
  const byCode = new Map(bubbles.map((b) => [b.code, b]));
  const taken: Box[] = [...(options.obstacles ?? [])];
  const placed: PlacedLabel[] = [];
  const leaders: NonNullable<PlacedLabel['leader']>[] = [];

  for (const code of order) {
    if (placed.length >= options.maxLabels) break;
    const b = byCode.get(code);
    if (!b || !(b.r >= 0)) continue;
    const w = options.textWidth ? options.textWidth(b.text) : b.text.length * charWidth;
    const isTop = placed.length === 0 && code === order[0];
    let best: { label: PlacedLabel; cost: number } | null = null;
    search: for (const extra of [0, ...reach]) {
      for (const [position, ux, uy] of DIRECTIONS) {
        const edge = { x: b.cx + b.r * ux, y: b.cy + b.r * uy };
        const at = { x: b.cx + (b.r + gap + extra) * ux, y: b.cy + (b.r + gap + extra) * uy };
        const { box, x, y, anchor } = boxAt(at, ux, uy, w, fontSize);
        const leader = extra > 0 ? { x1: at.x, y1: at.y, x2: edge.x, y2: edge.y } : null;
        // What this place would cover: 0 is free. Off the plot is never allowed.
        if (box.x0 < plot.x0 || box.x1 > plot.x1 || box.y0 < plot.y0 || box.y1 > plot.y1) continue;
        let cost = 0;
        for (const t of taken) if (overlaps(t, box) || (leader && segmentHitsBox(at, edge, t))) cost += 100;
        for (const l of leaders) if (segmentHitsBox({ x: l.x1, y: l.y1 }, { x: l.x2, y: l.y2 }, box)) cost += 100;
        for (const o of bubbles) {
          const r = Math.max(2.5, o.r);
          if (circleHitsBox(o.cx, o.cy, r, box)) cost += o === b ? 1000 : 10;
          else if (!leader && o !== b && circleHitsBox(o.cx, o.cy, r + gap + clearance, box)) cost += 3;
          // A leader may cross a bubble its own bubble's edge lies inside (overlapping bubbles): no way round.
          else if (
            leader &&
            o !== b &&
            (edge.x - o.cx) ** 2 + (edge.y - o.cy) ** 2 >= r * r &&
            segmentHitsCircle(at, edge, o.cx, o.cy, r)
          )
            cost += 5;
        }
        const label: PlacedLabel = { code, x, y, anchor, box, position, attach: at, leader };
        if (cost === 0) {
          best = { label, cost };
          break search;
        }
        // Only the top sector settles for a place that covers something: the least covered, nearest.
        if (isTop && cost < 1000 && (!best || cost < best.cost)) best = { label, cost };
      }
    }
    if (!best) continue;
    placed.push(best.label);
    taken.push(best.label.box);
    if (best.label.leader) leaders.push(best.label.leader);
  }
  return placed;
}
