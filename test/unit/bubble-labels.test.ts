// Where the bubble chart's names go, worked by hand. Text 10 px (a box 12 px tall, 9.5 px above the
// baseline and 2.5 below), 6 px a character, 3 px between a bubble and the name beside it.
import { describe, expect, it } from 'vitest';
import { labelPriority, placeBubbleLabels } from '../../src/lib/profile/bubble-labels';

const opts = { plot: { x0: 0, x1: 300, y0: 0, y1: 300 }, fontSize: 10, charWidth: 6, maxLabels: 8 };

describe('labelPriority', () => {
  it('names the top sector first, then the specialised ones largest first, then the rest largest first', () => {
    const order = labelPriority([
      { code: 'a', lq: 0.5, value: 100 },
      { code: 'b', lq: 1.2, value: 10 },
      { code: 'c', lq: 3, value: 1 },
      { code: 'd', lq: 1.5, value: 50 },
      { code: 'e', lq: 0.9, value: 200 },
      { code: 'f', lq: NaN, value: 999 },
    ]);
    expect(order).toEqual(['c', 'd', 'b', 'e', 'a']);
  });
});

describe('placeBubbleLabels', () => {
  it('puts a lone name to the right of its bubble, no leader', () => {
    // Right: starts at 100 + 10 + 3 = 113, "Abc" 18 px → 113…131; centred on 100 → 94…106, baseline 103.5.
    const [l] = placeBubbleLabels([{ code: 'A', cx: 100, cy: 100, r: 10, text: 'Abc' }], ['A'], opts);
    expect(l).toEqual({
      code: 'A',
      x: 113,
      y: 103.5,
      anchor: 'start',
      box: { x0: 113, x1: 131, y0: 94, y1: 106 },
      position: 'right',
      attach: { x: 113, y: 100 },
      leader: null,
    });
  });

  it('moves a name to the left when the right would cover another bubble, and names that one too', () => {
    // A's right box 113…131 reaches within 9 px of B's centre (140, 100), inside its 12 px radius.
    // Left: ends at 100 − 13 = 87, starts at 69. B (second): right from 140 + 15 = 155 to 173, free.
    const placed = placeBubbleLabels(
      [
        { code: 'A', cx: 100, cy: 100, r: 10, text: 'Abc' },
        { code: 'B', cx: 140, cy: 100, r: 12, text: 'Bcd' },
      ],
      ['A', 'B'],
      opts,
    );
    expect(placed.map((l) => [l.code, l.position, l.x, l.anchor])).toEqual([
      ['A', 'left', 87, 'end'],
      ['B', 'right', 155, 'start'],
    ]);
  });

  it('keeps a name beside its bubble clear of the next bubble, so it is not read as that one’s', () => {
    // A's right box 113…131 is 9 px from C's centre (140, 100): outside C's radius 5 but within
    // 5 + 3 + 4 = 12 of it: hardly further from C than the 3 px it is from A. Left (69…87) is clear.
    const placed = placeBubbleLabels(
      [
        { code: 'A', cx: 100, cy: 100, r: 10, text: 'Abc' },
        { code: 'C', cx: 140, cy: 100, r: 5, text: 'C' },
      ],
      ['A'],
      opts,
    );
    expect(placed.map((l) => [l.position, l.x])).toEqual([['left', 87]]);
  });

  it('takes a leader line out of a larger bubble it sits on', () => {
    // T (100, 100) r 5 sits inside K (110, 100) r 30. Beside T (8 px out) and 10 px further every
    // place is inside K. 22 px further (30 px from T's centre): right, box 130…148, is 20 px from K's
    // centre, inside it; left, box 52…70, is 40 px from it: free. Its leader runs from (70, 100) to T's
    // edge (95, 100), inside K, which T overlaps, so that is allowed.
    const placed = placeBubbleLabels(
      [
        { code: 'T', cx: 100, cy: 100, r: 5, text: 'Tee' },
        { code: 'K', cx: 110, cy: 100, r: 30, text: 'Kay' },
      ],
      ['T'],
      opts,
    );
    expect(placed).toEqual([
      {
        code: 'T',
        x: 70,
        y: 103.5,
        anchor: 'end',
        box: { x0: 52, x1: 70, y0: 94, y1: 106 },
        position: 'left',
        attach: { x: 70, y: 100 },
        leader: { x1: 70, y1: 100, x2: 95, y2: 100 },
      },
    ]);
  });

  it('leaves out a name with no free place, but never the top sector', () => {
    // A 1-px-tall plot holds no 10-px name: nothing fits; the top sector is the first in the order.
    const thin = { ...opts, plot: { x0: 0, x1: 300, y0: 99.5, y1: 100.5 } };
    expect(placeBubbleLabels([{ code: 'A', cx: 100, cy: 100, r: 10, text: 'Abc' }], ['A'], thin)).toEqual([]);
    // Two bubbles side by side fill a 30-px-tall plot: B, first, is named; A, second, overlaps B's
    // bubble wherever it goes, so it is left out; had A come first, it would be named.
    const two = [
      { code: 'A', cx: 100, cy: 100, r: 10, text: 'Abc' },
      { code: 'B', cx: 118, cy: 100, r: 10, text: 'Bcd' },
    ];
    const narrow = { ...opts, plot: { x0: 80, x1: 160, y0: 85, y1: 115 } };
    expect(placeBubbleLabels(two, ['B', 'A'], narrow).map((l) => l.code)).toEqual(['B']);
    expect(placeBubbleLabels(two, ['A', 'B'], narrow).map((l) => l.code)[0]).toBe('A');
  });

  it('places at most maxLabels names', () => {
    const bubbles = [0, 1, 2].map((i) => ({ code: `s${i}`, cx: 50 + 100 * i, cy: 100, r: 5, text: 'X' }));
    expect(placeBubbleLabels(bubbles, ['s2', 's0', 's1'], { ...opts, maxLabels: 2 }).map((l) => l.code)).toEqual([
      's2',
      's0',
    ]);
  });
});
