import { describe, expect, it } from 'vitest';
import { barPaths, rowAt } from '../../src/lib/views/ranking-bars';

describe('barPaths', () => {
  const layout = { top: 20, rowH: 10, base: 100 };
  it('draws one rectangle per bar, grouped into one path per colour, from the base', () => {
    const paths = barPaths([150, 80, 130], ['#a', '#b', '#a'], layout);
    expect(paths).toEqual([
      // In tenths: row 0: x 100..150 at y 20 + 1.5; row 2: x 100..130 at y 40 + 1.5; bars are 7 high
      { fill: '#a', d: 'M1000,215h500v70h-500ZM1000,415h300v70h-300Z' },
      // row 1 lies left of the base: it starts at 80 and runs 20 to the right
      { fill: '#b', d: 'M800,315h200v70h-200Z' },
    ]);
  });
  it('keeps a bar at the base visible, one unit wide', () => {
    expect(barPaths([100], ['#c'], layout)[0].d).toBe('M1000,215h10v70h-10Z');
  });
  it('rounds to tenths, in whole numbers, and closes each bar exactly', () => {
    // 309 rows 2.0712… high: row 1's bar starts at y 22.38 → 224, is 1.45 high → 14; 12.345 wide → 123, back −123
    const rowH = 640 / 309;
    expect(barPaths([100, 112.345], ['#a', '#a'], { top: 20, rowH, base: 100 })[0].d).toBe(
      'M1000,203h10v14h-10ZM1000,224h123v14h-123Z',
    );
  });
  it('draws nothing for no rows', () => {
    expect(barPaths([], [], layout)).toEqual([]);
  });
});

describe('rowAt', () => {
  const layout = { top: 20, rowH: 2 };
  it('finds the row under a y position', () => {
    expect(rowAt(20, 309, layout)).toBe(0);
    expect(rowAt(21.9, 309, layout)).toBe(0);
    expect(rowAt(22, 309, layout)).toBe(1);
    expect(rowAt(20 + 308 * 2 + 1, 309, layout)).toBe(308);
  });
  it('says −1 above the first row and below the last', () => {
    expect(rowAt(19.9, 309, layout)).toBe(-1);
    expect(rowAt(20 + 309 * 2, 309, layout)).toBe(-1);
  });
});
