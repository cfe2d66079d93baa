import { describe, expect, it } from 'vitest';
import { areaTotals, buildCube } from '../../src/lib/data/cube';
import { cubeFromJson, cubeToJson } from '../../src/lib/data/cube-json';
import { auditRows, row } from './fixtures-audit';

describe('cube JSON', () => {
  it('round-trips a cube exactly: values, missing cells, flags, CIs, totals and names', () => {
    const cube = buildCube(auditRows());
    const back = cubeFromJson(JSON.parse(JSON.stringify(cubeToJson(cube))));
    expect(back).toEqual(cube);
  });

  it('reads area totals on its way through the values: sums of the sectors that have one, NaN when none has', () => {
    // Two areas, three sectors, two years; cells in the file's layout ((y · S + s) · A + a).
    const cube = cubeFromJson({
      format: 'specialisation-atlas-cube',
      version: 1,
      areas: [
        ['E1', 'One'],
        ['E2', 'Two'],
      ],
      sectors: [
        ['A', 'a'],
        ['B', 'b'],
        ['C', 'c'],
      ],
      years: ['2020', '2021'],
      // 2020: E1 = 1 + 2 + 4, E2 = 10 + (missing) + 0.5; 2021: E1 all missing, E2 = 3.
      values: [1, 10, 2, null, 4, 0.5, null, 3, null, null, null, null],
    });
    expect(Array.from(cube.totals)).toEqual([7, 10.5, NaN, 3]);
    expect(Array.from(cube.missingInTotal)).toEqual([0, 1, 3, 2]);
    expect(cube.totals).toEqual(areaTotals(cube.values, 2, 3, 2).totals);
  });

  it('writes missing values as null, never 0, and leaves out empty flag and CI arrays', () => {
    const cube = buildCube([row('E37000001', 'M', '2020', 5), row('E37000001', 'R', '2020', null, 'suppressed')]);
    const json = cubeToJson(cube);
    expect(json.values).toEqual([5, null]);
    expect(json.flags).toEqual([0, 1]);
    expect(json.ci95).toBeUndefined();
    const noFlags = cubeToJson(buildCube([row('E37000001', 'M', '2020', 5, null, 1.5)]));
    expect(noFlags.flags).toBeUndefined();
    expect(noFlags.ci95).toEqual([1.5]);
  });

  it.each([
    [null, 'not a Specialisation Atlas cube file'],
    [{ format: 'other', version: 1 }, 'not a Specialisation Atlas cube file'],
    [
      { format: 'specialisation-atlas-cube', version: 1, areas: [['E1']], sectors: [], years: [], values: [] },
      'area list is damaged',
    ],
    [
      {
        format: 'specialisation-atlas-cube',
        version: 1,
        areas: [['E1', 'A']],
        sectors: [['M', 'Man']],
        years: ['2020'],
        values: [1, 2],
      },
      'its values hold 2 cells, not 1',
    ],
  ])('rejects a damaged file: %j', (json, message) => {
    expect(() => cubeFromJson(json)).toThrow(message);
  });
});
