// Shares and LQs in a cube whose sectors nest, worked by hand. One year; values (— = suppressed):
//
//              T    P    M   M1   M2    U    S    R    H   HI   HM
//   England  150   70   50   26   24   20   80   40   40   23   17
//   X        100   40   30    —   12   10   60   25   35   20   15
//   Y         50   30   20    8   12   10   20   15    5    3    2
//
// Tree: T ⊃ P, S; P ⊃ M, U; M ⊃ M1, M2; S ⊃ R, H; H ⊃ HI (imputed rent), HM.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import { cubeWithSectorTree, leafCube } from '../../src/lib/data/cube-tree';
import type { AuditRow } from '../../src/lib/data/types';
import { locationQuotient, share } from '../../src/lib/metrics';

const CODES = ['T', 'P', 'M', 'M1', 'M2', 'U', 'S', 'R', 'H', 'HI', 'HM'];
const PARENT = { P: 'T', M: 'P', M1: 'M', M2: 'M', U: 'P', S: 'T', R: 'S', H: 'S', HI: 'H', HM: 'H' };
const TABLE: [string, (number | null)[]][] = [
  ['E92000001', [150, 70, 50, 26, 24, 20, 80, 40, 40, 23, 17]],
  ['E06000001', [100, 40, 30, null, 12, 10, 60, 25, 35, 20, 15]],
  ['E06000002', [50, 30, 20, 8, 12, 10, 20, 15, 5, 3, 2]],
];
const rows: AuditRow[] = TABLE.flatMap(([area, values]) =>
  values.map((value, i) => ({
    areaCode: area,
    areaName: area,
    sectorCode: CODES[i],
    sectorName: CODES[i],
    year: '2022',
    value,
    flag: value === null ? ('suppressed' as const) : null,
    ci95: null,
    row: 0,
  })),
);
const flat = buildCube(rows);
const [E, X, Y] = [0, 1, 2];
const s = (code: string) => flat.sectorIndex.get(code)!;

describe('cubeWithSectorTree', () => {
  it('takes the all-industries figure as the total, not the sum of overlapping rows', () => {
    // Flat: X sums its 10 published rows = 100+40+30+12+10+60+25+35+20+15 = 347.
    expect(flat.totals[X]).toBe(347);
    const cube = cubeWithSectorTree(flat, PARENT);
    expect(Array.from(cube.totals)).toEqual([150, 100, 50]);
    expect(Array.from(cube.missingInTotal)).toEqual([0, 0, 0]);
  });

  it('computes LQ within the tree: manufacturing in X = (30/100)/(50/150) = 0.9', () => {
    const cube = cubeWithSectorTree(flat, PARENT);
    expect(share(cube, X, s('M'), 0)).toBeCloseTo(0.3, 15);
    expect(locationQuotient(cube, X, s('M'), 0)).toBeCloseTo(0.9, 12);
    // Retail in Y: (15/50)/(40/150) = 0.3 / (4/15) = 1.125.
    expect(locationQuotient(cube, Y, s('R'), 0)).toBeCloseTo(1.125, 12);
    // Shares of one level add up to 1: P 40/100 + S 60/100.
    expect(share(cube, X, s('P'), 0) + share(cube, X, s('S'), 0)).toBeCloseTo(1, 15);
  });

  it('leaves imputed rent out of totals when asked: X 100 − 20 = 80, England 150 − 23 = 127', () => {
    const cube = cubeWithSectorTree(flat, PARENT, ['HI']);
    expect(Array.from(cube.totals)).toEqual([127, 80, 47]);
    // LQ of M in X = (30/80)/(50/127) = 3810/4000 = 0.9525.
    expect(locationQuotient(cube, X, s('M'), 0)).toBeCloseTo(0.9525, 12);
    expect(cube.sectorExclude).toEqual(['HI']);
  });

  it('rolls a missing total up from its parts, and marks a total partial when a part is missing', () => {
    const noTotal = buildCube(rows.filter((r) => r.sectorCode !== 'T'));
    const cube = cubeWithSectorTree(noTotal, PARENT);
    expect(Array.from(cube.totals)).toEqual([150, 100, 50]); // P + S
    const gaps = buildCube(rows.filter((r) => !['T', 'P', 'M'].includes(r.sectorCode) || r.areaCode !== 'E06000001'));
    const partial = cubeWithSectorTree(gaps, PARENT);
    // X: M1 suppressed, M2 12, U 10, S 60 → 82 with one part missing.
    expect(partial.totals[X]).toBe(82);
    expect(partial.missingInTotal[X]).toBe(1);
    expect(partial.missingInTotal[E]).toBe(0);
  });
});

describe('leafCube: the profile sums over sectors that do not overlap', () => {
  it('keeps the leaves minus imputed rent, with the tree totals', () => {
    const cube = leafCube(cubeWithSectorTree(flat, PARENT, ['HI']));
    expect(cube.sectors.map((s) => s.code)).toEqual(['M1', 'M2', 'U', 'R', 'HM']);
    expect(Array.from(cube.totals)).toEqual([127, 80, 47]);
    // Y's leaves: M1 8, M2 12, U 10, R 15, HM 2 → shares of 47 add up to 1.
    const y = [0, 1, 2, 3, 4].map((s) => cube.values[s * 3 + Y]);
    expect(y).toEqual([8, 12, 10, 15, 2]);
    expect(y.reduce((a, b) => a + b, 0)).toBe(47);
    // LQ of retail in Y: (15/47)/(40/127) = 1905/1880.
    expect(locationQuotient(cube, Y, 3, 0)).toBeCloseTo(1905 / 1880, 12);
  });

  it('leaves a flat cube as it is', () => {
    expect(leafCube(flat)).toBe(flat);
  });

  it('is made once per cube: asked again, the same leaves; another cube, its own', () => {
    const nested = cubeWithSectorTree(flat, PARENT, ['HI']);
    const first = leafCube(nested);
    expect(leafCube(nested)).toBe(first);
    const other = cubeWithSectorTree(flat, PARENT, []);
    expect(leafCube(other)).not.toBe(first);
    expect(leafCube(other).sectors.map((s) => s.code)).toEqual(['M1', 'M2', 'U', 'R', 'HI', 'HM']);
  });
});
