// LQ bars of the area profile, worked by hand from the table in ./fixtures-audit.ts:
//
//                      2019                        2020
//               M      R      D   total     M      R      D   total
// England     200    500    300   1000     180    520    400   1100
// Alpha LEP    60     40      0    100      66     44     10    120
// Beta LEP     10     —      40     50      12*    30     48     90      (— suppressed, * rounded)
// ci95 (2020 only): England M 18, R 52, D 40; Alpha M 6.6, R 22, D 2.
//
// Indices: areas England 0, Alpha 1, Beta 2; sectors M 0, R 1, D 2; years 2019 0, 2020 1.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import { compareBars, profileBars } from '../../src/lib/profile/lq-bars';
import { auditRows } from './fixtures-audit';

const cube = buildCube(auditRows());
const [E, AL, BE] = [0, 1, 2];
const [Y19, Y20] = [0, 1];

describe('profileBars', () => {
  // Alpha 2020 against England. England shares: M 180/1100 = 9/55, R 520/1100 = 26/55, D 400/1100 = 20/55.
  // Alpha shares: M 66/120 = 0.55, R 44/120 = 11/30, D 10/120 = 1/12.
  //   LQ M = 0.55 / (9/55)  = 30.25/9  = 3.3611
  //   LQ R = (11/30)/(26/55) = 605/780 = 0.7756
  //   LQ D = (1/12)/(20/55)  = 11/48   = 0.2292
  const bars = profileBars(cube, AL, Y20, E);

  it('gives one bar per sector, sorted by LQ descending', () => {
    expect(bars.map((b) => b.sector.code)).toEqual(['M', 'R', 'D']);
    expect(bars[0].lq).toBeCloseTo(30.25 / 9, 12);
    expect(bars[1].lq).toBeCloseTo(605 / 780, 12);
    expect(bars[2].lq).toBeCloseTo(11 / 48, 12);
    expect(bars[0]).toMatchObject({ index: 0, value: 66, share: 0.55, flag: null, missing: false });
  });

  it('calls an LQ significant only where its interval excludes 1', () => {
    // Fieller's interval, worked by hand in metrics.test.ts (lqConfidenceInterval):
    //   M: 2.91613 … 3.87399 > 1  → above;  R: 0.38590 … 1.18105 → spans 1: no;  D: 0.17993 … 0.28304 < 1 → below
    expect(bars.map((b) => b.significant)).toEqual(['above', 'no', 'below']);
    expect(bars[0].ci!.lower).toBeCloseTo(2.91613, 4);
    expect(bars[1].ci!.upper).toBeCloseTo(1.18105, 4);
    expect(bars[1].ci!.upper).toBeGreaterThan(1);
    expect(bars[2].ci!.upper).toBeCloseTo(0.28304, 4);
  });

  it('puts a missing sector last, flagged, never as zero', () => {
    // Beta 2019: total 50 (Retail suppressed). LQ M = 0.2/0.2 = 1, D = 0.8/0.3 = 2.667, R = missing.
    const beta = profileBars(cube, BE, Y19, E);
    expect(beta.map((b) => b.sector.code)).toEqual(['D', 'M', 'R']);
    expect(beta[0].lq).toBeCloseTo(8 / 3, 12);
    expect(beta[1].lq).toBe(1);
    expect(beta[2]).toMatchObject({ missing: true, flag: 'suppressed', ci: null, significant: 'unknown' });
    expect(beta[2].lq).toBeNaN();
    expect(beta[2].value).toBeNaN();
  });

  it('has no interval where the data has no CI, and keeps a rounded flag', () => {
    // Beta 2020: LQ M = (12/90)/(9/55) = 110/135 = 0.8148, flagged rounded; Beta has no CIs.
    const beta = profileBars(cube, BE, Y20, E);
    const m = beta.find((b) => b.sector.code === 'M')!;
    expect(m.lq).toBeCloseTo(110 / 135, 12);
    expect(m).toMatchObject({ flag: 'rounded', ci: null, significant: 'unknown', missing: false });
  });
});

describe('compareBars', () => {
  it('gives one row per sector with one LQ per area, sorted by the first area', () => {
    // 2020: Alpha M 3.361, R 0.776, D 0.229;  Beta M 0.815, R 55/78 = 0.705, D 88/60 = 1.467.
    const c = compareBars(cube, [AL, BE], Y20, E);
    expect(c.areas.map((a) => a.name)).toEqual(['Alpha LEP', 'Beta LEP']);
    expect(c.benchmark).toBe('England');
    expect(c.rows.map((r) => r.sector.code)).toEqual(['M', 'R', 'D']);
    expect(c.rows[2].cells[1].lq).toBeCloseTo(88 / 60, 12);
    expect(c.rows[1].cells[1].lq).toBeCloseTo(55 / 78, 12);
    // Largest LQ or upper bound: Alpha M's Fieller upper bound, 3.87399 (metrics.test.ts).
    expect(c.maxLq).toBeCloseTo(3.87399, 4);
  });

  it('sorts by the first area given, missing last, and keeps the missing cell', () => {
    // 2019: Beta D 2.667, M 1, R missing; Alpha M 3, R 0.8, D 0.
    const c = compareBars(cube, [BE, AL], Y19, E);
    expect(c.rows.map((r) => r.sector.code)).toEqual(['D', 'M', 'R']);
    expect(c.rows[2].cells[0]).toMatchObject({ missing: true, flag: 'suppressed' });
    expect(c.rows[2].cells[1].lq).toBeCloseTo(0.8, 12); // Alpha R: 0.4 / 0.5
    expect(c.rows[0].cells[1].lq).toBe(0); // Alpha D: a real zero stays zero, not missing
    expect(c.rows[0].cells[1].missing).toBe(false);
  });
});
