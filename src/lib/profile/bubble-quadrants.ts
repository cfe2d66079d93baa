// The bubble chart's four corner labels ("Specialised, growing faster" …): their words, where they
// sit, on one line or two, and the boxes they take (kept clear of the sectors' labels).
import type { Anchor, Bubble, QuadrantKey, QuadrantLabel } from './bubble';

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
  plot: { left: number; top: number; right: number; bottom: number };
  /** x of the LQ 1 line. */
  refX: number;
  /** The reference growth in words ("England overall (+4.0%)"); '' when unknown. */
  refText: string;
  refKnown: boolean;
  narrowChart: boolean;
  fontSize: number;
  charWidth: number;
}

/** The four corner labels, with how many bubbles each quadrant has, and the boxes their lines take. */
export function quadrantLabels(
  bubbles: readonly Bubble[],
  { plot, refX, refText, refKnown, narrowChart, fontSize, charWidth }: QuadrantOptions,
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
  return { quadrants, placed };
}
