// The bubble chart's four corner labels ("Specialised, growing faster" …): their words, where they
// sit, on one line or two, and the boxes they take (kept clear of the sectors' labels).
// A corner label does not cover a bubble: it sits in its quadrant's outer corner, or where that is
// taken, the quadrant's inner corner, then a half line at a time along both sides, away from the
// plot's edge; only where no place is clear may it graze a bubble's rim (GRAZE px, under its halo).
// Where even that fails it is left out (drawn: false) and the chart says so in words
// (hiddenCornerNote), so the reading is still on the page, in every bubble's tooltip and the table.
import type { Anchor, Bubble, QuadrantKey, QuadrantLabel } from './bubble';

/**
 * The corner labels' size and weight as drawn: BubbleChart writes them on the text and measures the
 * lines in this font, and the layout places them at this size, whatever size the sectors' names are
 * (10 px on a narrow chart), so the boxes kept clear are the boxes on screen.
 */
export const CORNER_FONT_SIZE = 11;
export const CORNER_FONT = `600 ${CORNER_FONT_SIZE}px`;

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** "Specialised, growing faster" → ["Specialised,", "growing faster"]; without a comma, at the middle space. */
export function twoLines(label: string): string[] {
  const comma = label.indexOf(', ');
  if (comma > 0) return [label.slice(0, comma + 1), label.slice(comma + 2)];
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index!);
  if (spaces.length === 0) return [label];
  const mid = spaces.reduce((best, i) =>
    Math.abs(i - label.length / 2) < Math.abs(best - label.length / 2) ? i : best,
  );
  return [label.slice(0, mid), label.slice(mid + 1)];
}

export function textBox(x: number, baseline: number, width: number, anchor: Anchor, fontSize: number): Box {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  // Ascent ≈ 0.75 em above the baseline, descent ≈ 0.25 em below: the box is one em tall.
  return { x0, x1: x0 + width, y0: baseline - 0.75 * fontSize, y1: baseline + 0.25 * fontSize };
}

export interface QuadrantOptions {
  /** The plot, and the y of the reference growth line (the quadrants' inner edge; the middle when not given). */
  plot: { left: number; top: number; right: number; bottom: number; refY?: number };
  /** x of the LQ 1 line. */
  refX: number;
  /** The reference growth in words ("England overall (+4.0%)"); '' when unknown. */
  refText: string;
  refKnown: boolean;
  narrowChart: boolean;
  /** The labels' size as drawn: CORNER_FONT_SIZE (a test may give another). */
  fontSize: number;
  /** Width of one character at that size, when `textWidth` is not given. */
  charWidth: number;
  /** The width of a corner label's line as drawn (bold), where it can be measured; else characters × charWidth. */
  textWidth?: (text: string) => number;
}

/** Whether a circle and a box share any point (touching at the edge does not count). */
function circleHitsBox(cx: number, cy: number, r: number, b: Box): boolean {
  const nx = Math.max(b.x0, Math.min(cx, b.x1));
  const ny = Math.max(b.y0, Math.min(cy, b.y1));
  return (nx - cx) ** 2 + (ny - cy) ** 2 < r * r;
}

/** A corner label may run this far (px) into a bubble's rim when no place in its quadrant is clear. */
export const GRAZE = 3;

/** Where each corner is, in words, for the note on a corner label left out. */
const CORNER_WORDS: Record<QuadrantKey, string> = {
  'specialised-growing': 'top right',
  'not-specialised-growing': 'top left',
  'not-specialised-declining': 'bottom left',
  'specialised-declining': 'bottom right',
};

/** Words for the chart's notes when a corner label was left out; '' when all four are drawn. */
export function hiddenCornerNote(quadrants: readonly QuadrantLabel[]): string {
  const hidden = quadrants.filter((q) => !q.drawn);
  if (hidden.length === 0) return '';
  const parts = hidden.map((q) => `${CORNER_WORDS[q.key]}, ${q.title[0].toLowerCase()}${q.title.slice(1)}`);
  return `${hidden.length === 1 ? 'A corner label is' : 'Corner labels are'} left out where ${hidden.length === 1 ? 'it' : 'they'} would cover a bubble: ${parts.join('; ')}.`;
}

/** The four corner labels, with how many bubbles each quadrant has, and the boxes their lines take. */
export function quadrantLabels(
  bubbles: readonly Bubble[],
  { plot, refX, refText, refKnown, narrowChart, fontSize, charWidth, textWidth }: QuadrantOptions,
): { quadrants: QuadrantLabel[]; placed: Box[] } {
  const quadrantText: Record<QuadrantKey, [string, string]> = refKnown
    ? {
        'specialised-growing': [
          'Specialised, growing faster',
          `Specialised (LQ 1 or more) and growing faster than ${refText}`,
        ],
        'specialised-declining': [
          'Specialised, growing slower',
          `Specialised (LQ 1 or more) but growing slower than ${refText}`,
        ],
        'not-specialised-growing': [
          'Not specialised, growing faster',
          `Not specialised (LQ below 1) but growing faster than ${refText}`,
        ],
        'not-specialised-declining': [
          'Not specialised, growing slower',
          `Not specialised (LQ below 1) and growing slower than ${refText}`,
        ],
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
  const refY = plot.refY ?? (plot.top + plot.bottom) / 2;
  const corners: [QuadrantKey, number, number, Anchor][] = [
    ['specialised-growing', plot.right - inset, topY, 'end'],
    ['not-specialised-growing', plot.left + inset, topY, 'start'],
    ['not-specialised-declining', plot.left + inset, bottomY, 'start'],
    ['specialised-declining', plot.right - inset, bottomY, 'end'],
  ];
  const placed: Box[] = [];
  const lineHeight = fontSize;
  const widthOf = (text: string) => (textWidth ? textWidth(text) : text.length * charWidth);
  const quadrants: QuadrantLabel[] = corners.map(([key, qx, qy, anchor]) => {
    const [label, title] = quadrantText[key];
    // Two lines when the label is wider than its side of the LQ 1 line (or the chart is narrow).
    const side = (anchor === 'end' ? plot.right - refX : refX - plot.left) - 2 * inset;
    const lines = narrowChart || label.length * charWidth > side ? twoLines(label) : [label];
    const bottom = key.endsWith('declining');
    const w = Math.max(...lines.map(widthOf));
    const count = bubbles.filter((b) => b.quadrant === key).length;
    // The quadrant: across from its outer side to LQ 1, down from its outer edge to the reference line.
    const right = anchor === 'end';
    const quad = {
      x0: right ? refX : plot.left,
      x1: right ? plot.right : refX,
      y0: bottom ? refY : plot.top,
      y1: bottom ? plot.bottom : refY,
    };
    const boxesAt = (x: number, a: Anchor, firstBaseline: number) =>
      lines.map((_, i) => textBox(x, firstBaseline + i * lineHeight, w, a, fontSize));
    // `graze`: how far into a bubble's rim the text may run (its halo keeps it readable there).
    const hitsBubble = (boxes: Box[], graze: number) =>
      boxes.some((bx) => bubbles.some((b) => circleHitsBox(b.cx, b.cy, Math.max(2.5, b.r) - graze, bx)));
    const inside = (boxes: Box[]) =>
      boxes.every((bx) => bx.x0 >= quad.x0 && bx.x1 <= quad.x1 && bx.y0 >= quad.y0 && bx.y1 <= quad.y1);
    // The outer corner (as ever, first), then the quadrant's inner corner across from it, then each
    // step (half a line) along the quadrant's outer and inner sides, away from the outer edge.
    const outerY = bottom ? qy - (lines.length - 1) * lineHeight : qy;
    const innerX = right ? refX + inset : refX - inset;
    const innerAnchor: Anchor = right ? 'start' : 'end';
    const tries: [number, Anchor, number][] = [[qx, anchor, outerY]];
    const step = lineHeight / 2;
    for (let k = 0; k * step <= quad.y1 - quad.y0; k++) {
      const y = bottom ? outerY - k * step : outerY + k * step;
      if (k > 0) tries.push([qx, anchor, y]);
      tries.push([innerX, innerAnchor, y]);
    }
    let chosen: { x: number; anchor: Anchor; y: number; boxes: Box[] } | null = null;
    // First a place clear of every bubble; failing that, one that at most grazes a rim.
    search: for (const graze of [0, GRAZE]) {
      for (const [i, [x, a, y]] of tries.entries()) {
        const boxes = boxesAt(x, a, y);
        // The outer corner is kept however small the quadrant; the other places must fit in it.
        if ((i === 0 || inside(boxes)) && !hitsBubble(boxes, graze)) {
          chosen = { x, anchor: a, y, boxes };
          break search;
        }
      }
    }
    if (!chosen) {
      return { key, label, lines, title, x: qx, y: outerY, anchor, count, drawn: false };
    }
    placed.push(...chosen.boxes);
    return { key, label, lines, title, x: chosen.x, y: chosen.y, anchor: chosen.anchor, count, drawn: true };
  });
  return { quadrants, placed };
}
