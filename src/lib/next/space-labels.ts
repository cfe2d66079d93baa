// Where the industry space's names go, as pure geometry. Each name goes below its circle (as it
// always has), else above it, right of it or left of it: the first place that covers no other name
// and no other circle and stays inside the picture. A name with no such place is left out; the
// circle's tooltip and the table under the chart still name it. Names are placed in order (the
// chosen sector, then the area's specialisations, then the rest, largest first), so where two would
// collide the more telling one keeps its place.

/** The names' size as drawn: IndustrySpace writes it on the text, measures in it and places at it. */
export const SPACE_LABEL_FONT_SIZE = 11;

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface SpaceLabelNode {
  code: string;
  cx: number;
  cy: number;
  /** Radius as drawn. */
  r: number;
  /** The name as it will be written (already shortened); '' for a circle not to be named (still in the way). */
  text: string;
  /** Drawn bold (a specialisation), so wider. */
  bold: boolean;
}

export type SpaceAnchor = 'start' | 'middle' | 'end';

export interface SpaceLabel {
  code: string;
  text: string;
  bold: boolean;
  /** Text x (SVG text-anchor = anchor) and baseline y. */
  x: number;
  y: number;
  anchor: SpaceAnchor;
  position: 'below' | 'above' | 'right' | 'left';
  box: Box;
}

export interface SpaceLabelOptions {
  width: number;
  height: number;
  fontSize: number;
  /** Width of one character in px, when `textWidth` is not given (bold adds a tenth). */
  charWidth: number;
  /** The width of a name as the browser draws it. */
  textWidth?: (text: string, bold: boolean) => number;
}

// A name's box runs from 0.95 em above its baseline to 0.25 em below (the glyphs' ascent and
// descent in common sans-serif fonts), so the box covers what is drawn.
const ASCENT = 0.95;
const DESCENT = 0.25;
/** Space between a circle and a name beside or above it. */
const GAP = 3;

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function circleHitsBox(cx: number, cy: number, r: number, b: Box): boolean {
  const nx = Math.max(b.x0, Math.min(cx, b.x1));
  const ny = Math.max(b.y0, Math.min(cy, b.y1));
  return (nx - cx) ** 2 + (ny - cy) ** 2 < r * r;
}

/** The chosen sector first, then the specialisations, then the rest; larger first; ties by order given. */
export function spaceLabelOrder(
  nodes: readonly { code: string; held: boolean; size: number }[],
  selected: string,
): string[] {
  const rank = (n: { code: string; held: boolean }) => (n.code === selected ? 0 : n.held ? 1 : 2);
  const size = (n: { size: number }) => (Number.isFinite(n.size) ? n.size : 0);
  return nodes
    .map((n, i) => ({ n, i }))
    .sort((a, b) => rank(a.n) - rank(b.n) || size(b.n) - size(a.n) || a.i - b.i)
    .map(({ n }) => n.code);
}

export function placeSpaceLabels(
  nodes: readonly SpaceLabelNode[],
  order: readonly string[],
  { width, height, fontSize, charWidth, textWidth }: SpaceLabelOptions,
): SpaceLabel[] {
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const placed: SpaceLabel[] = [];
  const h = (ASCENT + DESCENT) * fontSize;
  for (const code of order) {
    const n = byCode.get(code);
    if (!n || !n.text) continue;
    const w = textWidth ? textWidth(n.text, n.bold) : n.text.length * charWidth * (n.bold ? 1.1 : 1);
    // Below and above: centred, except near the sides, where the name runs inwards from the
    // circle's edge so it is not cut off.
    const [vx, vAnchor]: [number, SpaceAnchor] =
      n.cx < width * 0.22 ? [n.cx - n.r, 'start'] : n.cx > width * 0.78 ? [n.cx + n.r, 'end'] : [n.cx, 'middle'];
    const tries: [SpaceLabel['position'], number, number, SpaceAnchor][] = [
      ['below', vx, n.cy + n.r + fontSize, vAnchor],
      ['above', vx, n.cy - n.r - GAP - DESCENT * fontSize, vAnchor],
      ['right', n.cx + n.r + GAP, n.cy + 0.35 * fontSize, 'start'],
      ['left', n.cx - n.r - GAP, n.cy + 0.35 * fontSize, 'end'],
    ];
    for (const [position, x, y, anchor] of tries) {
      const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      const box = { x0, x1: x0 + w, y0: y - ASCENT * fontSize, y1: y - ASCENT * fontSize + h };
      if (box.x0 < 0 || box.x1 > width || box.y0 < 0 || box.y1 > height) continue;
      if (placed.some((p) => overlaps(p.box, box))) continue;
      if (nodes.some((o) => circleHitsBox(o.cx, o.cy, o.r, box))) continue;
      placed.push({ code, text: n.text, bold: n.bold, x, y, anchor, position, box });
      break;
    }
  }
  return placed;
}
