// The REF 2014 → 2021 unit-of-assessment crosswalk, checked against the published unit lists.
import { describe, expect, it } from 'vitest';
import { crosswalkGroups, groupKeyOf2021, uoa2014To2021 } from '../../src/lib/research/crosswalk';

describe('uoa2014To2021', () => {
  it('keeps units 1–11 (Clinical Medicine … Computer Science)', () => {
    for (let u = 1; u <= 11; u++) expect(uoa2014To2021(u)).toEqual([u]);
  });
  it('merges the four 2014 engineering units into 2021 UoA 12 Engineering', () => {
    expect([12, 13, 14, 15].map(uoa2014To2021)).toEqual([[12], [12], [12], [12]]);
  });
  it('maps Architecture (2014 UoA 16) to 2021 UoA 13', () => {
    expect(uoa2014To2021(16)).toEqual([13]);
  });
  it('splits Geography, Environmental Studies and Archaeology (2014 UoA 17) into 2021 UoAs 14 and 15', () => {
    expect(uoa2014To2021(17)).toEqual([14, 15]);
  });
  it('renumbers the rest down by two: Economics 18 → 16, Law 20 → 18, Communication 36 → 34', () => {
    expect(uoa2014To2021(18)).toEqual([16]);
    expect(uoa2014To2021(20)).toEqual([18]);
    expect(uoa2014To2021(36)).toEqual([34]);
  });
  it('rejects a unit REF 2014 did not have', () => {
    expect(() => uoa2014To2021(0)).toThrow(RangeError);
    expect(() => uoa2014To2021(37)).toThrow(/no unit of assessment 37/);
  });
});

describe('crosswalkGroups', () => {
  const groups = crosswalkGroups();
  it('has 33 comparable groups covering each 2021 unit and each 2014 unit exactly once', () => {
    expect(groups).toHaveLength(33);
    expect(groups.flatMap((g) => g.uoa2021)).toEqual(Array.from({ length: 34 }, (_, i) => i + 1));
    expect(groups.flatMap((g) => g.uoa2014).sort((a, b) => a - b)).toEqual(Array.from({ length: 36 }, (_, i) => i + 1));
  });
  it('names the two structural changes', () => {
    const eng = groups.find((g) => g.key === '12')!;
    expect(eng.uoa2014).toEqual([12, 13, 14, 15]);
    expect(eng.note).toMatch(/four REF 2014 engineering units/);
    const geo = groups.find((g) => g.key === '14+15')!;
    expect(geo.uoa2014).toEqual([17]);
    expect(geo.note).toMatch(/split/);
  });
  it('gives the group key of each 2021 unit', () => {
    expect([12, 14, 15, 16].map(groupKeyOf2021)).toEqual(['12', '14+15', '14+15', '16']);
  });
});
