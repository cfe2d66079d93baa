import { describe, expect, it } from 'vitest';
import {
  districtsOfLep,
  lepDistrictRows,
  lepNamesText,
  lepsOfDistrict,
  profileDistricts,
} from '../../src/lib/views/lep-districts';
import { buildCube } from '../../src/lib/data/cube';
import { ALPHA, ENG, row as auditRow } from './fixtures-audit';
import type { Lookup } from '../../src/lib/map/geography';
import { areaRow } from './fixtures-area-row';

// Two LEPs, A (districts 1, 2, 3) and B (districts 3, 4): district 3 is in both.
const lookup: Lookup = {
  ladToLep: { D1: ['A'], D2: ['A'], D3: ['A', 'B'], D4: ['B'] },
  lepToLads: { A: ['D1', 'D2', 'D3'], B: ['D3', 'D4'] },
  shared: ['D3'],
  names: { A: 'Alpha LEP', B: 'Beta LEP' },
};

const row = (code: string, lq: number) =>
  areaRow({ code, name: `District ${code}`, value: 10, lq, growth: 0, lqChange: 0 });

describe('districts of a LEP', () => {
  it('names both LEPs of a district in two', () => {
    expect(lepNamesText(lepsOfDistrict(lookup, 'D3'))).toBe('Alpha LEP; Beta LEP');
    expect(lepsOfDistrict(lookup, 'D1', (c) => (c === 'A' ? 'From the data' : undefined))).toEqual([
      { code: 'A', name: 'From the data' },
    ]);
    expect(lepsOfDistrict(lookup, 'nowhere')).toEqual([]);
  });

  it("lists a LEP's districts with the other LEP each shares", () => {
    expect(districtsOfLep(lookup, 'A')).toEqual([
      { code: 'D1', sharedWith: [] },
      { code: 'D2', sharedWith: [] },
      { code: 'D3', sharedWith: ['B'] },
    ]);
    expect(districtsOfLep(lookup, 'D1')).toEqual([]);
  });

  it('gives their rows highest LQ first, missing last, leaving out districts the data lacks', () => {
    const rows = [row('D1', 0.5), row('D3', 2), row('D2', Number.NaN), row('D4', 9)];
    const out = lepDistrictRows(lookup, 'A', rows);
    expect(out.map((o) => o.row.code)).toEqual(['D3', 'D1', 'D2']);
    expect(out[0].sharedWith).toEqual([{ code: 'B', name: 'Beta LEP' }]);
    expect(lepDistrictRows(lookup, 'A', [row('D2', 1)]).map((o) => o.row.code)).toEqual(['D2']);
  });
});

describe("a LEP profile's districts", () => {
  // One year, two sectors. England M 100 of 400 (share 1/4). Districts of LEP Alpha:
  //   D1 M 10 of 20 → LQ (1/2)/(1/4) = 2;  D2 M 5 of 20 → 1;  D3 M 0 of 20 → 0.
  // The lookup also lists a district the data lacks (E06000009): left out.
  const [L1, L2, L3] = ['E06000001', 'E06000002', 'E06000003'];
  const cube = buildCube([
    auditRow(ENG, 'M', '2020', 100),
    auditRow(ENG, 'R', '2020', 300),
    auditRow(L1, 'M', '2020', 10),
    auditRow(L1, 'R', '2020', 10),
    auditRow(L2, 'M', '2020', 5),
    auditRow(L2, 'R', '2020', 15),
    auditRow(L3, 'M', '2020', 0),
    auditRow(L3, 'R', '2020', 20),
    auditRow(ALPHA, 'M', '2020', 15),
    auditRow(ALPHA, 'R', '2020', 45),
  ]);
  const lepLookup: Lookup = {
    ladToLep: { [L1]: [ALPHA], [L2]: [ALPHA], [L3]: [ALPHA], E06000009: [ALPHA] },
    lepToLads: { [ALPHA]: [L3, L1, 'E06000009', L2] },
    shared: [],
  };
  const q = { sector: cube.sectorIndex.get('M')!, year: 0, from: 0, benchmark: cube.areaIndex.get(ENG)! };
  const alpha = cube.areas[cube.areaIndex.get(ALPHA)!];

  it('lists the districts the data has, highest LQ first', () => {
    const out = profileDistricts(cube, lepLookup, alpha, q)!;
    expect(out.map((d) => d.row.code)).toEqual([L1, L2, L3]);
    expect(out.map((d) => d.row.lq)).toEqual([2, 1, 0]);
  });

  it('is null for a district, a LEP the lookup lacks, or no lookup', () => {
    expect(profileDistricts(cube, lepLookup, cube.areas[cube.areaIndex.get(L1)!], q)).toBeNull();
    expect(profileDistricts(cube, lepLookup, { code: 'E37000099', level: 'lep' }, q)).toBeNull();
    expect(profileDistricts(cube, null, alpha, q)).toBeNull();
  });
});
