// Specialisation against productivity, worked by hand on a small GVA tree and an APS table (2022).
//
// GVA £m        England   X        APS people   England
//   AB (1-9)        10    1          A              100
//   DE (35-39)      10    1          B,D,E          300   → group 1: £20m / 400   = £50,000
//   C (10-33)       60   20          C             1000   → £60m / 1,000          = £60,000
//    CA-CB          20    — (suppressed)
//    CI-CL          40   16
//   F (41-43)       30    3          F             1000   → £30,000
//   G 40, I 20      60    4 + 2      G,I           3000   → £20,000
//   H 30, J 50      80    2 + 3      H,J           2000   → £40,000
//   K 50, 68 30, M 40, N 30   150    2 + 2 + 4 + 2   K-N   2500   → £60,000
//     (L (68) = 68IMP 100 + 68 30 in England; 10 + 2 in X; imputed rent is left out)
//   O 30, P 30, Q 40   100   3 + 3 + 4      O-Q     5000   → £20,000
//   R 10, S 10, T 0     20   1 + 1 + 0      R-U     1000   → £20,000
//   Total         620   68   (less imputed rent: England 520, X 58)       all: 15,900 → 520e6 / 15,900
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import { cubeWithSectorTree } from '../../src/lib/data/cube-tree';
import type { AuditRow } from '../../src/lib/data/types';
import {
  groupOf,
  mixSentence,
  nationalProductivity,
  specialisationProductivity,
  productivitySurveyYear,
  surveyYearFor,
} from '../../src/lib/metrics/specialisation-productivity';
import { DOT_R, stripLayout } from '../../src/lib/profile/productivity-strip';

const E = 'E92000001';
const X = 'E06000001';
const GVA: [string, number, number | null][] = [
  ['Total', 620, 68],
  ['AB (1-9)', 10, 1],
  ['DE (35-39)', 10, 1],
  ['C (10-33)', 60, 20],
  ['CA-CB (10-15)', 20, null],
  ['CI-CL (26-30)', 40, 16],
  ['F (41-43)', 30, 3],
  ['G (45-47)', 40, 4],
  ['I (55-56)', 20, 2],
  ['H (49-53)', 30, 2],
  ['J (58-63)', 50, 3],
  ['K (64-66)', 50, 2],
  ['L (68)', 130, 12],
  ['68IMP', 100, 10],
  ['68', 30, 2],
  ['M (69-75)', 40, 4],
  ['N (77-82)', 30, 2],
  ['O (84)', 30, 3],
  ['P (85)', 30, 3],
  ['Q (86-88)', 40, 4],
  ['R (90-93)', 10, 1],
  ['S (94-96)', 10, 1],
  ['T (97-98)', 0, 0],
];
const PARENT: Record<string, string> = Object.fromEntries(
  GVA.filter(([c]) => c !== 'Total').map(([c]) => [
    c,
    c.startsWith('CA') || c.startsWith('CI') ? 'C (10-33)' : c === '68IMP' || c === '68' ? 'L (68)' : 'Total',
  ]),
);
const row = (area: string, code: string, year: string, value: number | null): AuditRow => ({
  areaCode: area,
  areaName: area === E ? 'England' : 'X',
  sectorCode: code,
  sectorName: code,
  year,
  value,
  flag: value === null ? 'suppressed' : null,
  ci95: null,
  row: 0,
});
const gva = cubeWithSectorTree(
  buildCube(GVA.flatMap(([code, e, x]) => [row(E, code, '2022', e), row(X, code, '2022', x)])),
  PARENT,
  ['68IMP'],
);
const APS: [string, number][] = [
  ['A', 100],
  ['B,D,E', 300],
  ['C', 1000],
  ['F', 1000],
  ['G,I', 3000],
  ['H,J', 2000],
  ['K-N', 2500],
  ['O-Q', 5000],
  ['R-U', 1000],
];
const aps = buildCube(APS.flatMap(([code, v]) => [row(E, code, '2021', v * 2), row(E, code, '2022', v)]));

describe('national GVA per person employed, by broad group', () => {
  it('divides England’s GVA in each group by its people in employment', () => {
    const n = nationalProductivity(gva, aps, '2022')!;
    const by = Object.fromEntries(n.groups.map((g) => [g.name, g.perWorker]));
    expect(by['Agriculture, mining, energy and water']).toBeCloseTo(50_000, 6);
    expect(by['Manufacturing']).toBeCloseTo(60_000, 6);
    expect(by['Construction']).toBeCloseTo(30_000, 6);
    expect(by['Distribution, hotels and restaurants']).toBeCloseTo(20_000, 6);
    expect(by['Transport and communication']).toBeCloseTo(40_000, 6);
    // K 50 + real estate without imputed rent 30 + M 40 + N 30 = 150; 150e6 / 2,500.
    expect(by['Finance, property, professional and business services']).toBeCloseTo(60_000, 6);
    expect(by['Public administration, education and health']).toBeCloseTo(20_000, 6);
    expect(by['Other services']).toBeCloseTo(20_000, 6);
    expect(n.all.gva).toBe(520);
    expect(n.all.workers).toBe(15_900);
    expect(n.all.perWorker).toBeCloseTo(520e6 / 15_900, 6);
  });

  it('has no figure for a year the survey lacks', () => {
    expect(nationalProductivity(gva, aps, '2020')).toBeNull();
  });
});

describe('specialisationProductivity', () => {
  const r = specialisationProductivity(gva, aps, X, '2022')!;

  it('gives each leaf industry its LQ and its group’s national GVA per worker', () => {
    const p = Object.fromEntries(r.points.map((q) => [q.code, q]));
    // CI-CL: (16 / 58) / (40 / 520) = 8320 / 2320.
    expect(p['CI-CL (26-30)'].lq).toBeCloseTo(8320 / 2320, 12);
    expect(p['CI-CL (26-30)'].perWorker).toBeCloseTo(60_000, 6);
    // A suppressed leaf has no LQ (missing, not zero), but keeps its group.
    expect(p['CA-CB (10-15)'].lq).toBeNaN();
    expect(p['CA-CB (10-15)'].flag).toBe('suppressed');
    // Real estate without imputed rent: (2 / 58) / (30 / 520) = 1040 / 1740.
    expect(p['68'].lq).toBeCloseTo(1040 / 1740, 12);
    expect(p['68'].group).toBe('Finance, property, professional and business services');
    // Imputed rent is left out; parents are not points.
    expect(p['68IMP']).toBeUndefined();
    expect(p['C (10-33)']).toBeUndefined();
    expect(r.points).toHaveLength(19);
  });

  it('orders groups by GVA per worker, highest first', () => {
    expect(r.groups.map((g) => Math.round(g.perWorker))).toEqual([
      60_000, 60_000, 50_000, 40_000, 30_000, 20_000, 20_000, 20_000,
    ]);
  });

  it('values the area’s mix at England’s figures: 58e6 over the 1,665 workers it would need', () => {
    // Workers needed: 2e6/50k = 40; 20e6/60k = 333⅓; 3e6/30k = 100; 6e6/20k = 300; 5e6/40k = 125;
    // 10e6/60k = 166⅔; 10e6/20k = 500; 2e6/20k = 100: 1,665 in all. The suppressed leaf's parent (C = 20) counts.
    expect(r.mixPerWorker).toBeCloseTo(58e6 / 1665, 6);
    expect(r.mixIndex).toBeCloseTo((58 / 1665 / (520 / 15_900)) * 100, 9);
    expect(r.nationalYear).toBe('2022');
    // The survey's span, from its cube: 2021 and 2022.
    expect(r.surveyYears).toEqual({ first: '2021', last: '2022' });
    expect(mixSentence(r, 'X')).toBe(
      'If each of its industry groups produced England’s GVA per worker, X’s mix of industries in 2022 would produce £35k per worker, 107 where England’s £33k is 100: it leans towards industries where a worker produces more.',
    );
  });

  it('gives England a mix index of exactly 100', () => {
    expect(specialisationProductivity(gva, aps, E, '2022')!.mixIndex).toBeCloseTo(100, 9);
  });

  it('is null for an area or a cube it cannot read', () => {
    expect(specialisationProductivity(gva, aps, 'E06999999', '2022')).toBeNull();
    expect(specialisationProductivity(aps, aps, E, '2022')).toBeNull();
  });
});

describe('helpers', () => {
  it('takes the survey’s nearest year', () => {
    const years = ['2018', '2019', '2020', '2021', '2022'];
    expect(surveyYearFor(years, '2020')).toBe('2020');
    expect(surveyYearFor(years, '2023')).toBe('2022');
    expect(surveyYearFor(years, '1998')).toBe('2018');
    expect(surveyYearFor([], '2020')).toBeNull();
  });

  it('values GVA’s latest year at the nearest survey year GVA also has', () => {
    expect(productivitySurveyYear(['1998', '2021', '2022', '2023'], ['2018', '2020', '2022'])).toBe('2022');
    // 2020 is the survey's, but GVA lacks it: 2021's nearest the survey and GVA share is 2018.
    expect(productivitySurveyYear(['2018', '2021'], ['2018', '2020'])).toBe('2018');
    expect(productivitySurveyYear(['1998', '2023'], ['2018', '2022'])).toBeNull();
    expect(productivitySurveyYear([], ['2018'])).toBeNull();
  });

  it('finds a leaf’s group through its parents', () => {
    expect(groupOf(gva, 'CA-CB (10-15)')?.name).toBe('Manufacturing');
    expect(groupOf(gva, '68')?.name).toBe('Finance, property, professional and business services');
    expect(groupOf(gva, '68IMP')).toBeNull();
  });
});

describe('stripLayout (the chart’s geometry)', () => {
  const r = specialisationProductivity(gva, aps, X, '2022')!;
  const wide = stripLayout(r, 800);

  it('draws one strip per group, highest GVA per worker on top', () => {
    expect(wide.strips.map((s) => s.name)).toEqual(r.groups.map((g) => g.name));
    expect(wide.strips.map((s) => s.y)).toEqual([...wide.strips.map((s) => s.y)].sort((a, b) => a - b));
  });

  it('puts England’s line under the four groups at or above its £32,704 per worker', () => {
    // 60k, 60k, 50k, 40k are above England's 520e6 / 15,900; strips are 46 px from y = 6, and the line
    // is 10 px into a 12 px gap after the fourth.
    expect(wide.englandY).toBe(6 + 4 * 46 + 10);
  });

  it('keeps every group’s name off England’s line: the strips under it move down by its gap', () => {
    // Fourth strip's name at 6 + 3·46 + 13 = 157, above the line at 200; the fifth's at 6 + 4·46 + 12 + 13 = 215.
    expect(wide.strips[3].labelY).toBe(157);
    expect(wide.strips[4].labelY).toBe(215);
    expect(wide.strips[4].y).toBe(6 + 4 * 46 + 12 + 31);
    expect(wide.axisY).toBe(6 + r.groups.length * 46 + 12 + 6);
    for (const layout of [wide, stripLayout(r, 320)]) {
      // A 12 px name's letters reach 10 px above its baseline and 3 px below; with 3 px clear of the line
      // on either side. The England label (11 px) spans 11 to 3 px above the line.
      const names = layout.strips.flatMap((s) => [s.labelY, s.figureY]).map((b) => [b - 13, b + 6]);
      for (const [y0, y1] of names) {
        expect(layout.englandY < y0 || layout.englandY > y1, `line at ${layout.englandY} in [${y0}, ${y1}]`).toBe(true);
        expect(layout.englandY - 3 < y0 || layout.englandY - 11 > y1).toBe(true);
      }
    }
  });

  it('names industries with no LQ instead of drawing them: a suppressed leaf, and T (England 0)', () => {
    expect(wide.noFigure.map((p) => p.code).sort()).toEqual(['CA-CB (10-15)', 'T (97-98)']);
    expect(wide.dots).toHaveLength(17);
  });

  it('moves a dot off another at the same LQ: R and S both (1/58)/(10/520)', () => {
    const [R, S] = ['R (90-93)', 'S (94-96)'].map((c) => wide.dots.find((d) => d.code === c)!);
    expect(R.cx).toBeCloseTo(S.cx, 9);
    expect(Math.abs(R.cy - S.cy)).toBe(DOT_R - 1);
  });

  it('shortens long names and puts the figure on its own line on a phone', () => {
    const narrow = stripLayout(r, 320);
    const finance = narrow.strips.find((s) => s.name.startsWith('Finance'))!;
    expect(finance.label).toBe('Finance, property, business services');
    expect(finance.figureY).toBeGreaterThan(finance.labelY);
    expect(narrow.ticks.find((t) => t.value === 1)?.label).toBe('1');
  });
});
