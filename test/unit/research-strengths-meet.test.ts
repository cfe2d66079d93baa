// The UoA ↔ industry concordance and "where research and business strengths meet", on a small
// fixture worked by hand.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import type { AuditRow } from '../../src/lib/data/types';
import {
  APS_SECTOR_OF_GROUP,
  CONCORDANCE,
  INDUSTRY_GROUPS,
  linksOfUoa,
  uoasOfIndustry,
} from '../../src/lib/research/concordance';
import {
  pairKind,
  strengthsMeet,
  type PairKind,
  type StrengthPair,
  type StrengthsMeet,
} from '../../src/lib/research/strengths-meet';
import {
  axisPosition,
  chartPairs,
  fteRuleWords,
  lqAxis,
  oneSided,
  researchLqWords,
  strengthColumns,
  strengthWords,
  tooSmallSubjects,
} from '../../src/lib/research/strengths-view';

const row = (areaCode: string, sectorCode: string, value: number, ci95: number | null = null): AuditRow => ({
  areaCode,
  areaName: { E92000001: 'England', E37000001: 'Alpha', E37000002: 'Beta' }[areaCode] ?? areaCode,
  sectorCode,
  sectorName: `S${sectorCode}`,
  year: '2021',
  value,
  flag: null,
  ci95,
  row: 0,
});

describe('concordance of units of assessment to industry groups', () => {
  it('covers every REF 2021 UoA (1–34) and every one of the 18 industry groups', () => {
    for (let u = 1; u <= 34; u++) expect(linksOfUoa(u).length, `UoA ${u}`).toBeGreaterThan(0);
    for (const g of Object.keys(INDUSTRY_GROUPS)) expect(uoasOfIndustry(g).length, `group ${g}`).toBeGreaterThan(0);
    expect(Object.keys(INDUSTRY_GROUPS)).toHaveLength(18);
  });
  it('gives every link a reason and the SIC divisions it rests on, once per pair', () => {
    const seen = new Set<string>();
    for (const l of CONCORDANCE) {
      expect(l.reason.length).toBeGreaterThan(20);
      if (l.industry !== null) {
        expect(l.sic).toMatch(/^\d/);
        expect(INDUSTRY_GROUPS[l.industry]).toBeDefined();
      }
      const k = `${l.uoa}|${l.industry}`;
      expect(seen.has(k), k).toBe(false);
      seen.add(k);
    }
  });
  it('links Engineering to Manufacturing and Computer Science to Information & communication', () => {
    expect(linksOfUoa(12).map((l) => l.industry)).toContain('3');
    expect(linksOfUoa(11).map((l) => l.industry)).toEqual(['10']);
    expect(linksOfUoa(30).map((l) => l.industry)).toEqual([null]); // Philosophy serves no one industry
  });
  it('reads each industry group’s employment in the survey sector that holds it', () => {
    expect(Object.keys(APS_SECTOR_OF_GROUP).sort()).toEqual(Object.keys(INDUSTRY_GROUPS).sort());
    expect(APS_SECTOR_OF_GROUP['7']).toBe('G,I'); // Retail in distribution, hotels & restaurants
    expect(APS_SECTOR_OF_GROUP['10']).toBe('H,J');
  });
});

describe('where research and business strengths meet', () => {
  // 4* FTE. England: UoA 11 = 100, 12 = 300, 30 = 100 (500). Alpha: 10, 5, 5 (20). Beta: 0, 10, 0 (10).
  // Research LQ of Alpha: 11 → (10/100)/(20/500) = 2.5; 12 → (5/300)/0.04 = 0.41667; 30 → (5/100)/0.04 = 1.25.
  const research = buildCube([
    row('E92000001', '11', 100),
    row('E92000001', '12', 300),
    row('E92000001', '30', 100),
    row('E37000001', '11', 10),
    row('E37000001', '12', 5),
    row('E37000001', '30', 5),
    row('E37000002', '11', 0),
    row('E37000002', '12', 10),
    row('E37000002', '30', 0),
  ]);
  // Enterprises. England: 3 = 100, 10 = 100, 4 = 200, 13 = 600 (1000). Alpha: 30, 20, 10, 40 (100).
  // LQ of Alpha: Manufacturing (3) 0.3/0.1 = 3; Information & communication (10) 0.2/0.1 = 2;
  // Construction (4) 0.1/0.2 = 0.5; Professional (13) 0.4/0.6 = 0.6667.
  const enterprises = buildCube([
    row('E92000001', '3', 100),
    row('E92000001', '10', 100),
    row('E92000001', '4', 200),
    row('E92000001', '13', 600),
    row('E37000001', '3', 30),
    row('E37000001', '10', 20),
    row('E37000001', '4', 10),
    row('E37000001', '13', 40),
    row('E37000002', '3', 50),
    row('E37000002', '10', 5),
    row('E37000002', '4', 40),
    row('E37000002', '13', 5),
  ]);
  // Employment with 95% CIs. England: H,J 1000 ± 10, C 1000 ± 10 (2000). Alpha: H,J 150 ± 10, C 50 ± 10 (200).
  // LQ of Alpha in H,J = (150/200)/(1000/2000) = 1.5. Fieller: q± = (eE ± √(ce²E² + cE²e² − ce²cE²))/(E² − cE²)
  // = (150000 ± √102240000)/999900 = 0.139903 and 0.160127; × N/T = 10 → 1.3990 to 1.6013, wholly above 1.
  const employment = buildCube([
    row('E92000001', 'H,J', 1000, 10),
    row('E92000001', 'C', 1000, 10),
    row('E37000001', 'H,J', 150, 10),
    row('E37000001', 'C', 50, 10),
  ]);
  const m = strengthsMeet({ research, fte: null, enterprises, employment }, 'E37000001');
  const pair = (uoa: number, industry: string) => m.pairs.find((p) => p.uoa === uoa && p.industry === industry)!;

  it('sets the research LQ beside the business LQ for each linked pair', () => {
    expect(pair(11, '10').researchLq).toBeCloseTo(2.5, 12);
    expect(pair(11, '10').businessLq).toBeCloseTo(2, 12);
    expect(pair(12, '3').researchLq).toBeCloseTo(5 / 300 / 0.04, 12);
    expect(pair(12, '3').businessLq).toBeCloseTo(3, 12);
    expect(pair(12, '4').businessLq).toBeCloseTo(0.5, 12);
    expect(pair(12, '13').businessLq).toBeCloseTo(0.4 / 0.6, 12);
    expect(pair(11, '10').fourStarFte).toBe(10);
    expect(pair(11, '10').enterprises).toBe(20);
  });
  it('names the pairs strong on both sides, on one side only, and neither; a side with no figure is unknown', () => {
    expect(pair(11, '10').kind).toBe('both');
    expect(pair(12, '3').kind).toBe('business');
    expect(pair(12, '4').kind).toBe('neither');
    expect(pair(12, '2').kind).toBe('unknown'); // no Mining & utilities figure in the fixture
    expect(pair(1, '17').kind).toBe('unknown'); // no Clinical Medicine figure
    expect(m.pairs[0]).toMatchObject({ uoa: 11, industry: '10', kind: 'both' });
    expect(m.hasResearch).toBe(true);
  });
  it('reads employment one level up, with its 95% interval', () => {
    const p = pair(11, '10');
    expect(p.employmentSector).toBe('SH,J');
    expect(p.employmentLq).toBeCloseTo(1.5, 12);
    expect(p.employmentLower).toBeCloseTo(1.399026, 5);
    expect(p.employmentUpper).toBeCloseTo(1.601274, 5);
    expect(p.employmentSignificant).toBe('above');
    // Manufacturing: (50/200)/(1000/2000) = 0.5.
    expect(pair(12, '3').employmentLq).toBeCloseTo(0.5, 12);
  });
  it('lists the subjects linked to no industry with their research LQ', () => {
    expect(m.unlinked.find((u) => u.uoa === 30)!.researchLq).toBeCloseTo(1.25, 12);
    expect(m.unlinked.map((u) => u.uoa)).toEqual([30, 31]);
  });
  it('has no research LQ where no research was submitted', () => {
    const none = strengthsMeet(
      {
        research: buildCube([row('E92000001', '11', 100), row('E37000009', '11', 0)]),
        fte: null,
        enterprises,
        employment: null,
      },
      'E37000009',
    );
    expect(none.hasResearch).toBe(false);
    expect(none.pairs.every((p) => p.kind === 'unknown')).toBe(true);
  });
  it('kind: strong means above 1 on both sides', () => {
    expect(pairKind(1.01, 1.01)).toBe('both');
    expect(pairKind(1, 2)).toBe('business'); // exactly 1 is not specialised
    expect(pairKind(2, 0.9)).toBe('research');
    expect(pairKind(0.5, 0.5)).toBe('neither');
    expect(pairKind(NaN, 2)).toBe('unknown');
  });
});

describe('a research LQ on under 10 FTE submitted is shown but not counted as a strength', () => {
  // 4* FTE as above: Alpha's research LQ in UoA 11 is 2.5 (with Information & communication, enterprise
  // LQ 2: both), in 30 is 1.25; Beta's in 12 is 1.6667 (with Manufacturing 5 and Construction 2).
  const research = buildCube([
    row('E92000001', '11', 100),
    row('E92000001', '12', 300),
    row('E92000001', '30', 100),
    row('E37000001', '11', 10),
    row('E37000001', '12', 5),
    row('E37000001', '30', 5),
    row('E37000002', '11', 0),
    row('E37000002', '12', 10),
    row('E37000002', '30', 0),
  ]);
  const enterprises = buildCube([
    row('E92000001', '3', 100),
    row('E92000001', '10', 100),
    row('E92000001', '4', 200),
    row('E92000001', '13', 600),
    row('E37000001', '3', 30),
    row('E37000001', '10', 20),
    row('E37000001', '4', 10),
    row('E37000001', '13', 40),
    row('E37000002', '3', 50),
    row('E37000002', '10', 5),
    row('E37000002', '4', 40),
    row('E37000002', '13', 5),
  ]);
  // Staff FTE: Alpha 8 in UoA 11 (under 10), 25 in 12, none in 30 (an empty cell: 0); Beta exactly 10 in 12.
  const fte = buildCube([
    row('E92000001', '11', 300),
    row('E92000001', '12', 900),
    row('E92000001', '30', 250),
    row('E37000001', '11', 8),
    row('E37000001', '12', 25),
    row('E37000002', '12', 10),
  ]);
  const alpha = strengthsMeet({ research, fte, enterprises, employment: null }, 'E37000001');
  const pair = (uoa: number, industry: string) => alpha.pairs.find((p) => p.uoa === uoa && p.industry === industry)!;

  it('keeps the LQ and its FTE, but a strong research side on 8 FTE is no strength: the pair is industry only', () => {
    const p = pair(11, '10');
    expect(p.researchLq).toBeCloseTo(2.5, 12);
    expect(p.staffFte).toBe(8);
    expect(p.researchTooSmall).toBe(true);
    expect(p.kind).toBe('business');
    expect(alpha.fteRule).toBe(true);
    // Without the FTE cube the same pair is strong on both sides, and the result says the rule was not applied.
    const without = strengthsMeet({ research, fte: null, enterprises, employment: null }, 'E37000001');
    expect(without.pairs.find((q) => q.uoa === 11 && q.industry === '10')!.kind).toBe('both');
    expect(without.fteRule).toBe(false);
    expect(without.pairs[0].staffFte).toBeNaN();
  });
  it('marks only research LQs above 1 as too small; a weak one on 25 FTE is simply weak', () => {
    expect(pair(12, '3')).toMatchObject({ staffFte: 25, researchTooSmall: false, kind: 'business' });
    // Subjects linked to no industry carry their FTE too: Alpha has none in UoA 30 (0, not missing).
    expect(alpha.unlinked.find((u) => u.uoa === 30)!.staffFte).toBe(0);
  });
  it('counts a research LQ on exactly 10 FTE', () => {
    const beta = strengthsMeet({ research, fte, enterprises, employment: null }, 'E37000002');
    expect(beta.pairs.find((p) => p.uoa === 12 && p.industry === '3')).toMatchObject({
      staffFte: 10,
      researchTooSmall: false,
      kind: 'both',
    });
  });
  it('kind: a research LQ that does not count is never strong', () => {
    expect(pairKind(2.5, 2, false)).toBe('business');
    expect(pairKind(2.5, 0.5, false)).toBe('neither');
    expect(pairKind(NaN, 2, false)).toBe('unknown');
  });
  it('says so in words: the strength, the LQ in the lists, the subjects not counted, and the CSV', () => {
    const p = pair(11, '10');
    expect(strengthWords(p)).toBe(
      'Industry strength, research not specialised (research LQ on under 10 FTE submitted: not counted as a strength)',
    );
    expect(researchLqWords(p, (x) => x.toFixed(2))).toBe('2.50 on 8.0 FTE, too small to count');
    expect(tooSmallSubjects(alpha)).toEqual([{ uoa: 11, uoaName: 'S11', lq: p.researchLq, fte: 8 }]);
    expect(fteRuleWords(alpha, (x) => x.toFixed(2))).toBe(
      'A research LQ counts as a strength only where at least 10 FTE of staff were submitted in the subject, as in the science base: below that one small submission makes the whole LQ, so it is shown but not counted. Not counted here: S11 (LQ 2.50 on 8.0 FTE).',
    );
    expect(fteRuleWords({ ...alpha, fteRule: false }, (x) => x.toFixed(2))).toMatch(/could not be loaded/);
    const cols = strengthColumns();
    const cell = (h: string) => cols.find((c) => c.header === h)!.value(p);
    expect(cell('staff_submitted_fte')).toBe(8);
    expect(cell('research_lq_not_counted')).toBe('research LQ on under 10 FTE submitted: not counted as a strength');
    expect(cols.find((c) => c.header === 'research_lq_not_counted')!.value(pair(12, '3'))).toBeNull();
  });
});

describe('the strengths chart', () => {
  const p = (researchLq: number, businessLq: number, kind: PairKind, uoa = 1): StrengthPair =>
    ({ uoa, industry: '3', researchLq, businessLq, kind }) as StrengthPair;
  const m = {
    pairs: [
      p(3, 1.5, 'both'),
      p(1.2, 1.1, 'both'),
      p(2.5, 0.4, 'research'),
      p(1.5, 0.9, 'research'),
      p(0.5, 3, 'business'),
    ],
  } as StrengthsMeet;
  it('draws the pairs strong on both sides, and lists the one-sided ones strongest first', () => {
    expect(chartPairs(m).map((x) => x.researchLq)).toEqual([3, 1.2]);
    expect(chartPairs(m, 1)).toHaveLength(1);
    expect(oneSided(m, 'research').map((x) => x.researchLq)).toEqual([2.5, 1.5]);
    expect(oneSided(m, 'business').map((x) => x.businessLq)).toEqual([3]);
  });
  it('runs the axis from 1 to the smallest of 2, 4 or 8 that holds every LQ, on a log scale', () => {
    expect(lqAxis([p(1.5, 1.9, 'both')])).toEqual({ min: 1, max: 2, ticks: [1, 1.25, 1.5, 2] });
    expect(lqAxis([p(3, 1.5, 'both')])).toEqual({ min: 1, max: 4, ticks: [1, 1.5, 2, 3, 4] });
    expect(lqAxis([p(30, 1.5, 'both')]).max).toBe(8);
    const ax = { min: 1, max: 4 };
    expect(axisPosition(2, ax).t).toBeCloseTo(0.5, 12); // log 2 is half of log 4
    expect(axisPosition(1, ax).t).toBe(0);
    expect(axisPosition(16, ax)).toEqual({ t: 1, clipped: true });
    expect(axisPosition(NaN, ax).t).toBeNaN();
  });
});
