import { describe, expect, it } from 'vitest';
import { districtsOfLep, lepDistrictRows, lepNamesText, lepsOfDistrict } from '../../src/lib/views/lep-districts';
import type { Lookup } from '../../src/lib/map/geography';
import type { AreaTableRow } from '../../src/lib/views/area-table';

// Two LEPs, A (districts 1, 2, 3) and B (districts 3, 4): district 3 is in both.
const lookup: Lookup = {
  ladToLep: { D1: ['A'], D2: ['A'], D3: ['A', 'B'], D4: ['B'] },
  lepToLads: { A: ['D1', 'D2', 'D3'], B: ['D3', 'D4'] },
  shared: ['D3'],
  names: { A: 'Alpha LEP', B: 'Beta LEP' },
};

const row = (code: string, lq: number): AreaTableRow => ({
  code,
  name: `District ${code}`,
  index: 0,
  value: 10,
  flag: null,
  share: 0.1,
  lq,
  growth: 0,
  lqChange: 0,
  density: NaN,
  eci: NaN,
  fromFlag: null,
  partialTotal: false,
});

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
