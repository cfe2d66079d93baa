// Every expected number here is worked by hand from the table in ./fixtures-audit.ts:
//
//                      2019                        2020
//               M      R      D   total     M      R      D   total
// England     200    500    300   1000     180    520    400   1100
// Alpha LEP    60     40      0    100      66     44     10    120
// Beta LEP     10     —      40     50      12*    30     48     90      (— suppressed, * rounded)
//
// Indices: areas England 0, Alpha 1, Beta 2; sectors M 0, R 1, D 2; years 2019 0, 2020 1.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import {
  allLocationQuotients,
  benchmarkIndex,
  cellFlag,
  growth,
  herfindahlIndex,
  isPartialTotal,
  krugmanIndex,
  locationQuotient,
  locationQuotients,
  lqChange,
  fiellerRatio,
  lqConfidenceInterval,
  resolveBenchmark,
  share,
  shiftShare,
  sumBenchmark,
} from '../../src/lib/metrics';
import { ALPHA, BETA, ENG, auditRows, row } from './fixtures-audit';

const cube = buildCube(auditRows());
const [E, AL, BE] = [0, 1, 2];
const [M, R, D] = [0, 1, 2];
const [Y19, Y20] = [0, 1];

describe('share', () => {
  it('is e[a,s] / e[a,·]', () => {
    expect(share(cube, AL, M, Y19)).toBe(0.6); // 60 / 100
    expect(share(cube, AL, D, Y19)).toBe(0); // 0 / 100: a real zero stays zero
    expect(share(cube, E, R, Y20)).toBeCloseTo(26 / 55, 15); // 520 / 1100
    expect(share(cube, BE, D, Y19)).toBe(0.8); // 40 / 50: the total leaves out suppressed Retail
  });

  it('is NaN for a missing cell, never 0', () => {
    expect(share(cube, BE, R, Y19)).toBeNaN();
  });
});

describe('locationQuotient against England', () => {
  // England's shares 2019: M 200/1000 = 0.2, R 0.5, D 0.3.
  // 2020: M 180/1100 = 9/55, R 520/1100 = 26/55, D 400/1100 = 4/11.
  it.each([
    ['Alpha M 2019', AL, M, Y19, 3], //       0.6 / 0.2
    ['Alpha R 2019', AL, R, Y19, 0.8], //     0.4 / 0.5
    ['Alpha D 2019', AL, D, Y19, 0], //       0 / 0.3
    ['Beta M 2019', BE, M, Y19, 1], //        (10/50) / 0.2
    ['Beta D 2019', BE, D, Y19, 8 / 3], //    (40/50) / 0.3 = 0.8 / 0.3
    ['Alpha M 2020', AL, M, Y20, 121 / 36], // (66/120) / (9/55) = (11/20)(55/9) = 605/180
    ['Alpha R 2020', AL, R, Y20, 121 / 156], // (44/120) / (26/55) = (11/30)(55/26) = 605/780
    ['Alpha D 2020', AL, D, Y20, 11 / 48], //  (10/120) / (4/11) = 11/48
    ['England itself', E, R, Y20, 1],
  ])('%s', (_label, a, s, y, expected) => {
    expect(locationQuotient(cube, a, s, y)).toBeCloseTo(expected, 12);
    expect(locationQuotient(cube, a, s, y, ENG)).toBeCloseTo(expected, 12);
    expect(locationQuotient(cube, a, s, y, E)).toBeCloseTo(expected, 12);
  });

  it('is NaN for the missing cell, and NaN when the benchmark is missing', () => {
    expect(locationQuotient(cube, BE, R, Y19)).toBeNaN();
    expect(locationQuotient(cube, AL, M, Y19, 'E37999999')).toBeNaN();
    expect(locationQuotient(cube, AL, M, Y19, -1)).toBeNaN();
    // England's Digital 2019 suppressed: no area gets a Digital LQ (not 0, not Infinity).
    const rows = auditRows().map((r) =>
      r.areaCode === ENG && r.sectorCode === 'D' && r.year === '2019'
        ? { ...r, value: null, flag: 'suppressed' as const }
        : r,
    );
    const c = buildCube(rows);
    for (const a of [E, AL, BE]) expect(locationQuotient(c, a, D, Y19)).toBeNaN();
  });

  it('can use another area as the benchmark', () => {
    // Against Alpha 2019: Beta M = (10/50) / (60/100) = 1/3.
    expect(locationQuotient(cube, BE, M, Y19, ALPHA)).toBeCloseTo(1 / 3, 12);
    // Alpha D share is 0, so an LQ against Alpha is undefined for Digital 2019.
    expect(locationQuotient(cube, BE, D, Y19, ALPHA)).toBeNaN();
  });
});

describe('bulk location quotients', () => {
  it('locationQuotients lays one year out as s·A + a', () => {
    // 2019: M [1, 3, 1], R [1, 0.8, —], D [1, 0, 8/3]
    const lq = locationQuotients(cube, Y19, E);
    const expected = [1, 3, 1, 1, 0.8, NaN, 1, 0, 8 / 3];
    expect(lq.length).toBe(9);
    expected.forEach((x, i) => (Number.isNaN(x) ? expect(lq[i]).toBeNaN() : expect(lq[i]).toBeCloseTo(x, 12)));
  });

  it('allLocationQuotients matches locationQuotient cell by cell, in the layout of values', () => {
    for (const bench of [undefined, E, ALPHA, sumBenchmark(cube, [AL, BE])]) {
      const all = allLocationQuotients(cube, bench);
      expect(all.length).toBe(cube.values.length);
      for (let y = 0; y < 2; y++)
        for (let s = 0; s < 3; s++)
          for (let a = 0; a < 3; a++) {
            expect(all[(y * 3 + s) * 3 + a]).toEqual(locationQuotient(cube, a, s, y, bench));
          }
      expect(Array.from(all.subarray(9))).toEqual(Array.from(locationQuotients(cube, Y20, bench)));
    }
  });
});

describe('benchmarks', () => {
  it('benchmarkIndex finds England by default, a code when given, −1 otherwise', () => {
    expect(benchmarkIndex(cube)).toBe(0);
    expect(benchmarkIndex(cube, BETA)).toBe(2);
    expect(benchmarkIndex(cube, 'nowhere')).toBe(-1);
    const noCountry = buildCube(auditRows().filter((r) => r.areaCode !== ENG));
    expect(benchmarkIndex(noCountry)).toBe(-1);
    const uk = buildCube([row('E37000001', 'M', '2020', 1), row('K02000001', 'M', '2020', 2)]);
    expect(benchmarkIndex(uk)).toBe(1);
  });

  // Sum of Alpha + Beta. 2019: M 60+10 = 70, R 40 (Beta suppressed, so 1 member missing), D 0+40 = 40;
  // total 150. 2020: M 66+12 = 78, R 44+30 = 74, D 10+48 = 58; total 210.
  const sum = sumBenchmark(cube, [AL, BE]);

  it('sumBenchmark adds member areas, counting gaps', () => {
    expect([sum.sector(M, Y19), sum.sector(R, Y19), sum.sector(D, Y19), sum.total(Y19)]).toEqual([70, 40, 40, 150]);
    expect([sum.sector(M, Y20), sum.sector(R, Y20), sum.sector(D, Y20), sum.total(Y20)]).toEqual([78, 74, 58, 210]);
    expect(sum.incomplete(R, Y19)).toBe(1);
    expect(sum.incomplete(M, Y19)).toBe(0);
    expect(sum.label).toBe('Sum of 2 areas');
    expect(sum.index).toBe(-1);
  });

  it('LQ against a sum of areas', () => {
    expect(locationQuotient(cube, AL, M, Y19, sum)).toBeCloseTo(9 / 7, 12); // 0.6 / (70/150) = 90/70
    expect(locationQuotient(cube, BE, D, Y19, sum)).toBeCloseTo(3, 12); //     0.8 / (40/150) = 120/40
    expect(locationQuotient(cube, AL, R, Y19, sum)).toBeCloseTo(1.5, 12); //   0.4 / (40/150) = 60/40
    expect(locationQuotient(cube, AL, M, Y20, sum)).toBeCloseTo(77 / 52, 12); // (66/120) / (78/210) = 0.55·210/78 = 115.5/78
  });

  it('falls back to the sum of areas when the cube has no country row', () => {
    const noCountry = buildCube(auditRows().filter((r) => r.areaCode !== ENG));
    // Alpha is now area 0, Beta area 1.
    expect(resolveBenchmark(noCountry).label).toBe('Sum of 2 areas');
    expect(locationQuotient(noCountry, 0, M, Y19)).toBeCloseTo(9 / 7, 12);
  });

  it('uses the sums the import worker made for a cube with no country row, and none for a cube with one', async () => {
    const { defaultBenchmarkSums, seedDefaultBenchmark, defaultBenchmark } =
      await import('../../src/lib/metrics/benchmark');
    const noCountry = buildCube(auditRows().filter((r) => r.areaCode !== ENG));
    const sums = defaultBenchmarkSums(noCountry)!;
    // The same figures as above: Alpha + Beta, M 2019 = 70, 2019 total 150, R 2019 lacks one member.
    expect(sums.members).toBe(2);
    // Made-up sums stand in for the worker's, so the test sees they are used rather than added up again.
    const stand = { ...sums, sums: sums.sums.map((v) => v * 10), totals: sums.totals.map((v) => v * 10) };
    seedDefaultBenchmark(noCountry, stand);
    const b = defaultBenchmark(noCountry);
    expect([b.sector(M, Y19), b.total(Y19), b.incomplete(R, Y19), b.label]).toEqual([700, 1500, 1, 'Sum of 2 areas']);
    // A cube with England is compared with England: no sums are made, and none are taken.
    expect(defaultBenchmarkSums(cube)).toBeNull();
    seedDefaultBenchmark(cube, stand);
    expect(defaultBenchmark(cube).label).toBe('England');
  });

  it('sum CIs add in quadrature and are NaN when a member has none', () => {
    const c = buildCube([row('X1', 'A', '2020', 100, null, 3), row('X2', 'A', '2020', 50, null, 4)]);
    expect(sumBenchmark(c, [0, 1]).ci95(0, 0)).toBe(5); // √(3² + 4²)
    expect(sum.ci95(M, Y20)).toBeNaN(); // Beta M 2020 has no CI
  });
});

describe('growth', () => {
  it('gives change and percentage change', () => {
    expect(growth(cube, AL, M, Y19, Y20)).toEqual({ change: 6, pct: 10 }); // 66 − 60 = 6; 6/60 = 10 %
    expect(growth(cube, E, R, Y19, Y20)).toEqual({ change: 20, pct: 4 }); // 520 − 500; 20/500 = 4 %
    const down = growth(cube, E, M, Y19, Y20); // 180 − 200 = −20; −20/200 = −10 %
    expect(down.change).toBe(-20);
    expect(down.pct).toBeCloseTo(-10, 12);
  });

  it('pct is NaN from a zero start, but the change is known', () => {
    expect(growth(cube, AL, D, Y19, Y20)).toEqual({ change: 10, pct: NaN }); // 0 → 10
  });

  it('is NaN both ways from a missing start', () => {
    expect(growth(cube, BE, R, Y19, Y20)).toEqual({ change: NaN, pct: NaN }); // — → 30
  });
});

describe('lqChange', () => {
  it('is lq1 − lq0', () => {
    // Alpha M: 121/36 − 3 = 121/36 − 108/36 = 13/36
    const c = lqChange(cube, AL, M, Y19, Y20);
    expect(c.lq0).toBeCloseTo(3, 12);
    expect(c.lq1).toBeCloseTo(121 / 36, 12);
    expect(c.change).toBeCloseTo(13 / 36, 12);
    // Alpha D: 11/48 − 0
    expect(lqChange(cube, AL, D, Y19, Y20, ENG).change).toBeCloseTo(11 / 48, 12);
  });

  it('is NaN when either year is missing', () => {
    expect(lqChange(cube, BE, R, Y19, Y20).change).toBeNaN();
  });
});

describe('shiftShare', () => {
  // England: G = 1100/1000 − 1 = 0.1; g_M = 180/200 − 1 = −0.1; g_R = 520/500 − 1 = 0.04; g_D = 400/300 − 1 = 1/3.
  it('splits Alpha by hand', () => {
    const r = shiftShare(cube, AL, Y19, Y20);
    expect(r.benchmarkGrowth).toBeCloseTo(0.1, 12);
    const [m, rt, d] = r.sectors;
    expect(m.sector.code).toBe('M');
    // M: e0 = 60, e1 = 66. national 60·0.1 = 6; mix 60·(−0.1 − 0.1) = −12; local 66 − 60·0.9 = 12; total 6.
    expect(m.national).toBeCloseTo(6, 12);
    expect(m.industryMix).toBeCloseTo(-12, 12);
    expect(m.local).toBeCloseTo(12, 12);
    expect(m.total).toBe(6);
    // R: e0 = 40, e1 = 44. national 4; mix 40·(0.04 − 0.1) = −2.4; local 44 − 40·1.04 = 2.4; total 4.
    expect([rt.national, rt.industryMix, rt.local, rt.total].map((x) => +x.toFixed(10))).toEqual([4, -2.4, 2.4, 4]);
    // D: e0 = 0, e1 = 10. national 0; mix 0; local 10; total 10.
    expect([d.national, d.industryMix, d.local, d.total]).toEqual([0, 0, 10, 10]);
    // Totals: national 6+4+0 = 10; mix −12−2.4+0 = −14.4; local 12+2.4+10 = 24.4; total 120 − 100 = 20.
    expect(r.totals.national).toBeCloseTo(10, 12);
    expect(r.totals.industryMix).toBeCloseTo(-14.4, 12);
    expect(r.totals.local).toBeCloseTo(24.4, 12);
    expect(r.totals.total).toBe(20);
    expect(r.excluded).toBe(0);
  });

  it('leaves the missing sector out of Beta’s totals', () => {
    const r = shiftShare(cube, BE, Y19, Y20, ENG);
    const [m, rt, d] = r.sectors;
    // R: e0 missing → every component NaN.
    expect([rt.national, rt.industryMix, rt.local, rt.total].every(Number.isNaN)).toBe(true);
    expect(r.excluded).toBe(1);
    expect(r.sectors.map((x) => x.included)).toEqual([true, false, true]);
    // M: 10 → 12. national 1; mix 10·(−0.2) = −2; local 12 − 9 = 3.
    expect([m.national, m.industryMix, m.local].map((x) => +x.toFixed(10))).toEqual([1, -2, 3]);
    // D: 40 → 48. national 4; mix 40·(1/3 − 0.1) = 40·7/30 = 28/3; local 48 − 40·4/3 = −16/3.
    expect(d.industryMix).toBeCloseTo(28 / 3, 12);
    expect(d.local).toBeCloseTo(-16 / 3, 12);
    // Totals over M and D: national 5; mix −2 + 28/3 = 22/3; local 3 − 16/3 = −7/3; total 2 + 8 = 10.
    expect(r.totals.national).toBeCloseTo(5, 12);
    expect(r.totals.industryMix).toBeCloseTo(22 / 3, 12);
    expect(r.totals.local).toBeCloseTo(-7 / 3, 12);
    expect(r.totals.total).toBe(10);
  });

  it('national + industry mix + local = e1 − e0 for every sector and benchmark', () => {
    for (const bench of [E, AL, sumBenchmark(cube, [AL, BE])]) {
      for (const a of [E, AL, BE]) {
        const r = shiftShare(cube, a, Y19, Y20, bench);
        for (const x of r.sectors) {
          if (!x.included) continue; // e.g. against Alpha, Digital 2019 = 0: g_D undefined
          expect(x.national + x.industryMix + x.local).toBeCloseTo(x.total, 10);
        }
        const t = r.totals;
        expect(t.national + t.industryMix + t.local).toBeCloseTo(t.total, 10);
      }
    }
  });
});

describe('specialisation indices', () => {
  it('Krugman for Alpha 2019 against England', () => {
    // ½ (|0.6 − 0.2| + |0.4 − 0.5| + |0 − 0.3|) = ½ (0.4 + 0.1 + 0.3) = 0.4
    const k = krugmanIndex(cube, AL, Y19);
    expect(k.value).toBeCloseTo(0.4, 12);
    expect(k).toMatchObject({ sectorsUsed: 3, sectorsMissing: 0 });
  });

  it('Krugman for Beta 2019 uses only the sectors both have, re-shared', () => {
    // M and D only. Beta: 10, 40 of 50 → 0.2, 0.8. England: 200, 300 of 500 → 0.4, 0.6.
    // ½ (|0.2 − 0.4| + |0.8 − 0.6|) = ½ (0.2 + 0.2) = 0.2
    const k = krugmanIndex(cube, BE, Y19, ENG);
    expect(k.value).toBeCloseTo(0.2, 12);
    expect(k).toMatchObject({ sectorsUsed: 2, sectorsMissing: 1 });
  });

  it('Krugman is 0 against itself and 4/15 for Alpha against Alpha + Beta', () => {
    expect(krugmanIndex(cube, BE, Y20, BETA).value).toBe(0);
    // Sum 2019: 70, 40, 40 of 150 → 7/15, 4/15, 4/15; Alpha 9/15, 6/15, 0.
    // ½ (2/15 + 2/15 + 4/15) = 4/15
    expect(krugmanIndex(cube, AL, Y19, sumBenchmark(cube, [AL, BE])).value).toBeCloseTo(4 / 15, 12);
  });

  it('Herfindahl by hand', () => {
    // Alpha 2019: 0.6² + 0.4² + 0² = 0.36 + 0.16 = 0.52
    expect(herfindahlIndex(cube, AL, Y19)).toEqual({
      value: expect.closeTo(0.52, 12),
      sectorsUsed: 3,
      sectorsMissing: 0,
    });
    // England 2019: 0.2² + 0.5² + 0.3² = 0.04 + 0.25 + 0.09 = 0.38
    expect(herfindahlIndex(cube, E, Y19).value).toBeCloseTo(0.38, 12);
    // Beta 2019 over M and D: 0.2² + 0.8² = 0.04 + 0.64 = 0.68
    expect(herfindahlIndex(cube, BE, Y19)).toEqual({
      value: expect.closeTo(0.68, 12),
      sectorsUsed: 2,
      sectorsMissing: 1,
    });
  });

  it('is NaN with no usable sector', () => {
    const c = buildCube([row('X1', 'A', '2020', null, 'suppressed'), row('X2', 'A', '2020', 5)]);
    expect(herfindahlIndex(c, 0, 0)).toEqual({ value: NaN, sectorsUsed: 0, sectorsMissing: 1 });
    expect(krugmanIndex(c, 0, 0, 1)).toEqual({ value: NaN, sectorsUsed: 0, sectorsMissing: 1 });
  });
});

describe('lqConfidenceInterval (Fieller)', () => {
  // q± = (eE ± √(c_e²E² + c_E²e² − c_e²c_E²)) / (E² − c_E²); LQ bounds = q± · N/T, N/T = 1100/120 = 9.166667.
  it('Alpha M 2020 is significantly above 1', () => {
    // e 66 ± 6.6, E 180 ± 18. eE = 11880; c_e²E² = 43.56·32400 = 1 411 344; c_E²e² = 324·4356 = 1 411 344;
    // c_e²c_E² = 14 113.44 → √2 808 574.56 = 1675.8802; E² − c_E² = 32 076.
    // q− = 10 204.1198 / 32 076 = 0.3181232 → 2.91613; q+ = 13 555.8802 / 32 076 = 0.4226175 → 3.87399.
    const ci = lqConfidenceInterval(cube, AL, M, Y20);
    expect(ci.lq).toBeCloseTo(121 / 36, 12);
    expect(ci.lower).toBeCloseTo(2.91613, 4);
    expect(ci.upper).toBeCloseTo(3.87399, 4);
    expect(ci.significant).toBe('above');
  });

  it('Alpha R 2020 spans 1', () => {
    // e 44 ± 22, E 520 ± 52. eE = 22 880; 484·270 400 + 2704·1936 − 484·2704 = 134 799 808 → √ = 11 610.332;
    // E² − c_E² = 267 696. q− = 11 269.668 / 267 696 = 0.0420987 → 0.38590; q+ = 34 490.332 / 267 696 = 0.1288414 → 1.18105.
    const ci = lqConfidenceInterval(cube, AL, R, Y20, ENG);
    expect(ci.lower).toBeCloseTo(0.3859, 3);
    expect(ci.upper).toBeCloseTo(1.18105, 3);
    expect(ci.significant).toBe('no');
  });

  it('Alpha D 2020 is significantly below 1', () => {
    // e 10 ± 2, E 400 ± 40. eE = 4000; 4·160 000 + 1600·100 − 4·1600 = 793 600 → √ = 890.8423; E² − c_E² = 158 400.
    // q− = 3109.1577 / 158 400 = 0.0196285 → 0.17993; q+ = 4890.8423 / 158 400 = 0.0308765 → 0.28304.
    const ci = lqConfidenceInterval(cube, AL, D, Y20);
    expect(ci.lower).toBeCloseTo(0.17993, 4);
    expect(ci.upper).toBeCloseTo(0.28304, 4);
    expect(ci.significant).toBe('below');
  });

  it('a textbook Fieller ratio: 10 ± 4 over 20 ± 4', () => {
    // eE = 200; 16·400 + 16·100 − 16·16 = 7744 → √ = 88; E² − c_E² = 384. (200 ∓ 88) / 384 = 0.291667, 0.75.
    // Not symmetric about 10/20 = 0.5: the upper arm is longer, as a ratio's should be.
    const r = fiellerRatio(10, 4, 20, 4)!;
    expect(r.lower).toBeCloseTo(112 / 384, 12);
    expect(r.upper).toBeCloseTo(288 / 384, 12);
    // A denominator within its own interval of 0 has no bounded interval.
    expect(fiellerRatio(10, 4, 3, 3)).toBeNull();
  });

  it('is unknown without a CI on either side', () => {
    expect(lqConfidenceInterval(cube, AL, M, Y19)).toEqual({
      lq: expect.closeTo(3, 12),
      lower: NaN,
      upper: NaN,
      significant: 'unknown',
    });
    // Beta M 2020 has a value but no CI
    expect(lqConfidenceInterval(cube, BE, M, Y20).significant).toBe('unknown');
    // Alpha has a CI, but the sum benchmark lacks Beta's
    expect(lqConfidenceInterval(cube, AL, M, Y20, sumBenchmark(cube, [AL, BE])).significant).toBe('unknown');
    // missing cell
    expect(lqConfidenceInterval(cube, BE, R, Y19).lq).toBeNaN();
  });
});

describe('flag helpers', () => {
  it('cellFlag reads the flag of a cell', () => {
    expect(cellFlag(cube, BE, R, Y19)).toBe('suppressed');
    expect(cellFlag(cube, BE, M, Y20)).toBe('rounded');
    expect(cellFlag(cube, AL, M, Y19)).toBeNull();
  });

  it('isPartialTotal says when a total lacks a sector', () => {
    expect(isPartialTotal(cube, BE, Y19)).toBe(true);
    expect(isPartialTotal(cube, BE, Y20)).toBe(false);
    expect(isPartialTotal(cube, AL, Y19)).toBe(false);
  });
});
