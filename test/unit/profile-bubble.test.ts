// Geometry of the specialisation bubble chart, worked by hand. Unless a test says otherwise the
// SVG is 500 × 300 with margins top 10, right 20, bottom 30, left 40, so the plot runs
// x 40…480 (440 px wide) and y 10…270 (260 px tall); the largest bubble has radius 20.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import { bubbleInput, bubbleLayout, omittedNote, type BubbleSector } from '../../src/lib/profile/bubble';
import { auditRows } from './fixtures-audit';

const box = { width: 500, height: 300, margin: { top: 10, right: 20, bottom: 30, left: 40 }, maxRadius: 20 };
const sector = (code: string, lq: number, growth: number, value: number, name = code): BubbleSector => ({
  code,
  name,
  lq,
  growth,
  value,
});

describe('x axis: log scale through LQ 1, each side as wide as its LQs need', () => {
  it('keeps a large bubble at an extreme LQ inside the plot', () => {
    // LQ 0.25 (value 1, r 20·√0.01 = 2.5 as drawn) and LQ 20 (value 100, r 20). With 1.15 × padding
    // alone, logLo = ln 4.6 = 1.5261 and logHi = ln 23 = 3.1355: LQ 20 sits at (ln 20 + 1.5261) /
    // 4.6616 = 0.9700 of the 440 px, x 466.8, its edge at 486.8, past the plot's 480. It needs
    // t ≤ 1 − 20/440: logHi = (ln 20 + 1.5261) / (1 − 20/440) − 1.5261 = 3.2111 (domain to 24.8), and
    // then x(20) + 20 = 480 exactly. The left (a third of the width) needs nothing more.
    const layout = bubbleLayout(
      { sectors: [sector('a', 0.25, 0, 1), sector('b', 20, 1, 100)], refGrowth: 0, benchmark: 'England' },
      box,
    );
    const logLo = Math.log(4.6);
    const logHi = (Math.log(20) + logLo) / (1 - 20 / 440) - logLo;
    expect(logHi).toBeCloseTo(3.2111, 4);
    expect(layout.xDomain[1]).toBeCloseTo(Math.exp(logHi), 9);
    expect(layout.x(20) + 20).toBeCloseTo(480, 9);
    expect(layout.xDomain[0]).toBeCloseTo(1 / 4.6, 12);
  });

  it('reaches 1.15 × past the most extreme LQ on each side, with LQ 1 where that puts it', () => {
    // Above 1: LQ 4 → 4.6. Below 1: LQ ½ → 1.15 / 0.5 = 2.3, so the domain is [1/2.3, 4.6].
    const layout = bubbleLayout(
      { sectors: [sector('a', 4, 0, 1), sector('b', 0.5, 1, 1)], refGrowth: 0, benchmark: 'England' },
      box,
    );
    expect(layout.xDomain[0]).toBeCloseTo(1 / 2.3, 12);
    expect(layout.xDomain[1]).toBeCloseTo(4.6, 12);
    // LQ 1 sits ln 2.3 / ln (2.3 · 4.6) of the way across the 440 px plot.
    const refX = 40 + (440 * Math.log(2.3)) / Math.log(2.3 * 4.6);
    expect(layout.refX).toBeCloseTo(refX, 9);
    expect(layout.x(1)).toBeCloseTo(refX, 9);
    expect(layout.x(4.6)).toBeCloseTo(480, 9);
    expect(layout.x(1 / 2.3)).toBeCloseTo(40, 9);
    // Still a log scale: LQ 2 is as far right of 1 as LQ ½ is left of it.
    expect(layout.x(2) - refX).toBeCloseTo(refX - layout.x(0.5), 9);
    expect(layout.xTicks.map((t) => t.label)).toEqual(['0.5', '1', '2']);
    expect(layout.xTicks[1].px).toBeCloseTo(refX, 9);
  });

  it('is at least [½, 2] when every LQ is close to 1', () => {
    const layout = bubbleLayout(
      { sectors: [sector('a', 1.2, 0, 1), sector('b', 0.9, 1, 1)], refGrowth: 0, benchmark: 'England' },
      box,
    );
    expect(layout.xDomain).toEqual([0.5, 2]);
    expect(layout.refX).toBe(260);
  });

  it('leaves each side of LQ 1 room for its corner labels on two lines, on a small chart', () => {
    // Plot 300 px wide: a side needs (16 characters × 6.2 + 8) / 300 = 0.3573 of it. LQ 0.02 alone
    // would leave the right side a quarter, so the right reaches further, to exactly that share.
    const layout = bubbleLayout(
      { sectors: [sector('a', 0.02, 0, 5), sector('b', 1.3, 1, 1)], refGrowth: 0, benchmark: 'England' },
      { ...box, width: 360 },
    );
    const share = (16 * 6.2 + 8) / 300;
    expect((340 - layout.refX) / 300).toBeCloseTo(share, 9);
    expect(layout.x(layout.xDomain[1])).toBeCloseTo(340, 9);
    // The left reaches past 0.02 / 1.15 so that LQ 0.02's bubble (the largest, r 20) is inside the plot:
    // its left edge on the plot's, x 40.
    expect(layout.xDomain[0]).toBeLessThan(0.02 / 1.15);
    expect(layout.x(0.02) - 20).toBeCloseTo(40, 6);
  });

  it('draws a corner label on two lines when its side of LQ 1 is too narrow for it', () => {
    const layout = bubbleLayout(
      { sectors: [sector('a', 0.02, 0, 5), sector('b', 1.6, 1, 1)], refGrowth: 0, benchmark: 'England' },
      { ...box, width: 600 },
    );
    // The plot is 540 px; LQ 1 sits ln 57.5 / ln (57.5 · 57.5^⅓) = ¾ of the way across, leaving the
    // right-hand corners 135 px: too narrow for "Specialised, growing faster" (27 × 6.2 px).
    const right = layout.quadrants.find((q) => q.key === 'specialised-growing')!;
    const left = layout.quadrants.find((q) => q.key === 'not-specialised-growing')!;
    expect(right.lines).toEqual(['Specialised,', 'growing faster']);
    expect(left.lines).toEqual(['Not specialised, growing faster']);
    // A bottom corner's two lines end on the bottom baseline.
    const bottomRight = layout.quadrants.find((q) => q.key === 'specialised-declining')!;
    expect(bottomRight.lines).toHaveLength(2);
    expect(bottomRight.y + 11).toBeCloseTo(270 - 4 - 0.25 * 11, 9);
  });
});

describe('y axis, reference line and quadrants', () => {
  // Four known points around LQ 1 and the benchmark's growth of +5 %, and one exactly on both lines.
  const layout = bubbleLayout(
    {
      sectors: [
        sector('sg', 2, 10, 100),
        sector('sd', 2, 0, 100),
        sector('ng', 0.5, 10, 100),
        sector('nd', 0.5, 0, 100),
        sector('on', 1, 5, 100),
      ],
      refGrowth: 5,
      benchmark: 'England',
    },
    box,
  );
  const byCode = new Map(layout.bubbles.map((b) => [b.code, b]));

  it('assigns quadrants against LQ 1 and the benchmark growth (on a line counts as ≥)', () => {
    expect(byCode.get('sg')!.quadrant).toBe('specialised-growing');
    expect(byCode.get('sd')!.quadrant).toBe('specialised-declining');
    expect(byCode.get('ng')!.quadrant).toBe('not-specialised-growing');
    expect(byCode.get('nd')!.quadrant).toBe('not-specialised-declining');
    expect(byCode.get('on')!.quadrant).toBe('specialised-growing');
    expect(layout.quadrants.find((q) => q.key === 'specialised-growing')!.count).toBe(2);
  });

  it('puts the reference line at the benchmark growth', () => {
    // Growth 0…10 padded by 8 % of the range: −0.8…10.8; made nice with a step of 2: −2…12.
    // refY = 270 − (5 − (−2)) / 14 · 260 = 270 − 130 = 140.
    expect(layout.yDomain).toEqual([-2, 12]);
    expect(layout.refY).toBeCloseTo(140, 9);
    expect(layout.refSource).toBe('benchmark');
    expect(layout.refLabel).toBe('England overall (+5.0%)');
    expect(layout.yTicks.map((t) => t.label)).toEqual(['−2%', '0%', '+2%', '+4%', '+6%', '+8%', '+10%', '+12%']);
    // Pixel positions: above the line means growing faster (SVG y grows downwards).
    const sg = byCode.get('sg')!;
    expect(sg.cx).toBeGreaterThan(layout.refX);
    expect(sg.cy).toBeLessThan(layout.refY);
    expect(sg.cy).toBeCloseTo(270 - (12 / 14) * 260, 9); // growth 10
  });

  it('labels the quadrants in words, in the plot corners, or the inner corner where the outer one covers a bubble', () => {
    // 500 px is a narrow chart, so two lines. Top right: "growing faster" (14 × 6.2 = 86.8 px) ending
    // at x 476 on baseline 10 + 4 + 8.25 + 11 = 33.25 takes y 25…36, over the sg bubble (443.1, 47.1,
    // r 20; 11.1 px below the box). So it goes to the inner corner, from x 260 + 4, on the same baseline.
    const sg = layout.quadrants.find((q) => q.key === 'specialised-growing')!;
    expect(sg).toMatchObject({ label: 'Specialised, growing faster', x: 264, y: 22.25, anchor: 'start', drawn: true });
    expect(sg.title).toBe('Specialised (LQ 1 or more) and growing faster than England overall (+5.0%)');
    // Bottom left: "Not specialised," from x 44 on baseline 252.25 (y 244…255) runs into the nd bubble
    // (76.9, 232.9, r 20, reaching y 252.9), so it ends at x 260 − 4 instead.
    const nd = layout.quadrants.find((q) => q.key === 'not-specialised-declining')!;
    expect(nd).toMatchObject({ label: 'Not specialised, growing slower', x: 256, y: 252.25, anchor: 'end' });
  });

  it('falls back to a line at 0 % (and says so) when the benchmark growth is unknown', () => {
    const l = bubbleLayout(
      { sectors: [sector('a', 2, -3, 1), sector('b', 2, 4, 1)], refGrowth: NaN, benchmark: 'England' },
      box,
    );
    expect(l.refSource).toBe('zero');
    expect(l.refGrowth).toBe(0);
    expect(l.bubbles.find((b) => b.code === 'a')!.quadrant).toBe('specialised-declining');
    expect(l.quadrants[0].label).toBe('Specialised and growing');
  });
});

describe('bubble size', () => {
  it('makes bubble area proportional to value (radius on a square-root scale)', () => {
    // Values 400 and 100: radii 20 and 20 · sqrt(100/400) = 10; areas 4 : 1.
    const l = bubbleLayout(
      { sectors: [sector('small', 1, 0, 100), sector('big', 1, 0, 400)], refGrowth: 0, benchmark: 'England' },
      box,
    );
    expect(l.bubbles.map((b) => [b.code, b.r])).toEqual([
      ['big', 20],
      ['small', 10],
    ]);
  });
});

describe('labels avoid collisions', () => {
  // Bubble A: LQ 1, growth 5, value 400 → cx 260; growth domain 5 ± 5 = 0…10, so cy = 140; r 20.
  // Bubble B: LQ 1.05, growth 5, value 100 → cx = 260 + ln 1.05 / (2 ln 2) · 440 = 275.49; cy 140; r 10.
  // Text box: 6.2 px per character, one em (11 px) tall: baseline − 8.25 … baseline + 2.75.
  const cxB = 260 + (Math.log(1.05) / (2 * Math.LN2)) * 440;

  it('names the top sector first, beside it, and moves the next where it covers no bubble or name', () => {
    // B has the higher LQ, so it is named first: right, from 275.49 + 13 = 288.49, "Beta sector"
    // 11 × 6.2 = 68.2 px; A's bubble ends at 280, so it is free.
    // A: right (283…357.4) covers B's name and bubble; left, ending at 260 − 23 = 237, is free.
    const l = bubbleLayout(
      {
        sectors: [sector('B', 1.05, 5, 100, 'Beta sector'), sector('A', 1, 5, 400, 'Alpha sector')],
        refGrowth: 5,
        benchmark: 'England',
      },
      box,
    );
    const [a, b] = l.bubbles;
    expect(a.code).toBe('A');
    // Text boxes run 0.95 em above the baseline and 0.25 em below: centred on 140 → 133.4…146.6, baseline 143.85.
    expect(b).toMatchObject({ label: true, labelPosition: 'right', labelY: 143.85, anchor: 'start', leader: null });
    expect(b.labelX).toBeCloseTo(cxB + 13, 9);
    expect(a).toMatchObject({
      label: true,
      labelPosition: 'left',
      labelX: 237,
      labelY: 143.85,
      anchor: 'end',
      leader: null,
    });
  });

  it('takes a leader line where a name cannot sit beside its bubble', () => {
    // Names of 60 characters are 372 px wide: only above or below fit the 440 px plot.
    // B (top sector) above: y 113.8…127 reaches within 13 px of A's centre (260, 140), inside its
    // radius 20; below likewise. 10 px further up, y 103.8…117, is 23 px from A's centre: free. Its
    // leader, from (275.49, 117) to B's top (275.49, 130), crosses A, but B's edge is inside A (the
    // bubbles overlap), so that is allowed. Centred on 275.49, baseline 117 − 2.75 = 114.25.
    // A then: above covers B's name; below, y 163…176.2, is free: centred on 260, baseline 173.45.
    const long = (c: string) => c.repeat(60);
    const l = bubbleLayout(
      {
        sectors: [sector('A', 1, 5, 400, long('a')), sector('B', 1.05, 5, 100, long('b'))],
        refGrowth: 5,
        benchmark: 'England',
      },
      { ...box, maxLabelChars: 100 },
    );
    const [a, b] = l.bubbles;
    expect(b).toMatchObject({ label: true, labelPosition: 'above', labelY: 114.25, anchor: 'middle' });
    expect(b.labelX).toBeCloseTo(cxB, 9);
    expect(b.leader!.y1).toBeCloseTo(117, 9);
    expect(b.leader!.y2).toBeCloseTo(130, 9);
    expect(a).toMatchObject({
      label: true,
      labelPosition: 'below',
      labelX: 260,
      labelY: 173.45,
      anchor: 'middle',
      leader: null,
    });
  });

  it('cuts long names for the label but keeps the full name', () => {
    const name = 'Professional, scientific and technical activities';
    const l = bubbleLayout({ sectors: [sector('M', 1, 0, 1, name)], refGrowth: 0, benchmark: 'England' }, box);
    expect(l.bubbles[0].labelText).toBe('Professional, scientifi…'); // 23 characters + … = 24;
    expect(l.bubbles[0].name).toBe(name);
  });

  it('labels at most maxLabels bubbles, the specialised ones first', () => {
    // Top sector s3 (LQ 1.6), then s2 (LQ 1.2); the unspecialised s0 and s1 are larger but come after.
    const sectors = [0.6, 0.8, 1.2, 1.6].map((lq, i) => sector(`s${i}`, lq, i * 3, 100 - i, 'X'));
    const l = bubbleLayout({ sectors, refGrowth: 0, benchmark: 'England' }, { ...box, maxLabels: 2 });
    expect(l.bubbles.filter((b) => b.label).map((b) => b.code)).toEqual(['s2', 's3']);
  });

  it('is deterministic', () => {
    const input = {
      sectors: [sector('B', 1.05, 5, 100, 'Beta sector'), sector('A', 1, 5, 400, 'Alpha sector')],
      refGrowth: 5,
      benchmark: 'E',
    };
    const strip = (l: ReturnType<typeof bubbleLayout>) => JSON.stringify({ ...l, x: 0, y: 0, r: 0 });
    expect(strip(bubbleLayout(input, box))).toBe(strip(bubbleLayout(structuredClone(input), box)));
  });
});

describe('sectors left off the chart', () => {
  it('omits missing LQ, zero LQ and missing growth, with the reason, and says so', () => {
    const l = bubbleLayout(
      {
        sectors: [sector('ok', 1, 1, 1), sector('x', NaN, 1, NaN), sector('z', 0, 1, 0), sector('g', 2, NaN, 5)],
        refGrowth: 0,
        benchmark: 'England',
      },
      box,
    );
    expect(l.bubbles.map((b) => b.code)).toEqual(['ok']);
    expect(l.omitted.map((o) => [o.code, o.reason])).toEqual([
      ['x', 'no-lq'],
      ['z', 'none-in-area'],
      ['g', 'no-growth'],
    ]);
    expect(l.omittedNote).toBe(
      '3 sectors not shown: 1 with no figure, 1 with none in the area, 1 with no growth figure.',
    );
    expect(omittedNote([l.omitted[0], { ...l.omitted[0], code: 'y' }])).toBe('2 sectors not shown: no figure.');
    expect(omittedNote([])).toBe('');
    expect(omittedNote([l.omitted[0]], { one: 'research council', many: 'research councils' })).toBe(
      '1 research council not shown: no figure.',
    );
  });
});

describe('bubbleInput from the fixture cube', () => {
  // Alpha 2019 → 2020 against England: M 60 → 66 (+10 %), LQ 3.361; R 40 → 44 (+10 %), LQ 0.776;
  // D 0 → 10: growth from zero has no %, so it is left off. England total 1000 → 1100: +10 %.
  const cube = buildCube(auditRows());
  const input = bubbleInput(cube, 1, 0, 1, 0);

  it('takes LQ and value in the end year and growth between the years', () => {
    expect(input.refGrowth).toBeCloseTo(10, 12);
    expect(input.benchmark).toBe('England');
    expect(input.sectors[0]).toMatchObject({ code: 'M', value: 66 });
    expect(input.sectors[0].lq).toBeCloseTo(30.25 / 9, 12);
    expect(input.sectors[0].growth).toBeCloseTo(10, 12);
    expect(input.sectors[2].growth).toBeNaN();
  });

  it('lays out two bubbles and says why the third is missing', () => {
    const l = bubbleLayout(input, box);
    expect(l.bubbles.map((b) => [b.code, b.quadrant])).toEqual([
      ['M', 'specialised-growing'], // growth 10 ≥ benchmark 10
      ['R', 'not-specialised-growing'],
    ]);
    expect(l.omittedNote).toBe('1 sector not shown: no growth figure.');
  });
});
