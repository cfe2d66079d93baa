import { describe, expect, it } from 'vitest';
import type { ColumnMapping, DimensionChoice } from '../../src/lib/import/detect';
import {
  columnClashes,
  delimiterWord,
  fieldName,
  mappingBlockers,
  previewRoles,
} from '../../src/lib/import/mapping-form';

const none: ColumnMapping = {
  areaCode: null,
  areaName: null,
  sectorCode: null,
  sectorName: null,
  year: null,
  value: null,
  flag: null,
  ci95: null,
};

describe('column-mapping step', () => {
  it('names fields without "(optional)" and the delimiter in words', () => {
    expect(fieldName('flag')).toBe('Flag');
    expect(fieldName('areaCode')).toBe('Area code');
    expect(['\t', ';', '|', ',', ''].map(delimiterWord)).toEqual(['tabs', 'semicolons', '“|”', 'commas', 'commas']);
  });

  it('finds a column given two jobs, and a field that is also a year column', () => {
    const m = { ...none, areaCode: 0, areaName: 0, sectorCode: 1, value: 2 };
    expect(columnClashes(['areaCode', 'areaName', 'sectorCode', 'value'], m, [])).toEqual([
      { j: 0, list: ['area code', 'area name'] },
    ]);
    // Column 2 is both the value and a ticked year column; column 3 is only a year.
    expect(columnClashes(['sectorCode', 'value'], m, [2, 3])).toEqual([{ j: 2, list: ['value', 'a year column'] }]);
    expect(columnClashes(['areaCode', 'sectorCode'], m, [])).toEqual([]);
  });

  it('says what blocks Continue: file problems, then missing fields, then clashes', () => {
    const header = ['code', 'industry', 'jobs'];
    expect(mappingBlockers([], [], [], header)).toEqual([]);
    expect(
      mappingBlockers(['The file is empty.'], ['year', 'value'], [{ j: 1, list: ['sector name', 'value'] }], header),
    ).toEqual([
      'The file is empty.',
      'Choose a year column (or, in a wide table, at least one year column), and a value column.',
      'Column 2 (“industry”) is chosen as sector name and as value: give each column one job.',
    ]);
    // A missing sector points to the indicator choice, which needs none.
    expect(mappingBlockers([], ['sectorCode'], [], header)).toEqual([
      'Choose a sector code or sector name column.',
      'If the file has one figure per area and year (an index or a rate), say so under “What are the figures?” instead.',
    ]);
  });

  it('heads each preview column with what it is read as', () => {
    const m = { ...none, areaCode: 0, flag: 1 };
    const wide = { yearColumns: [2, 3], labels: ['2019', '2020'], idColumns: [0, 1, 4] };
    const choice: DimensionChoice = { column: 4, name: 'MEASURES_NAME', values: ['Value', 'Percent'], isMeasure: true };
    const roles = previewRoles(['areaCode', 'flag'], m, wide, [false, true], [choice], {});
    expect([...roles].sort((a, b) => a[0] - b[0])).toEqual([
      [0, 'Area code'],
      [1, 'Flag'],
      [3, 'Values for 2020'],
      [4, 'Keep only: Value'],
    ]);
    expect(previewRoles(['areaCode'], m, null, [], [choice], { 4: 'Percent' }).get(4)).toBe('Keep only: Percent');
  });
});
