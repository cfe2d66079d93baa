// "Places strong in both" for one subject, on a fixture worked by hand: 3 LEPs and 1 district,
// subjects UoA 10 (Mathematical Sciences: linked to industries 11 and 10), 11 (Computer Science: to 10)
// and 30 (Philosophy: to no industry); enterprises in industries 10, 11 and 3.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import type { AuditRow } from '../../src/lib/data/types';
import {
  bothSubjects,
  fteRuleWords,
  placesForUoa,
  placesSummary,
  sortUoaPlaces,
  type UoaPlace,
} from '../../src/lib/research/places-uoa';
import { csvRowsOf, placesCsvColumns, placesTitle } from '../../src/lib/research/places-uoa-share';

const NAMES: Record<string, string> = {
  E92000001: 'England',
  E37000001: 'Alpha',
  E37000002: 'Beta',
  E37000003: 'Gamma',
  E08000001: 'Delta',
};
const row = (areaCode: string, sectorCode: string, value: number): AuditRow => ({
  areaCode,
  areaName: NAMES[areaCode],
  sectorCode,
  sectorName: `S${sectorCode}`,
  year: '2021',
  value,
  flag: null,
  ci95: null,
  row: 0,
});
const cube = (cells: Record<string, Record<string, number>>) =>
  buildCube(Object.entries(cells).flatMap(([a, v]) => Object.entries(v).map(([s, x]) => row(a, s, x))));

// 4* FTE. England 100 in each of 10, 11, 30 (300). Each LEP has 60 in all, so LQ = (x/60)/(100/300) = x/20:
// Alpha 30, 10, 20: LQ 1.5, 0.5, 1. Beta 20, 40, 0: LQ 1 (exactly 1: not strong), 2, 0.
// Gamma 40, 0, 20: LQ 2, 0, 1. Delta (a district) 10 in UoA 10 alone: LQ (10/10)/(1/3) = 3.
const research = cube({
  E92000001: { '10': 100, '11': 100, '30': 100 },
  E37000001: { '10': 30, '11': 10, '30': 20 },
  E37000002: { '10': 20, '11': 40, '30': 0 },
  E37000003: { '10': 40, '11': 0, '30': 20 },
  E08000001: { '10': 10, '11': 0, '30': 0 },
});
// Enterprises. England 300, 300, 400 in industries 10, 11, 3 (1000): shares 0.3, 0.3, 0.4. Each LEP has 100:
// Alpha 45, 36, 19: LQ 10 = 0.45/0.3 = 1.5, LQ 11 = 0.36/0.3 = 1.2. Beta 60, 30, 10: LQ 10 = 2, LQ 11 = 1.
// Gamma 27, 33, 40: LQ 10 = 0.9, LQ 11 = 1.1. Delta 50, 0, 50: LQ 10 = 0.5/0.3 = 5/3.
const enterprises = cube({
  E92000001: { '10': 300, '11': 300, '3': 400 },
  E37000001: { '10': 45, '11': 36, '3': 19 },
  E37000002: { '10': 60, '11': 30, '3': 10 },
  E37000003: { '10': 27, '11': 33, '3': 40 },
  E08000001: { '10': 50, '11': 0, '3': 50 },
});

// Staff FTE submitted: every LEP's subjects rest on 10 FTE or more; Delta's UoA 10 on 9.5, under the
// science base's 10 FTE floor, so its LQ of 3 is shown but not counted as a strength.
const fte = cube({
  E92000001: { '10': 500, '11': 500, '30': 500 },
  E37000001: { '10': 40, '11': 30, '30': 30 },
  E37000002: { '10': 30, '11': 60, '30': 0 },
  E37000003: { '10': 50, '11': 0, '30': 25 },
  E08000001: { '10': 9.5, '11': 0, '30': 0 },
});

const brief = (p: UoaPlace) => [
  p.name,
  Number(p.researchLq.toFixed(4)),
  p.fourStarFte,
  p.staffFte,
  p.industries.map((i) => `${i.code}:${Number(i.lq.toFixed(4))}`).join(' '),
];

describe('places strong in both, one subject', () => {
  const maths = placesForUoa({ research, fte, enterprises }, 10, 'lep');
  it('names each place with research LQ > 1 and an enterprise LQ > 1 in a linked industry, highest research LQ first', () => {
    // Alpha: research 1.5, industries 10 (1.5) and 11 (1.2). Gamma: research 2, only 11 (1.1) of its two.
    // Beta's research LQ is exactly 1, so it is not strong, however strong its industries.
    expect(maths.places.map(brief)).toEqual([
      ['Gamma', 2, 40, 50, '11:1.1'],
      ['Alpha', 1.5, 30, 40, '10:1.5 11:1.2'],
    ]);
    expect(maths.areas).toBe(3);
    expect(maths.uoaName).toBe('S10');
    expect(maths.links.map((l) => l.industryName)).toEqual(['Financial & insurance', 'Information & communication']);
    expect(maths.places[1].industries[0].reason).toBe('Mathematics underpins software, data and information services.');
    expect(maths.unlinkedReason).toBeNull();
  });
  it('reads only the level asked for', () => {
    expect(placesForUoa({ research, fte, enterprises }, 11, 'lep').places.map(brief)).toEqual([
      ['Beta', 2, 40, 60, '10:2'],
    ]);
  });
  it('leaves out a research LQ on under 10 FTE submitted, and names it; without staff FTE the rule is not applied', () => {
    const districts = placesForUoa({ research, fte, enterprises }, 10, 'lad');
    expect(districts.places).toEqual([]);
    expect(districts.fteRule).toBe(true);
    expect(districts.tooSmall).toEqual([{ code: 'E08000001', name: 'Delta', researchLq: 3, staffFte: 9.5 }]);
    expect(fteRuleWords(districts, (x) => `${x} FTE`)).toMatch(
      /only on at least 10 FTE of staff submitted.*Not counted for that reason: Delta \(LQ 3\.00 on 9\.5 FTE\)\.$/,
    );
    const noFte = placesForUoa({ research, fte: null, enterprises }, 10, 'lad');
    expect(noFte.places.map(brief)).toEqual([['Delta', 3, 10, NaN, '10:1.6667']]);
    expect(noFte.fteRule).toBe(false);
    expect(fteRuleWords(noFte, String)).toMatch(/could not be loaded, so the rule .* is not applied/);
  });
  it('sorts by any column either way; a place with two industries by its strongest', () => {
    const by = (col: Parameters<typeof sortUoaPlaces>[1], desc: boolean) =>
      sortUoaPlaces(maths.places, col, desc).map((p) => p.name);
    expect(by('area', false)).toEqual(['Alpha', 'Gamma']);
    expect(by('researchLq', false)).toEqual(['Alpha', 'Gamma']);
    expect(by('fourStarFte', true)).toEqual(['Gamma', 'Alpha']);
    expect(by('staffFte', false)).toEqual(['Alpha', 'Gamma']); // 40 against 50
    expect(by('enterpriseLq', true)).toEqual(['Alpha', 'Gamma']); // 1.5 against 1.1
    expect(by('industry', false)).toEqual(['Gamma', 'Alpha']); // Financial before Information
  });
  it('says in words how many places, or why there are none', () => {
    expect(placesSummary(maths, true)).toBe(
      '2 of the 3 LEPs have a research LQ above 1 in S10 (REF 2021 world-leading 4* FTE) on at least 10 FTE of staff submitted and an enterprise LQ above 1 in Financial & insurance or Information & communication (UK Business Counts).',
    );
    const none = placesForUoa({ research, fte, enterprises }, 11, 'lad');
    expect(none.places).toEqual([]);
    expect(placesSummary(none, true)).toBe(
      'No district is strong in both research and business in S11: none of the 1 districts has both a research LQ above 1 in it (on at least 10 FTE of staff submitted) and an enterprise LQ above 1 in Information & communication.',
    );
    const philosophy = placesForUoa({ research, fte, enterprises }, 30, 'lep');
    expect(philosophy.places).toEqual([]);
    expect(placesSummary(philosophy, true)).toBe(
      "The atlas's concordance links S30 to no single industry group (Philosophy serves no one industry: its research is used across many), so no place can be strong in both research and business in it.",
    );
    // Without enterprise counts the business side is unknown: no place is named.
    const unknown = placesForUoa({ research, fte, enterprises: null }, 10, 'lep');
    expect(unknown.places).toEqual([]);
    expect(placesSummary(unknown, false)).toMatch(/could not be loaded.*no place is named/);
  });
  it('downloads one row per place and strong industry, in the order shown, with the reason', () => {
    const cols = placesCsvColumns(maths);
    const cells = csvRowsOf(sortUoaPlaces(maths.places, 'area', false)).map((r) => cols.map((c) => c.value(r)));
    expect(cols.map((c) => c.header)).toEqual([
      'area_code',
      'area_name',
      'uoa',
      'uoa_name',
      'research_lq',
      'four_star_fte',
      'staff_submitted_fte',
      'industry_group',
      'industry_name',
      'enterprise_lq',
      'concordance_reason',
    ]);
    expect(cells.map((c) => c.slice(0, 10))).toEqual([
      ['E37000001', 'Alpha', 10, 'S10', 1.5, 30, 40, '10', 'Information & communication', 1.5],
      ['E37000001', 'Alpha', 10, 'S10', 1.5, 30, 40, '11', 'Financial & insurance', 1.2],
      ['E37000003', 'Gamma', 10, 'S10', 2, 40, 50, '11', 'Financial & insurance', 1.1],
    ]);
    expect(cells[1][10]).toBe('Mathematics and statistics serve finance, insurance and actuarial work.');
    expect(placesTitle('S10', 'lad')).toBe('Districts strong in both research and business in S10');
  });
  it("names an area's subjects strong in both once each, in the pairs' order", () => {
    const pair = (uoa: number, kind: string) => ({ uoa, uoaName: `S${uoa}`, kind });
    expect(bothSubjects([pair(12, 'both'), pair(10, 'both'), pair(12, 'both'), pair(11, 'research')])).toEqual([
      { uoa: 12, uoaName: 'S12' },
      { uoa: 10, uoaName: 'S10' },
    ]);
  });
});
