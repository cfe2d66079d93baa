// True zeros in the research views, the sector control's panel headings, and words in a sentence.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import type { AuditRow } from '../../src/lib/data/types';
import { inSentence } from '../../src/lib/format';
import { panelName, uoaPanelParents } from '../../src/lib/research/uoa';
import { researchNotes } from '../../src/lib/research/notes';
import { areaTableRows } from '../../src/lib/views/area-table';
import { sectorGroups } from '../../src/lib/views/sector-groups';
import { mapSubtitleLead, measureInSector } from '../../src/lib/views/map-words';
import { areaAccessibleName, areaTooltip } from '../../src/lib/views/tooltip';
import { shownZero, zeroCounts, zeroWords } from '../../src/lib/views/true-zero';

const r = (areaCode: string, sectorCode: string, value: number): AuditRow => ({
  areaCode,
  areaName: areaCode,
  sectorCode,
  sectorName: `UoA ${sectorCode}`,
  year: '2021',
  value,
  flag: null,
  ci95: null,
  row: 0,
});
// England 4* FTE: UoA 1 = 10, UoA 2 = 30. Alpha has 5 in UoA 1 and none in UoA 2; Beta has none at all.
const cube = buildCube([
  r('E92000001', '1', 10),
  r('E92000001', '2', 30),
  r('E37000001', '1', 5),
  r('E37000001', '2', 0),
  r('E37000002', '1', 0),
  r('E37000002', '2', 0),
]);
const rows = (sector: string) =>
  areaTableRows(cube, {
    level: 'lep',
    sector: cube.sectorIndex.get(sector)!,
    year: 0,
    from: 0,
    benchmark: 'E92000001',
  });
const ctx = {
  metric: 'lq' as const,
  measure: '4* FTE',
  year: '2021',
  from: '2021',
  benchmark: 'England',
  rank: undefined,
  of: 1,
};

describe('true zeros', () => {
  it('tells an area with no research at all from one with none in this subject', () => {
    const [alpha, beta] = rows('2');
    expect(alpha.zero).toBe('sector'); // 0 in UoA 2, 5 in all
    expect(alpha.lq).toBe(0);
    expect(beta.zero).toBe('area'); // 0 everywhere: LQ undefined
    expect(beta.lq).toBeNaN();
    const [alpha1] = rows('1');
    expect(alpha1.zero).toBeNull();
    expect(alpha1.lq).toBeCloseTo(5 / 5 / (10 / 40), 12); // 4
  });
  it('shows a zero where 0 means none (LQ 0 on a log scale, no LQ, a value of 0), not on growth', () => {
    const [alpha, beta] = rows('2');
    expect(shownZero(alpha, 'lq')).toBe('sector');
    expect(shownZero(beta, 'lq')).toBe('area');
    // A value of 0 is none: named, not the palest class (issue 10); growth keeps its figure.
    expect(shownZero(alpha, 'value')).toBe('sector');
    expect(shownZero({ ...alpha, growth: 0 }, 'growth')).toBeNull();
    expect(zeroCounts(rows('2'), 'lq')).toEqual({ area: 1, sector: 1 });
  });
  it('GPA (empty means none): no staff in a subject is "None in this subject", none at all is "No research submitted"', () => {
    // GPAs: Alpha 3.5 in UoA 1 and no staff in UoA 2; Beta no staff anywhere; England 3.2 and 2.9.
    const g = (area: string, sector: string, value: number | null): AuditRow => ({ ...r(area, sector, 0), value });
    const gpa = buildCube([
      g('E92000001', '1', 3.2),
      g('E92000001', '2', 2.9),
      g('E37000001', '1', 3.5),
      g('E37000001', '2', null),
      g('E37000002', '1', null),
      g('E37000002', '2', null),
    ]);
    const q = (sector: string, emptyIsNone: boolean) =>
      areaTableRows(gpa, {
        level: 'lep',
        sector: gpa.sectorIndex.get(sector)!,
        year: 0,
        from: 0,
        benchmark: 'E92000001',
        emptyIsNone,
      });
    const [alpha, beta] = q('2', true);
    expect(alpha.zero).toBe('sector');
    expect(beta.zero).toBe('area');
    expect(shownZero(alpha, 'value')).toBe('sector');
    expect(alpha.partialTotal).toBe(false); // nothing is missing from anything
    expect(q('1', true)[0]).toMatchObject({ value: 3.5, zero: null });
    // Without the rule an empty cell stays a missing figure.
    expect(q('2', false)[0].zero).toBeNull();
    // A GPA reads with two decimals in the accessible name and the tooltip: 3.50, never 3.5.
    const words = { metric: 'value' as const, measure: 'GPA', year: '2021', from: '2021', benchmark: 'England' };
    const gpaCtx = { ...words, rank: 1, of: 1, unit: 'GPA' };
    expect(areaAccessibleName(q('1', true)[0], gpaCtx)).toBe('E37000001: GPA 3.50, rank 1 of 1');
    expect(areaTooltip(q('1', true)[0], gpaCtx).lines[0]).toEqual({ label: 'GPA', value: '3.50' });
    expect(areaAccessibleName(q('1', true)[0], { ...gpaCtx, unit: 'FTE' })).toBe('E37000001: GPA 3.5, rank 1 of 1');
  });
  it('says "No research submitted" in the tooltip and the accessible name, never "no figure"', () => {
    const [, beta] = rows('2');
    const words = zeroWords('ref2021-4star-fte')!;
    const tip = areaTooltip(beta, { ...ctx, zeroWords: words });
    expect(tip.lines[0].value).toBe('No research submitted');
    expect(tip.lines.at(-1)!.value).toBe('not ranked');
    expect(areaAccessibleName(beta, { ...ctx, zeroWords: words })).toBe('E37000002: No research submitted');
    // Without words (business data) the old reading stands.
    expect(areaAccessibleName(beta, ctx)).toBe('E37000002: no figure');
  });
  it('has words only for the research datasets', () => {
    expect(zeroWords('ukri-awarded')!.area).toBe('No awards');
    expect(zeroWords('ref2021-gpa')).toMatchObject({ sector: 'No staff submitted in this subject' });
    expect(zeroWords('ref2021-gpa')!.note).toMatch(/nothing to grade/);
    expect(zeroWords('ubc-enterprises')).toBeUndefined();
    expect(zeroWords('local-1')).toBeUndefined();
  });
});

describe('panel headings for the sector control', () => {
  const sectors = ['1', '6', '7', '12', '13', '24', '25', '34'].map((code) => ({ code, name: `UoA ${code}` }));
  it('groups UoAs under their REF main panel, named', () => {
    const g = sectorGroups(sectors, uoaPanelParents([1, 6, 7, 12, 13, 24, 25, 34]), panelName)!;
    expect(g.map((x) => [x.code, x.sectors.map((s) => s.code)])).toEqual([
      ['A', ['1', '6']],
      ['B', ['7', '12']],
      ['C', ['13', '24']],
      ['D', ['25', '34']],
    ]);
    expect(g[0].name).toBe('Panel A: medicine, health and life sciences');
  });
  it('is a flat list without a parent map, or when every sector has the same parent', () => {
    expect(sectorGroups(sectors, undefined)).toBeNull();
    expect(sectorGroups(sectors.slice(0, 2), uoaPanelParents([1, 6]))).toBeNull();
  });
  it('uses a parent that is itself a sector by its own name', () => {
    const g = sectorGroups(
      [
        { code: 'C', name: 'Manufacturing' },
        { code: 'C10', name: 'Food' },
        { code: 'F', name: 'Construction' },
      ],
      { C10: 'C' },
    )!;
    expect(g.map((x) => x.name)).toEqual(['Other', 'Manufacturing']);
  });
});

describe('words', () => {
  it('lower-cases a measure inside a sentence but keeps acronyms', () => {
    expect(inSentence('World-leading research volume (4* FTE)')).toBe('world-leading research volume (4* FTE)');
    expect(inSentence('Research power (GPA × FTE)')).toBe('research power (GPA × FTE)');
    expect(inSentence('Enterprises')).toBe('enterprises');
  });
  it('puts the head-office caveat on every research view, and nothing on the others', () => {
    expect(researchNotes('ref2021-fte')[0]).toMatch(/head office/);
    expect(researchNotes('ref2021-fte')[1]).toMatch(/census date, 31 July 2020/);
    expect(researchNotes('ukri-awarded')[1]).toMatch(/nominal/);
    expect(researchNotes('aps-employment')).toEqual([]);
  });
});

describe('map subtitle', () => {
  it('names the measure once when the value itself is shown', () => {
    expect(
      mapSubtitleLead('value', 'Grade point average (GPA, 0 to 4)', 'Grade point average (GPA, 0 to 4)', 'Engineering'),
    ).toBe('Grade point average (GPA, 0 to 4) in Engineering');
    expect(mapSubtitleLead('lq', 'Location quotient (England = 1)', 'Enterprises', 'Manufacturing')).toBe(
      'Location quotient (England = 1), enterprises in Manufacturing',
    );
  });

  it('names an index once when its sector already says what it is (productivity)', () => {
    const measure = 'Labour productivity index (UK = 100)';
    expect(mapSubtitleLead('value', measure, measure, 'GVA per hour worked (index, UK = 100)')).toBe(
      'GVA per hour worked (index, UK = 100)',
    );
    expect(measureInSector(measure, 'GVA per job filled (index, UK = 100)')).toBe(
      'GVA per job filled (index, UK = 100)',
    );
    // A bracket the sector does not repeat stays: "(GPA, 0 to 4)" is not in "Engineering".
    expect(measureInSector('Grade point average (GPA, 0 to 4)', 'Engineering')).toBe(
      'Grade point average (GPA, 0 to 4) in Engineering',
    );
    expect(measureInSector('Enterprises', 'Manufacturing')).toBe('Enterprises in Manufacturing');
  });
});
