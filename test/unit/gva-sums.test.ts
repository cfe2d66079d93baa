// GVA's England and LEP figures are sums of the April-2023 districts at current prices, a district
// in two LEPs counting in both; a LEP missing a district's figure has none; England sums what is
// published and is marked. Hand-made file: every one of the 49 industries for three districts,
// each leaf worth the district's multiplier (D1 1, D2 10, D3 100) and each parent the sum of its
// leaves, so "Total" holds 37 leaves and "C (10-33)" six. LEP X = D1 + D2, LEP Y = D2 + D3 (D2 shared).
// D1's "CM (31-33)" is suppressed in 2022.
import { describe, expect, it } from 'vitest';
import { GVA_COLUMNS, GVA_PARENT, GVA_YEARS, CURRENT, VOLUME, readGva } from '../../scripts/lib/gva';

const codes = ['Total', ...Object.keys(GVA_PARENT)];
const children = (c: string) => Object.keys(GVA_PARENT).filter((k) => GVA_PARENT[k] === c);
const leavesUnder = (c: string): number => {
  const k = children(c);
  return k.length === 0 ? 1 : k.reduce((s, x) => s + leavesUnder(x), 0);
};
const districts = new Map([
  ['E06000001', 'D1'],
  ['E06000002', 'D2'],
  ['E06000003', 'D3'],
]);
const mult: Record<string, number> = { E06000001: 1, E06000002: 10, E06000003: 100 };
const lines = [GVA_COLUMNS.join(',')];
for (const [lad, name] of districts)
  for (const c of codes)
    for (const m of [CURRENT, VOLUME]) {
      const v = GVA_YEARS.map((y) =>
        lad === 'E06000001' && c === 'CM (31-33)' && y === '2022' ? '' : String(mult[lad] * leavesUnder(c)),
      );
      lines.push([lad, name, `"${c}"`, `"${c}"`, m, ...v].join(','));
    }
const lookup = {
  ladToLep: { E06000001: ['E37000001'], E06000002: ['E37000001', 'E37000002'], E06000003: ['E37000002'] },
  lepToLads: { E37000001: ['E06000001', 'E06000002'], E37000002: ['E06000002', 'E06000003'] },
  shared: ['E06000002'],
};
const lepNames = new Map([
  ['E37000001', 'X'],
  ['E37000002', 'Y'],
]);
const read = readGva(lines.join('\n') + '\n', 'gva.csv', districts, lookup, lepNames);
const at = (area: string, sector: string, year: string) =>
  read.current.find((r) => r.areaCode === area && r.sectorCode === sector && r.year === year)!;

describe('GVA sums of 2023 districts', () => {
  it('the fixture: Total holds 37 leaves, manufacturing 6', () => {
    expect(leavesUnder('Total')).toBe(37);
    expect(leavesUnder('C (10-33)')).toBe(6);
  });
  it('England is the sum of the districts: (1 + 10 + 100) × 37 = 4,107', () => {
    expect(at('E92000001', 'Total', '2022').value).toBe(4107);
    expect(read.englandTotal.get('2022')).toBe(4107);
  });
  it('a LEP is the sum of its districts, the shared one in both: X = 11 × 37 = 407, Y = 110 × 37 = 4,070', () => {
    expect(at('E37000001', 'Total', '2022').value).toBe(407);
    expect(at('E37000002', 'Total', '2022').value).toBe(4070);
    // So the LEPs add up to more than England (407 + 4,070 > 4,107): they overlap.
    expect(at('E37000001', 'C (10-33)', '2022').value).toBe(66);
  });
  it('a suppressed district cell: the LEP has no figure, England sums the rest and is marked', () => {
    expect(at('E37000001', 'CM (31-33)', '2022')).toMatchObject({ value: null, flag: 'suppressed' });
    expect(at('E37000002', 'CM (31-33)', '2022')).toMatchObject({ value: 110, flag: null });
    expect(at('E92000001', 'CM (31-33)', '2022')).toMatchObject({ value: 110, flag: 'unreliable' });
    expect(at('E37000001', 'CM (31-33)', '2021').value).toBe(11);
  });
  it('chained volume is not summed: districts only', () => {
    expect(new Set(read.volume.map((r) => r.areaCode))).toEqual(new Set(districts.keys()));
  });
});
