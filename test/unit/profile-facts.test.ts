// Headline facts in words. Numbers worked by hand from ./fixtures-audit.ts:
//
//                      2019                        2020
//               M      R      D   total     M      R      D   total
// England     200    500    300   1000     180    520    400   1100
// Alpha LEP    60     40      0    100      66     44     10    120
// Beta LEP     10     —      40     50      12*    30     48     90      (— suppressed, * rounded)
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import type { AuditRow } from '../../src/lib/data/types';
import { concentrationWords, headlineFacts, profileFactsOptions } from '../../src/lib/profile/facts';
import { fractionWords, listWords } from '../../src/lib/profile/words';
import { moneyNoun } from '../../src/lib/words';
import { profileStaffFte } from '../../src/lib/research/profile-fte';
import { auditRows } from './fixtures-audit';

const cube = buildCube(auditRows());
const [E, AL, BE] = [0, 1, 2];
const [Y19, Y20] = [0, 1];

describe('headlineFacts on the fixture', () => {
  it('Alpha 2020 against England, growth since 2019', () => {
    // LQ 2020: M 3.36, R 0.78, D 0.23 → only M above 1. M grew 60 → 66 = +10 %.
    // Krugman: shares ×1320: Alpha 726, 484, 110; England 216, 624, 480 → ½(510 + 140 + 370)/1320
    //   = 17/44 = 0.386 ≈ two fifths (0.4, within 0.02).
    // HHI: (66² + 44² + 10²)/120² = 6392/14400 = 0.444; floor 1/3; (0.444 − 0.333)/(0.667) = 0.166
    //   → "moderately concentrated"; largest M 66/120 = 55.0 %.
    const f = headlineFacts(cube, AL, { year: Y20, startYear: Y19, benchmark: E, unit: 'enterprises' });
    expect(f.topSpecialisms).toBe(
      'Only one sector in Alpha LEP has a location quotient above 1 against England in 2020: Manufacturing (3.36).',
    );
    expect(f.top.map((t) => t.code)).toEqual(['M']);
    expect(f.fastestGrowingSpecialised).toBe(
      "Of Alpha LEP's specialised sectors, Manufacturing grew fastest between 2019 and 2020: +10.0%, from 60 to 66 enterprises.",
    );
    expect(f.fastest).toMatchObject({ code: 'M', growth: expect.closeTo(10, 12) });
    expect(f.krugman.value).toBeCloseTo(17 / 44, 12);
    expect(f.krugman.sentence).toBe(
      "Krugman index 0.39: about two fifths of enterprises would have to change sector for Alpha LEP to match England's mix.",
    );
    expect(f.herfindahl.value).toBeCloseTo(6392 / 14400, 12);
    expect(f.herfindahl.sentence).toBe(
      "Hirschman–Herfindahl index 0.44 (from 0.33 for an even spread over 3 sectors to 1 for a single sector): Alpha LEP's mix is moderately concentrated; its largest sector, Manufacturing, has 55.0% of enterprises.",
    );
    expect(f.missing).toBe(0);
  });

  it('Beta 2019 states the suppressed sector in every sentence that leaves it out', () => {
    // LQ 2019: D 0.8/0.3 = 2.67, M 0.2/0.2 = 1 (not above 1), R suppressed.
    // Krugman over M, D: Beta .2, .8; England 200/500 = .4, .6 → ½(.2 + .2) = 0.2: a fifth.
    // HHI: .2² + .8² = 0.68; floor ½; (0.68 − 0.5)/0.5 = 0.36 → "highly concentrated".
    const f = headlineFacts(cube, BE, { year: Y19, benchmark: E, unit: 'people in employment' });
    expect(f.topSpecialisms).toBe(
      'Only one sector in Beta LEP has a location quotient above 1 against England in 2019: Digital (2.67). 1 sector has no figure and is left out.',
    );
    expect(f.fastestGrowingSpecialised).toBe('Choose a start year to see which specialised sector grew fastest.');
    expect(f.krugman.sentence).toBe(
      "Krugman index 0.20: about a fifth of people in employment would have to change sector for Beta LEP to match England's mix. 1 sector has no figure and is left out.",
    );
    expect(f.herfindahl.sentence).toBe(
      "Hirschman–Herfindahl index 0.68 (from 0.50 for an even spread over 2 sectors to 1 for a single sector): Beta LEP's mix is highly concentrated; its largest sector, Digital, has 80.0% of people in employment. 1 sector has no figure and is left out.",
    );
    expect(f.missing).toBe(1);
  });

  it('Beta 2020 from 2019: Digital 40 → 48', () => {
    const f = headlineFacts(cube, BE, { year: Y20, startYear: Y19, benchmark: E, unit: 'enterprises' });
    expect(f.fastestGrowingSpecialised).toBe(
      "Of Beta LEP's specialised sectors, Digital grew fastest between 2019 and 2020: +20.0%, from 40 to 48 enterprises.",
    );
  });
});

// A hand-made cube with seven sectors. England: 10 in each of A…F and 940 in G (total 1000), both years.
// Xtown 2020: 30, 25, 20, 15, 12, 8, 90 (total 200) → LQ = (v/200)/(10/1000) = v/2:
//   15, 12.5, 10, 7.5, 6, 4 and G (90/200)/0.94 = 0.48. Six above 1: the top five are named.
// Xtown 2019: 40, 50, 25, 30, —, 10, 100 → growth −25 %, −50 %, −20 %, −50 %, none, −20 %:
//   nothing grew; C and F tie at −20 %, and the tie goes to the higher LQ: Ceramics.
// Twin has England's mix exactly: every LQ is 1 (none above), Krugman 0.
const names = ['Aerospace', 'Biotech', 'Ceramics', 'Defence', 'Energy', 'Fintech', 'Grocery'];
function rowsFor(code: string, name: string, year: string, values: (number | null)[]): AuditRow[] {
  return values.map((value, s) => ({
    areaCode: code,
    areaName: name,
    sectorCode: names[s][0],
    sectorName: names[s],
    year,
    value,
    flag: value === null ? 'suppressed' : null,
    ci95: null,
    row: 0,
  }));
}
const seven = buildCube([
  ...rowsFor('E92000001', 'England', '2019', [10, 10, 10, 10, 10, 10, 940]),
  ...rowsFor('E92000001', 'England', '2020', [10, 10, 10, 10, 10, 10, 940]),
  ...rowsFor('E06000001', 'Xtown', '2019', [40, 50, 25, 30, null, 10, 100]),
  ...rowsFor('E06000001', 'Xtown', '2020', [30, 25, 20, 15, 12, 8, 90]),
  ...rowsFor('E06000002', 'Twin', '2019', [1, 1, 1, 1, 1, 1, 94]),
  ...rowsFor('E06000002', 'Twin', '2020', [1, 1, 1, 1, 1, 1, 94]),
]);

describe('headlineFacts on a seven-sector cube', () => {
  it('names the top five of six specialisms, and says when no specialised sector grew', () => {
    const f = headlineFacts(seven, 1, { year: 1, startYear: 0, unit: 'enterprises' });
    expect(f.topSpecialisms).toBe(
      'The top five specialisms of Xtown in 2020, by location quotient against England: Aerospace (15.00), Biotech (12.50), Ceramics (10.00), Defence (7.50) and Energy (6.00).',
    );
    expect(f.top).toHaveLength(5);
    expect(f.fastestGrowingSpecialised).toBe(
      "None of Xtown's specialised sectors grew between 2019 and 2020; Ceramics fell least (−20.0%). 1 specialised sector has no growth figure and is left out.",
    );
  });

  it('says so when no sector is above 1, and when the mix is exactly the benchmark', () => {
    const f = headlineFacts(seven, 2, { year: 1, startYear: 0, unit: 'enterprises' });
    expect(f.topSpecialisms).toBe('No sector in Twin has a location quotient above 1 against England in 2020.');
    expect(f.fastestGrowingSpecialised).toBe('Twin has no specialised sector (location quotient above 1) in 2020.');
    expect(f.krugman.sentence).toBe("Krugman index 0.00: Twin has exactly England's mix of sectors.");
    expect(f.fastest).toBeNull();
  });
});

describe("headlineFacts follow the science base's 10 FTE rule on a REF volume", () => {
  // Xtown 2020's LQs (shares of 200 over England's of 1000): A 15, B 12.5, C 10, D 7.5, E 6, F 4, G 0.48. Staff FTE by subject: B has
  // 9.95 and D 3, under 10: neither counts as a strength, so the list is A, C, E, F, and B and D are
  // named as not counted (9.95 keeps two decimals, cut, never "10.0 FTE").
  const words = { one: 'subject', many: 'subjects' };
  const staffFte = { bySector: [12, 9.95, 10, 3, 40, 20, 500], min: 10 };

  it('leaves subjects under 10 FTE out of the strengths and names them', () => {
    const f = headlineFacts(seven, 1, { year: 1, startYear: 0, unit: '4* FTE', sectorWords: words, staffFte });
    expect(f.top.map((t) => t.code)).toEqual(['A', 'C', 'E', 'F']);
    expect(f.topSpecialisms).toBe(
      'Only four subjects in Xtown have a location quotient above 1 against England on at least 10 FTE of staff submitted in 2020: Aerospace (15.00), Ceramics (10.00), Energy (6.00) and Fintech (4.00). ' +
        '2 subjects with a location quotient above 1 on under 10 FTE of staff submitted are not counted as strengths, as in the science base: one small submission makes the whole figure. They are Biotech (12.50 on 9.95 FTE) and Defence (7.50 on 3.0 FTE).',
    );
  });

  it('says which rule the top five follow when five subjects pass it', () => {
    const all = { bySector: [12, 10, 10, 30, 40, 20, 500], min: 10 };
    const f = headlineFacts(seven, 1, { year: 1, unit: '4* FTE', sectorWords: words, staffFte: all });
    expect(f.topSpecialisms).toBe(
      'The top five specialisms of Xtown in 2020, by location quotient against England (subjects with at least 10 FTE of staff submitted): Aerospace (15.00), Biotech (12.50), Ceramics (10.00), Defence (7.50) and Energy (6.00).',
    );
  });

  it('names no subject while the FTE loads, and says the rule is not applied if it fails', () => {
    const pending = headlineFacts(seven, 1, { year: 1, unit: '4* FTE', sectorWords: words, staffFte: 'pending' });
    expect(pending.topSpecialisms).toBe(
      'Waiting for the staff numbers (FTE) that decide which subjects count as strengths.',
    );
    const failed = headlineFacts(seven, 1, { year: 1, unit: '4* FTE', sectorWords: words, staffFte: 'failed' });
    expect(failed.top.map((t) => t.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(failed.topSpecialisms).toMatch(
      /\(6\.00\)\. The staff numbers \(FTE\) could not be loaded, so the rule that a location quotient counts as a strength only on at least 10 FTE of staff submitted is not applied here\.$/,
    );
  });

  it("picks the area's FTE by subject code from the FTE cube, only on a REF volume", () => {
    // The FTE cube has the subjects in another order and lacks Grocery: G is NaN (never counted).
    const fteCube = buildCube([
      ...rowsFor('E06000001', 'Xtown', '2020', [12, 9.95, 10, 3, 40, 20, 500])
        .filter((r) => r.sectorCode !== 'G')
        .reverse(),
    ]);
    const got = profileStaffFte('ref2021-4star-fte', fteCube, seven, 1, 1);
    expect(got).toEqual({ bySector: [12, 9.95, 10, 3, 40, 20, NaN], min: 10 });
    expect(profileStaffFte('ref2021-research-power', null, seven, 1, 1)).toBe('pending');
    expect(profileStaffFte('ref2021-fte', 'failed', seven, 1, 1)).toBe('failed');
    expect(profileStaffFte('ubc-enterprises', fteCube, seven, 1, 1)).toBeUndefined();
    expect(profileStaffFte('ref2021-gpa', fteCube, seven, 1, 1)).toBeUndefined();
  });
});

describe('headlineFacts on UKRI awards: a council counts as a strength only on £1m or more in the year', () => {
  // Xtown 2020 as £ thousands: A 30, B 25, C 20, D 15, E 12, F 8 (LQs 15, 12.5, 10, 7.5, 6, 4). A
  // minimum of £20k keeps A, B and C (C's 20 is not under it) and names D, E and F apart with their £.
  const words = { one: 'research council', many: 'research councils' };

  it('leaves councils under the minimum out of the strengths and names them with their LQ and £', () => {
    const f = headlineFacts(seven, 1, {
      year: 1,
      startYear: 0,
      unit: '£ thousands',
      sectorWords: words,
      awardsMin: 20,
    });
    expect(f.top.map((t) => t.code)).toEqual(['A', 'B', 'C']);
    expect(f.topSpecialisms).toBe(
      'Only three research councils in Xtown have a location quotient above 1 against England on at least £20k awarded in 2020: Aerospace (15.00), Biotech (12.50) and Ceramics (10.00). ' +
        '3 research councils with a location quotient above 1 on under £20k awarded in 2020 are not counted as strengths: below that one or two awards make the whole figure (the evidence pack applies the same £20k to the five years added up). They are Defence (7.50 on £15k), Energy (6.00 on £12k) and Fintech (4.00 on £8k).',
    );
    // Growth: only the three counted (A −25%, B −50%, C −20%): Ceramics fell least.
    expect(f.fastest?.code).toBe('C');
  });

  it('says which rule the top five follow, and names none when every council is under it', () => {
    const five = headlineFacts(seven, 1, { year: 1, unit: '£ thousands', sectorWords: words, awardsMin: 12 });
    expect(five.topSpecialisms).toBe(
      'The top five specialisms of Xtown in 2020, by location quotient against England (research councils from which it won at least £12k in the year): Aerospace (15.00), Biotech (12.50), Ceramics (10.00), Defence (7.50) and Energy (6.00). ' +
        '1 research council with a location quotient above 1 on under £12k awarded in 2020 is not counted as a strength: below that one or two awards make the whole figure (the evidence pack applies the same £12k to the five years added up). It is Fintech (4.00 on £8k).',
    );
    const none = headlineFacts(seven, 1, { year: 1, unit: '£ thousands', sectorWords: words, awardsMin: 1000 });
    expect(none.top).toEqual([]);
    expect(none.topSpecialisms).toMatch(
      /^No research council in Xtown has a location quotient above 1 against England on at least £1m awarded in 2020\. 6 research councils .* They are Aerospace \(15\.00 on £30k\), Biotech \(12\.50 on £25k\), Ceramics \(10\.00 on £20k\), Defence \(7\.50 on £15k\), Energy \(6\.00 on £12k\) and one more\.$/,
    );
  });

  it('speaks of money as money: "the £ awarded", "£25k to £30k", never "of £ thousands"', () => {
    // Xtown 2019 → 2020 with the £ minimum off: nothing grew, so the growth words quote no amounts;
    // Alpha (the fixture) grew: Manufacturing 60 → 66 (+10.0%), written as £ thousands.
    const o = profileFactsOptions({
      year: Y20,
      startYear: Y19,
      benchmark: 0,
      unit: '£ thousands',
      measure: 'Research council funding awarded (£ thousands, nominal)',
      dataset: 'ukri-awarded',
      indicator: false,
      sectors: 3,
    });
    expect([o.unit, o.money, o.smallCount]).toEqual(['the £ awarded', '£ thousands', undefined]);
    const f = headlineFacts(cube, AL, { ...o, awardsMin: undefined });
    expect(f.fastestGrowingSpecialised).toMatch(/: \+10\.0%, from £60k to £66k\.$/);
    expect(f.krugman.sentence).toMatch(/of the £ awarded would have to change research council for Alpha LEP/);
    expect(f.herfindahl.sentence).toMatch(/% of the £ awarded\.$/);
    expect(moneyNoun('£m', 'Gross value added at current prices')).toBe('GVA');
    expect(moneyNoun('£m', 'Spending')).toBe('the £m');
  });

  it('is £1m on UKRI awards only', () => {
    const o = { year: 1, startYear: 0, benchmark: 0, unit: '£ thousands', indicator: false, sectors: 9 };
    expect(profileFactsOptions({ ...o, dataset: 'ukri-awarded' }).awardsMin).toBe(1000);
    for (const dataset of ['ubc-enterprises', 'ref2021-4star-fte', 'gva-current', 'local-x'])
      expect(profileFactsOptions({ ...o, dataset }).awardsMin, dataset).toBeUndefined();
  });
});

describe('word helpers', () => {
  it('lists, fractions and concentration words', () => {
    expect(listWords(['A'])).toBe('A');
    expect(listWords(['A', 'B', 'C'])).toBe('A, B and C');
    expect(fractionWords(0.21)).toBe('about a fifth');
    expect(fractionWords(0.29)).toBe('about 29%'); // 0.04 from a quarter and from a third
    expect(fractionWords(0.05)).toBe('about 5%');
    expect(fractionWords(0.004)).toBe('less than 1%');
    expect(fractionWords(0.5)).toBe('about half');
    // Even spread over 10 sectors: 0.1 = floor → evenly; one sector at 1 → highly concentrated.
    expect(concentrationWords(0.1, 10)).toBe('spread almost evenly across sectors');
    expect(concentrationWords(1, 10)).toBe('highly concentrated');
  });
});

describe('headlineFacts leave out unreliable survey estimates (issue 14, item 2)', () => {
  const withFlag = (area: string, sector: string, year: string) =>
    buildCube(
      auditRows().map((r) =>
        r.areaCode === area && r.sectorCode === sector && r.year === year
          ? { ...r, flag: 'unreliable' as const, ci95: null }
          : r,
      ),
    );

  it('an unreliable LQ above 1 is not a specialism, and the sentence says it was left out', () => {
    // Alpha 2020: M (LQ 3.36) is the only LQ above 1; flagged unreliable it cannot headline.
    const f = headlineFacts(withFlag('E37000001', 'M', '2020'), AL, {
      year: Y20,
      startYear: Y19,
      benchmark: E,
      unit: 'people',
    });
    expect(f.top).toEqual([]);
    expect(f.topSpecialisms).toBe(
      'No sector in Alpha LEP has a location quotient above 1 against England in 2020. 1 sector has a location quotient above 1 from an unreliable survey estimate and is left out.',
    );
    expect(f.fastest).toBeNull();
    expect(f.fastestGrowingSpecialised).toBe(
      'Alpha LEP has no specialised sector (location quotient above 1) in 2020. 1 sector has a location quotient above 1 from an unreliable survey estimate and is left out.',
    );
  });

  it('growth from an unreliable start figure is not the "fastest growing"', () => {
    // Alpha M is reliable in 2020 (LQ 3.36) but unreliable in 2019, so 60 → 66 (+10 %) cannot be quoted.
    const f = headlineFacts(withFlag('E37000001', 'M', '2019'), AL, {
      year: Y20,
      startYear: Y19,
      benchmark: E,
      unit: 'people',
    });
    expect(f.top.map((t) => t.code)).toEqual(['M']);
    expect(f.fastest).toBeNull();
    expect(f.fastestGrowingSpecialised).toBe(
      "None of Alpha LEP's specialised sectors has a reliable figure for both 2019 and 2020. 1 specialised sector has an unreliable survey estimate in 2019 and is left out.",
    );
  });
});

describe('headlineFacts for a file of few sectors, and small counts (issue 17, item 5)', () => {
  it('says every share and LQ is of the sectors in the file', () => {
    // Alpha 2020 as in the first test: LQ of M 3.36, largest sector M with 66/120 = 55.0 %.
    const f = headlineFacts(cube, AL, { year: Y20, benchmark: E, unit: 'employees', ownFileSectors: 3 });
    expect(f.scope).toBe(
      'Your file has 3 sectors: every share, total and location quotient here is of the 3 sectors in your file, not of the whole economy.',
    );
    expect(f.topSpecialisms).toBe(
      'Only one sector in Alpha LEP has a location quotient above 1 against England (counting only the 3 sectors in your file) in 2020: Manufacturing (3.36).',
    );
    expect(f.herfindahl.sentence).toMatch(
      /its largest sector, Manufacturing, has 55\.0% of the employees in the 3 sectors in your file\.$/,
    );
    expect(f.krugman.sentence).toMatch(
      /^Krugman index 0\.39: about two fifths of the employees in the 3 sectors in your file would have to change sector/,
    );
    // Without the option nothing changes.
    expect(headlineFacts(cube, AL, { year: Y20, benchmark: E, unit: 'employees' }).scope).toBeNull();
  });

  it('leaves growth from small counts out of the headline and says why', () => {
    // Alpha M grew 60 → 66 (+10 %): with a threshold of 100 both years fall short.
    const f = headlineFacts(cube, AL, {
      year: Y20,
      startYear: Y19,
      benchmark: E,
      unit: 'enterprises',
      smallCount: 100,
    });
    expect(f.fastest).toBeNull();
    expect(f.fastestGrowingSpecialised).toBe(
      "None of Alpha LEP's specialised sectors has at least 100 enterprises in both 2019 and 2020, so no growth is quoted: small counts swing by large percentages.",
    );
    // A threshold of 60 keeps 60 → 66 (both years at least 60).
    expect(
      headlineFacts(cube, AL, { year: Y20, startYear: Y19, benchmark: E, unit: 'enterprises', smallCount: 60 }).fastest,
    ).toMatchObject({ code: 'M' });
  });

  it('picks the fastest of the sectors above the threshold, and counts those left out', () => {
    // Xtown 2020 from 2019 (seven-sector cube): specialised A…F; with a threshold of 25 only
    // A (40 → 30, −25 %) and B (50 → 25, −50 %) reach 25 in both years; A falls least.
    // C 25 → 20, D 30 → 15, F 10 → 8 fall short (E has no 2019 figure).
    const f = headlineFacts(seven, 1, { year: 1, startYear: 0, unit: 'enterprises', smallCount: 25 });
    expect(f.fastestGrowingSpecialised).toBe(
      "None of Xtown's specialised sectors grew between 2019 and 2020; Aerospace fell least (−25.0%). 1 specialised sector has no growth figure and is left out. 3 specialised sectors with fewer than 25 enterprises in 2019 or 2020 are left out: small counts swing by large percentages.",
    );
  });
});

describe('profileFactsOptions', () => {
  const base = {
    year: 1,
    startYear: 0,
    benchmark: 0,
    unit: 'enterprises',
    dataset: 'idbr',
    indicator: false,
    sectors: 7,
  };

  it('keeps small counts out of growth headlines for a count, not for money or an indicator', () => {
    expect(profileFactsOptions(base)).toEqual({
      year: 1,
      startYear: 0,
      benchmark: 0,
      unit: 'enterprises',
      smallCount: 100,
      ownFileSectors: undefined,
      sectorWords: expect.objectContaining({ one: 'sector', many: 'sectors' }),
    });
    expect(profileFactsOptions({ ...base, unit: '£ million' }).smallCount).toBeUndefined();
    expect(profileFactsOptions({ ...base, indicator: true }).smallCount).toBeUndefined();
  });

  it("says a user's own file has only its own sectors, unless its figure is an indicator", () => {
    expect(profileFactsOptions({ ...base, dataset: 'local-abc' }).ownFileSectors).toBe(7);
    expect(profileFactsOptions(base).ownFileSectors).toBeUndefined();
    expect(profileFactsOptions({ ...base, dataset: 'local-abc', indicator: true }).ownFileSectors).toBeUndefined();
  });
});

describe('headlineFacts on a one-year dataset', () => {
  it('says the figures are for one year, not "choose a start year"', () => {
    // The fixture's 2020 rows alone: Alpha's only specialism is still Manufacturing (LQ 3.36).
    const one = buildCube(auditRows().filter((r) => r.year === '2020'));
    expect(one.years).toEqual(['2020']);
    const f = headlineFacts(one, AL, { year: 0, startYear: 0, benchmark: E, unit: 'enterprises' });
    expect(f.fastestGrowingSpecialised).toBe(
      'These figures are for one year only (2020), so this profile shows no growth, trend over time or shift-share.',
    );
    expect(f.fastest).toBeNull();
  });
});
