import { describe, expect, it } from 'vitest';
import { buildCube, valueAt, cellFlag, areaTotal } from '../../src/lib/data/cube';
import { cubeOfYears, hasYears, headYears, mergeCubeYears } from '../../src/lib/data/cube-years';
import { row } from './fixtures-audit';

// Two areas × two sectors × three years, with a suppressed cell and a CI, worked by hand below.
const rows = [
  row('E37000001', 'M', '2020', 10),
  row('E37000001', 'R', '2020', 30),
  row('E37000002', 'M', '2020', 5, null, 1.5),
  row('E37000002', 'R', '2020', null, 'suppressed'),
  row('E37000001', 'M', '2021', 11),
  row('E37000001', 'R', '2021', 31),
  row('E37000002', 'M', '2021', 6),
  row('E37000002', 'R', '2021', 7),
  row('E37000001', 'M', '2022', 12),
  row('E37000001', 'R', '2022', 32),
  row('E37000002', 'M', '2022', 8),
  row('E37000002', 'R', '2022', 9, 'rounded'),
];
const whole = buildCube(rows);
const YEARS = ['2020', '2021', '2022'];

describe('a cube split by year', () => {
  it('keeps the first and the latest year in the first part', () => {
    expect(headYears(YEARS)).toEqual(['2020', '2022']);
    expect(headYears(['2021'])).toEqual(['2021']);
    // Some more, kept in time order; a year the cube lacks is not added.
    expect(headYears(['1998', '2021', '2022', '2023'], ['2022', '2030'])).toEqual(['1998', '2022', '2023']);
  });

  it('takes some years with their values, flags, CIs and totals', () => {
    const part = cubeOfYears(whole, ['2020', '2022']);
    expect(part.years).toEqual(['2020', '2022']);
    expect(valueAt(part, 'E37000001', 'R', '2022')).toBe(32);
    expect(cellFlag(part, 1, 1, 0)).toBe('suppressed');
    expect(cellFlag(part, 1, 1, 1)).toBe('rounded');
    expect(part.ci95[1]).toBe(1.5); // (year 0 × 2 sectors + sector M 0) × 2 areas + area 1
    // Area 2's total in 2020 is 5 (its other sector is suppressed); in 2022 it is 8 + 9.
    expect(areaTotal(part, 1, 0)).toBe(5);
    expect(areaTotal(part, 1, 1)).toBe(17);
  });

  it('puts its parts back into the same cube, whatever order they come in', () => {
    const head = cubeOfYears(whole, ['2020', '2022']);
    const rest = cubeOfYears(whole, ['2021']);
    expect(mergeCubeYears(YEARS, [head, rest])).toEqual(whole);
    expect(mergeCubeYears(YEARS, [rest, head])).toEqual(whole);
  });

  it('lists the years no part has as pending, their cells not loaded (NaN, no flag), never 0', () => {
    const first = mergeCubeYears(YEARS, [cubeOfYears(whole, ['2020', '2022'])]);
    expect(first.pending).toEqual(['2021']);
    expect(first.years).toEqual(YEARS);
    expect(valueAt(first, 'E37000001', 'M', '2022')).toBe(12);
    expect(valueAt(first, 'E37000001', 'M', '2021')).toBeNaN();
    expect(cellFlag(first, 0, 0, 1)).toBeNull();
    expect(areaTotal(first, 0, 1)).toBeNaN();
    expect(hasYears(first, ['2022', '2020'])).toBe(true);
    expect(hasYears(first, ['2022', '2021'])).toBe(false);
    expect(hasYears(whole, ['2021'])).toBe(true);
  });

  it('refuses parts that do not fit together', () => {
    const other = buildCube([row('E37000009', 'M', '2021', 1)]);
    expect(() => mergeCubeYears(YEARS, [cubeOfYears(whole, ['2020']), other])).toThrow('different areas or sectors');
    expect(() => mergeCubeYears(['2020'], [cubeOfYears(whole, ['2021'])])).toThrow('year 2021, which the dataset');
    const a = cubeOfYears(whole, ['2020']);
    expect(() => mergeCubeYears(YEARS, [a, a])).toThrow('both have year 2020');
    expect(() => cubeOfYears(whole, ['1999'])).toThrow('no year 1999');
  });
});
