// The cube's accessors: every cell and total read goes through them (issue 16), so their layout
// rule is tested here on a cube small enough to lay out by hand.
import { describe, expect, it } from 'vitest';
import {
  cellOffset,
  areaTotal,
  buildCube,
  cellCi95,
  cellFlag,
  cellFlagCode,
  cellIndex,
  cellValue,
  rowStart,
  sectorsMissingFromTotal,
  totalIndex,
} from '../../src/lib/data/cube';
import { FLAG_CODE, type AuditRow } from '../../src/lib/data/types';

const r = (
  areaCode: string,
  sectorCode: string,
  year: string,
  value: number | null,
  flag: AuditRow['flag'] = null,
  ci95: number | null = null,
): AuditRow => ({
  areaCode,
  areaName: areaCode,
  sectorCode,
  sectorName: sectorCode,
  year,
  value,
  flag,
  ci95,
  row: 0,
});

// 3 areas (P, Q, R) × 2 sectors (X, Y) × 2 years (2021, 2022). Q has no figure for X in 2022
// (suppressed); R has no row at all for Y in 2021.
const cube = buildCube([
  r('P', 'X', '2021', 1),
  r('Q', 'X', '2021', 2),
  r('R', 'X', '2021', 3),
  r('P', 'Y', '2021', 4, null, 0.5),
  r('Q', 'Y', '2021', 5),
  r('P', 'X', '2022', 10),
  r('Q', 'X', '2022', null, 'suppressed'),
  r('R', 'X', '2022', 30, 'rounded'),
  r('P', 'Y', '2022', 40),
  r('Q', 'Y', '2022', 50),
  r('R', 'Y', '2022', 60),
]);

describe('the cube’s accessors', () => {
  it('lay cells out year by year, sector by sector, area by area', () => {
    // (y · S + s) · A + a with A = 3, S = 2: Q (1), Y (1), 2022 (1) is (1 · 2 + 1) · 3 + 1 = 10.
    expect(cellIndex(cube, 1, 1, 1)).toBe(10);
    expect(cellIndex(cube, 0, 0, 0)).toBe(0);
    // Sector Y in 2021 starts at (0 · 2 + 1) · 3 = 3; R's cell is 3 + 2.
    expect(rowStart(cube, 1, 0)).toBe(3);
    expect(rowStart(cube, 1, 0) + 2).toBe(cellIndex(cube, 2, 1, 0));
    // Totals are year by year, area by area: R in 2022 is 1 · 3 + 2 = 5.
    expect(totalIndex(cube, 2, 1)).toBe(5);
  });

  it('read each cell’s value, flag and interval', () => {
    expect(cellValue(cube, 1, 1, 1)).toBe(50);
    expect(cellValue(cube, 2, 0, 1)).toBe(30);
    expect(cellFlag(cube, 2, 0, 1)).toBe('rounded');
    expect(cellFlagCode(cube, 2, 0, 1)).toBe(FLAG_CODE.rounded);
    expect(cellCi95(cube, 0, 1, 0)).toBe(0.5);
    expect(cellCi95(cube, 1, 1, 0)).toBeNaN();
  });

  it('keep missing missing: a suppressed cell and a cell with no row are NaN, never 0', () => {
    expect(cellValue(cube, 1, 0, 1)).toBeNaN();
    expect(cellFlag(cube, 1, 0, 1)).toBe('suppressed');
    expect(cellValue(cube, 2, 1, 0)).toBeNaN();
    expect(cellFlag(cube, 2, 1, 0)).toBeNull();
    expect(cellFlagCode(cube, 2, 1, 0)).toBe(0);
    // Out of range reads NaN and no flag, not undefined.
    expect(cellValue(cube, 3, 1, 1)).toBeNaN();
    expect(cellFlag(cube, 0, 0, 5)).toBeNull();
  });

  it('read area totals and how many sectors they leave out', () => {
    // P 2022: 10 + 40; Q 2022: only Y's 50 (X suppressed); R 2021: only X's 3 (Y has no row).
    expect(areaTotal(cube, 0, 1)).toBe(50);
    expect(areaTotal(cube, 1, 1)).toBe(50);
    expect(sectorsMissingFromTotal(cube, 1, 1)).toBe(1);
    expect(areaTotal(cube, 2, 0)).toBe(3);
    expect(sectorsMissingFromTotal(cube, 2, 0)).toBe(1);
    expect(sectorsMissingFromTotal(cube, 0, 0)).toBe(0);
    expect(areaTotal(cube, 0, 7)).toBeNaN();
  });
});

describe('the cube’s layout', () => {
  it('puts cell (a, s, y) at (y · S + s) · A + a, worked by hand for 3 areas and 2 sectors', () => {
    // Year 0: sector 0 at 0–2, sector 1 at 3–5; year 2 starts at 2 · 2 · 3 = 12, its sector 1 at 15.
    expect(cellOffset(3, 2, 0, 0, 0)).toBe(0);
    expect(cellOffset(3, 2, 2, 1, 0)).toBe(5);
    expect(cellOffset(3, 2, 1, 1, 2)).toBe(16);
  });
});
