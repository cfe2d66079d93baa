// Where the bubble chart's corner labels go, worked by hand. The plot runs x 40…480, y 10…270, LQ 1
// at x 260; text at the size drawn, 11 px (CORNER_FONT_SIZE), 6 px a character; a line's box runs
// 8.25 px above its baseline, 2.75 below. "Specialised, growing faster" is 27 characters, 162 px: one
// line (its side is 220 − 8 = 212 px). Its outer corner: ending at x 480 − 4 = 476, baseline
// 10 + 4 + 8.25 = 22.25, box x 314…476, y 14…25.
import { describe, expect, it } from 'vitest';
import { CORNER_FONT_SIZE, GRAZE, hiddenCornerNote, quadrantLabels } from '../../src/lib/profile/bubble-quadrants';
import { bubbleLayout } from '../../src/lib/profile/bubble';
import type { Bubble, QuadrantKey } from '../../src/lib/profile/bubble';

const bubble = (cx: number, cy: number, r: number, quadrant: QuadrantKey = 'specialised-growing') =>
  ({ code: `${cx},${cy}`, cx, cy, r, quadrant }) as Bubble;
const options = (refY = 140) => ({
  plot: { left: 40, top: 10, right: 480, bottom: 270, refY },
  refX: 260,
  refText: 'England overall (+5.0%)',
  refKnown: true,
  narrowChart: false,
  fontSize: CORNER_FONT_SIZE,
  charWidth: 6,
});
const topRight = (bubbles: Bubble[], refY?: number) =>
  quadrantLabels(bubbles, options(refY)).quadrants.find((q) => q.key === 'specialised-growing')!;

describe('corner labels kept off the bubbles', () => {
  it('sit in the outer corners when nothing is there', () => {
    const { quadrants, placed } = quadrantLabels([], options());
    expect(quadrants.map((q) => [q.key, q.x, q.y, q.anchor, q.drawn])).toEqual([
      ['specialised-growing', 476, 22.25, 'end', true],
      ['not-specialised-growing', 44, 22.25, 'start', true],
      // 270 − 4 − 2.75
      ['not-specialised-declining', 44, 263.25, 'start', true],
      ['specialised-declining', 476, 263.25, 'end', true],
    ]);
    expect(placed[0]).toEqual({ x0: 314, x1: 476, y0: 14, y1: 25 });
  });

  it("move to the quadrant's inner corner when a bubble is in the outer one", () => {
    // A bubble at (440, 40), r 20: 15 px from the outer box (440, 25). The inner box, x 264…426, is
    // √(14² + 15²) = 20.5 px from it at its corner (426, 25): clear.
    expect(topRight([bubble(440, 40, 20)])).toMatchObject({ x: 264, y: 22.25, anchor: 'start', drawn: true });
  });

  it('step down the sides, half a line at a time, when both top corners are taken', () => {
    // A bubble at (400, 40), r 20 lies across both boxes' widths, down to y 60: the first baseline, a
    // half line (5.5 px) at a time, whose box starts at or below 60 is 22.25 + 5.5 × 9 = 71.75
    // (y 63.5…74.5; 8 steps, 66.25, starts at 58), the outer side first.
    expect(topRight([bubble(400, 40, 20)])).toMatchObject({ x: 476, y: 71.75, anchor: 'end', drawn: true });
  });

  it(`may graze a rim by up to ${GRAZE} px only where the quadrant has no clear place`, () => {
    // Reference line at y 28: the quadrant has room for the label only on baseline 22.25 (box to 25).
    // A bubble at (400, 26), r 3 reaches 2 px into both top places: the outer corner, grazed, is kept.
    expect(topRight([bubble(400, 26, 3)], 28)).toMatchObject({ x: 476, y: 22.25, anchor: 'end', drawn: true });
  });

  it('are left out, and said so in words, where every place would cover a bubble', () => {
    // The same room, a bubble of r 10 at (400, 26): 9 px into both places, more than a graze.
    const { quadrants, placed } = quadrantLabels([bubble(400, 26, 10)], options(28));
    expect(quadrants[0]).toMatchObject({ key: 'specialised-growing', drawn: false });
    expect(quadrants.slice(1).every((q) => q.drawn)).toBe(true);
    // Its box is not kept clear of the sectors' names, as nothing is drawn there.
    expect(placed).toHaveLength(3);
    expect(placed).not.toContainEqual({ x0: 314, x1: 476, y0: 14, y1: 25 });
    expect(hiddenCornerNote(quadrants)).toBe(
      'A corner label is left out where it would cover a bubble: top right, specialised (LQ 1 or more) and growing faster than England overall (+5.0%).',
    );
    expect(hiddenCornerNote(quadrantLabels([], options()).quadrants)).toBe('');
  });

  it('measure their lines with textWidth where given', () => {
    // 100 px a line: the outer box is x 376…476, clear of a bubble at (340, 40), r 20 (162 px would not be).
    const q = quadrantLabels([bubble(340, 40, 20)], { ...options(), textWidth: () => 100 }).quadrants[0];
    expect(q).toMatchObject({ x: 476, y: 22.25, anchor: 'end' });
  });

  it('are placed at the size they are drawn, 11 px, on a narrow chart whose names are 10 px', () => {
    // 400 × 300, margins top 10, right 20, bottom 30, left 40: plot x 40…380, y 10…270. Narrow (under
    // 520 px), so every corner label is on two lines, a line 11 px apart. The top lines' baseline is
    // 10 + 4 + 8.25 = 22.25, their boxes y 14…25 and 25…36; the bottom label's last baseline is
    // 270 − 4 − 2.75 = 263.25, so its first is 252.25 (boxes y 244…255 and 255…266). Placed as
    // 10 px (the old layout) they were 21.5 and 253.5, boxes 10 px tall: a line's last pixel uncovered.
    const layout = bubbleLayout(
      { sectors: [], refGrowth: 0.05, benchmark: 'England' },
      { width: 400, height: 300, margin: { top: 10, right: 20, bottom: 30, left: 40 }, fontSize: 10, charWidth: 6 },
    );
    const at = Object.fromEntries(layout.quadrants.map((q) => [q.key, [q.y, q.lines.length]]));
    expect(at).toEqual({
      'specialised-growing': [22.25, 2],
      'not-specialised-growing': [22.25, 2],
      'not-specialised-declining': [252.25, 2],
      'specialised-declining': [252.25, 2],
    });
  });
});
