import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import { cubeFromJson, cubeToJson } from '../../src/lib/data/cube-json';
import { auditRows, row } from './fixtures-audit';

describe('cube JSON', () => {
  it('round-trips a cube exactly: values, missing cells, flags, CIs, totals and names', () => {
    const cube = buildCube(auditRows());
    const back = cubeFromJson(JSON.parse(JSON.stringify(cubeToJson(cube))));
    expect(back).toEqual(cube);
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
