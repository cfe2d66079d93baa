// Where the industry space's names go, worked by hand. A 400 × 300 picture; text 10 px, 6 px a
// character (bold a tenth wider); a name's box runs 9.5 px above its baseline and 2.5 below. Below a
// circle the baseline is one font size under its edge; above it, the box ends 3 px over its edge.
import { describe, expect, it } from 'vitest';
import { placeSpaceLabels, spaceLabelOrder, type SpaceLabelNode } from '../../src/lib/next/space-labels';

const opts = { width: 400, height: 300, fontSize: 10, charWidth: 6 };
const node = (code: string, cx: number, cy: number, r: number, text = code, bold = false): SpaceLabelNode => ({
  code,
  cx,
  cy,
  r,
  text,
  bold,
});
const where = (labels: ReturnType<typeof placeSpaceLabels>) =>
  labels.map((l) => [l.code, l.position, l.x, l.y, l.anchor]);

describe('placeSpaceLabels', () => {
  it('moves a name above its circle when below it would run over another circle', () => {
    // "Professional" (72 px) below its circle (200, 100, r 20): baseline 130, box x 164…236, y 120.5…132.5,
    // which runs over Property's circle (210, 135, r 10). Above: baseline 100 − 20 − 3 − 2.5 = 74.5.
    // "Property" (48 px) then goes below its own: baseline 155.
    const labels = placeSpaceLabels(
      [node('prof', 200, 100, 20, 'Professional'), node('prop', 210, 135, 10, 'Property')],
      ['prof', 'prop'],
      opts,
    );
    expect(where(labels)).toEqual([
      ['prof', 'above', 200, 74.5, 'middle'],
      ['prop', 'below', 210, 155, 'middle'],
    ]);
    expect(labels[0].box).toEqual({ x0: 164, x1: 236, y0: 65, y1: 77 });
  });

  it('moves a name above its circle when below it would cover a name placed before', () => {
    // a's name (60 px) below: x 70…130, y 110.5…122.5. b's below, x 110…170, would overlap it; above
    // (box y 75…87) is √(10² + 13²) = 16.4 px from a's circle: clear.
    const labels = placeSpaceLabels(
      [node('a', 100, 100, 10, 'Aaaaaaaaaa'), node('b', 140, 100, 10, 'Bbbbbbbbbb')],
      ['a', 'b'],
      opts,
    );
    expect(where(labels)).toEqual([
      ['a', 'below', 100, 120, 'middle'],
      ['b', 'above', 140, 84.5, 'middle'],
    ]);
  });

  it('tries right, then left, and leaves a name out when every place is taken (unnamed circles still count)', () => {
    const ring = [node('d', 100, 125, 8, ''), node('e', 100, 75, 8, ''), node('g', 75, 100, 8, '')];
    // Below and above are covered by d and e; right (x 113…173, y 94…106) is free (g is to the left).
    expect(where(placeSpaceLabels([node('c', 100, 100, 10, 'Cccccccccc'), ...ring], ['c', 'd'], opts))).toEqual([
      ['c', 'right', 113, 103.5, 'start'],
    ]);
    // With f to the right instead of g to the left, the name ends left of the circle, at 100 − 10 − 3.
    const right = [ring[0], ring[1], node('f', 125, 100, 8, '')];
    expect(where(placeSpaceLabels([node('c', 100, 100, 10, 'Cccccccccc'), ...right], ['c'], opts))).toEqual([
      ['c', 'left', 87, 103.5, 'end'],
    ]);
    // With f to the right as well, no place is free (left, x 27…87, is on g): c is not named.
    const boxed = [node('c', 100, 100, 10, 'Cccccccccc'), ...ring, node('f', 125, 100, 8, '')];
    expect(placeSpaceLabels(boxed, ['c'], opts)).toEqual([]);
  });

  it('runs names inwards near the sides, and above a circle where below would leave the picture', () => {
    // x 30 < 0.22 × 400: the name starts at the circle's left edge, 30 − 10 = 20. A circle at the foot
    // (200, 290, r 5) has its name above: baseline 290 − 5 − 3 − 2.5 = 279.5.
    const labels = placeSpaceLabels([node('l', 30, 50, 10, 'Left'), node('f', 200, 290, 5, 'Foot')], ['l', 'f'], opts);
    expect(where(labels)).toEqual([
      ['l', 'below', 20, 70, 'start'],
      ['f', 'above', 200, 279.5, 'middle'],
    ]);
  });

  it('measures bold names with textWidth where given', () => {
    const widths: [string, boolean][] = [];
    placeSpaceLabels([node('h', 200, 100, 10, 'Held', true)], ['h'], {
      ...opts,
      textWidth: (t, bold) => (widths.push([t, bold]), 30),
    });
    expect(widths).toEqual([['Held', true]]);
  });
});

describe('spaceLabelOrder', () => {
  it('names the chosen sector first, then specialisations, then the rest, larger first', () => {
    const order = spaceLabelOrder(
      [
        { code: 'a', held: false, size: 50 },
        { code: 'b', held: true, size: 10 },
        { code: 'c', held: true, size: 30 },
        { code: 'd', held: false, size: 80 },
        { code: 'e', held: false, size: NaN },
        { code: 's', held: false, size: 1 },
      ],
      's',
    );
    expect(order).toEqual(['s', 'c', 'b', 'd', 'a', 'e']);
  });
});
