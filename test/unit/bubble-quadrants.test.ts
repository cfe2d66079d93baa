// Where the bubble chart's corner labels go, worked by hand. The plot runs x 40…480, y 10…270, LQ 1
// at x 260; text 10 px, 6 px a character; a line's box runs 7.5 px above its baseline, 2.5 below.
// "Specialised, growing faster" is 27 characters, 162 px: one line (its side is 220 − 8 = 212 px).
// Its outer corner: ending at x 480 − 4 = 476, baseline 10 + 4 + 7.5 = 21.5, box x 314…476, y 14…24.
import { describe, expect, it } from 'vitest';
import { GRAZE, hiddenCornerNote, quadrantLabels } from '../../src/lib/profile/bubble-quadrants';
import type { Bubble, QuadrantKey } from '../../src/lib/profile/bubble';

const bubble = (cx: number, cy: number, r: number, quadrant: QuadrantKey = 'specialised-growing') =>
  ({ code: `${cx},${cy}`, cx, cy, r, quadrant }) as Bubble;
const options = (refY = 140) => ({
  plot: { left: 40, top: 10, right: 480, bottom: 270, refY },
  refX: 260,
  refText: 'England overall (+5.0%)',
  refKnown: true,
  narrowChart: false,
  fontSize: 10,
  charWidth: 6,
});
const topRight = (bubbles: Bubble[], refY?: number) =>
  quadrantLabels(bubbles, options(refY)).quadrants.find((q) => q.key === 'specialised-growing')!;

describe('corner labels kept off the bubbles', () => {
  it('sit in the outer corners when nothing is there', () => {
    const { quadrants, placed } = quadrantLabels([], options());
    expect(quadrants.map((q) => [q.key, q.x, q.y, q.anchor, q.drawn])).toEqual([
      ['specialised-growing', 476, 21.5, 'end', true],
      ['not-specialised-growing', 44, 21.5, 'start', true],
      ['not-specialised-declining', 44, 263.5, 'start', true],
      ['specialised-declining', 476, 263.5, 'end', true],
    ]);
    expect(placed[0]).toEqual({ x0: 314, x1: 476, y0: 14, y1: 24 });
  });

  it("move to the quadrant's inner corner when a bubble is in the outer one", () => {
    // A bubble at (440, 40), r 20: 16 px from the outer box (440, 24). The inner box, x 264…426, is
    // √(14² + 16²) = 21.3 px from it at its corner (426, 24): clear.
    expect(topRight([bubble(440, 40, 20)])).toMatchObject({ x: 264, y: 21.5, anchor: 'start', drawn: true });
  });

  it('step down the sides, half a line at a time, when both top corners are taken', () => {
    // A bubble at (400, 40), r 20 lies across both boxes' widths, down to y 60: the first baseline
    // whose box starts at or below 60 is 21.5 + 10 × 5 = 71.5 (y 64…74), the outer side first.
    expect(topRight([bubble(400, 40, 20)])).toMatchObject({ x: 476, y: 71.5, anchor: 'end', drawn: true });
  });

  it(`may graze a rim by up to ${GRAZE} px only where the quadrant has no clear place`, () => {
    // Reference line at y 28: the quadrant has room for the label only on baseline 21.5 (box to 24).
    // A bubble at (400, 26), r 3 reaches 2 px into both top places: the outer corner, grazed, is kept.
    expect(topRight([bubble(400, 26, 3)], 28)).toMatchObject({ x: 476, y: 21.5, anchor: 'end', drawn: true });
  });

  it('are left out, and said so in words, where every place would cover a bubble', () => {
    // The same room, a bubble of r 10 at (400, 26): 8 px into both places, more than a graze.
    const { quadrants, placed } = quadrantLabels([bubble(400, 26, 10)], options(28));
    expect(quadrants[0]).toMatchObject({ key: 'specialised-growing', drawn: false });
    expect(quadrants.slice(1).every((q) => q.drawn)).toBe(true);
    // Its box is not kept clear of the sectors' names, as nothing is drawn there.
    expect(placed).toHaveLength(3);
    expect(placed).not.toContainEqual({ x0: 314, x1: 476, y0: 14, y1: 24 });
    expect(hiddenCornerNote(quadrants)).toBe(
      'A corner label is left out where it would cover a bubble: top right, specialised (LQ 1 or more) and growing faster than England overall (+5.0%).',
    );
    expect(hiddenCornerNote(quadrantLabels([], options()).quadrants)).toBe('');
  });

  it('measure their lines with textWidth where given', () => {
    // 100 px a line: the outer box is x 376…476, clear of a bubble at (340, 40), r 20 (162 px would not be).
    const q = quadrantLabels([bubble(340, 40, 20)], { ...options(), textWidth: () => 100 }).quadrants[0];
    expect(q).toMatchObject({ x: 476, y: 21.5, anchor: 'end' });
  });
});
