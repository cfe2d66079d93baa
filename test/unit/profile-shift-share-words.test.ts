// Plain-English readings of shift-share results, with the components worked by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import type { AuditRow } from '../../src/lib/data/types';
import { shiftShare, type ShiftShareResult } from '../../src/lib/metrics';
import { shiftShareReading } from '../../src/lib/profile/shift-share-words';
import { auditRows } from './fixtures-audit';

const cube = buildCube(auditRows());
const ctx = (area: string, unit = 'enterprises') => ({ area, unit, from: '2019', to: '2020', benchmark: 'England' });

describe('shiftShareReading on the fixture (England 1000 → 1100: G = +10 %)', () => {
  it('Alpha: grew by 20, the industry mix took some away', () => {
    // M: g = 180/200 − 1 = −0.1;  e 60 → 66: national 6, mix 60·(−0.1 − 0.1) = −12, local 66 − 54 = 12.
    // R: g = 520/500 − 1 = 0.04;  e 40 → 44: national 4, mix 40·(0.04 − 0.1) = −2.4, local 44 − 41.6 = 2.4.
    // D: g = 400/300 − 1 = 1/3;   e 0 → 10:  national 0, mix 0, local 10.
    // Totals: national 10, mix −14.4, local 24.4; 10 − 14.4 + 24.4 = 20 = 120 − 100.
    const r = shiftShare(cube, 1, 0, 1, 0);
    expect(r.totals.national).toBeCloseTo(10, 12);
    expect(r.totals.industryMix).toBeCloseTo(-14.4, 12);
    expect(r.totals.local).toBeCloseTo(24.4, 12);
    expect(r.totals.national + r.totals.industryMix + r.totals.local).toBeCloseTo(r.totals.total, 12);
    expect(r.totals.total).toBe(20);
    expect(shiftShareReading(r, ctx('Alpha LEP'))).toBe(
      "Between 2019 and 2020 enterprises in Alpha LEP grew by 20. Growth in line with England overall (+10.0%) would have added 10; the area's industry mix took away 14.4; local factors added 24.4.",
    );
  });

  it('Beta: local factors took away, and the suppressed sector is named as left out', () => {
    // M: e 10 → 12: national 1, mix 10·(−0.2) = −2, local 12 − 9 = 3.
    // R: 2019 suppressed → excluded.
    // D: e 40 → 48: national 4, mix 40·(1/3 − 0.1) = 9.33, local 48 − 40·4/3 = −5.33.
    // Totals: national 5, mix 7.33, local −2.33; sum 10 = (12 + 48) − (10 + 40).
    const r = shiftShare(cube, 2, 0, 1, 0);
    expect(r.excluded).toBe(1);
    expect(r.totals.national + r.totals.industryMix + r.totals.local).toBeCloseTo(10, 12);
    expect(shiftShareReading(r, ctx('Beta LEP'))).toBe(
      "Between 2019 and 2020 enterprises in Beta LEP grew by 10. Growth in line with England overall (+10.0%) would have added 5; the area's industry mix added 7.3; local factors took away 2.3. 1 sector is left out because a figure is missing.",
    );
  });
});

function rows(table: [string, string, string, number[]][]): AuditRow[] {
  return table.flatMap(([code, name, year, values]) =>
    values.map((value, s) => ({
      areaCode: code,
      areaName: name,
      sectorCode: `S${s + 1}`,
      sectorName: `Sector ${s + 1}`,
      year,
      value,
      flag: null,
      ci95: null,
      row: 0,
    })),
  );
}

describe('shiftShareReading when everything falls', () => {
  it('says "fell" and "took away", in whole numbers for counts in the hundreds', () => {
    // England 2000 → 1800: G = −10 %; S1 1000 → 800 (g −20 %), S2 1000 → 1000 (g 0).
    // Zedshire S1 1000 → 700: national −100, mix 1000·(−0.2 + 0.1) = −100, local 700 − 800 = −100.
    //          S2  500 → 520: national −50,  mix 500·(0 + 0.1) = 50,       local 520 − 500 = 20.
    // Totals: national −150, mix −50, local −80; sum −280 = 1220 − 1500.
    const c = buildCube(
      rows([
        ['E92000001', 'England', '2018', [1000, 1000]],
        ['E92000001', 'England', '2022', [800, 1000]],
        ['E37000001', 'Zedshire', '2018', [1000, 500]],
        ['E37000001', 'Zedshire', '2022', [700, 520]],
      ]),
    );
    const r = shiftShare(c, 1, 0, 1, 0);
    expect([r.totals.national, r.totals.industryMix, r.totals.local, r.totals.total].map((v) => +v.toFixed(9))).toEqual(
      [-150, -50, -80, -280],
    );
    expect(
      shiftShareReading(r, {
        area: 'Zedshire',
        unit: 'people in employment',
        from: '2018',
        to: '2022',
        benchmark: 'England',
      }),
    ).toBe(
      "Between 2018 and 2022 people in employment in Zedshire fell by 280. Decline in line with England overall (−10.0%) would have taken away 150; the area's industry mix took away 50; local factors took away 80.",
    );
  });

  it('says the change cannot be split when every sector is left out', () => {
    const r: ShiftShareResult = {
      sectors: [
        {
          sector: { code: 'S1', name: 'S1' },
          index: 0,
          national: NaN,
          industryMix: NaN,
          local: NaN,
          total: NaN,
          included: false,
        },
      ],
      totals: { national: NaN, industryMix: NaN, local: NaN, total: NaN },
      excluded: 1,
      benchmarkGrowth: NaN,
    };
    expect(shiftShareReading(r, ctx('Alpha LEP'))).toBe(
      'The change in enterprises in Alpha LEP between 2019 and 2020 cannot be split: no sector has figures for both years in both Alpha LEP and England.',
    );
  });
});

describe('shift-share components', () => {
  it('add up to the total change for any positive counts', () => {
    const counts = fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(counts, { minLength: 4, maxLength: 4 }), ([e0, e1, a0, a1]) => {
        const c = buildCube(
          rows([
            ['E92000001', 'England', '2018', e0],
            ['E92000001', 'England', '2022', e1],
            ['E37000001', 'Area', '2018', a0],
            ['E37000001', 'Area', '2022', a1],
          ]),
        );
        const r = shiftShare(c, 1, 0, 1, 0);
        const change = a1.reduce((x, y) => x + y) - a0.reduce((x, y) => x + y);
        expect(r.totals.total).toBe(change);
        // Floating-point tolerance relative to the size of the parts (a sector can grow 1 → 56,521).
        const close = (c: { national: number; industryMix: number; local: number; total: number }) => {
          const scale = Math.max(1, Math.abs(c.national), Math.abs(c.industryMix), Math.abs(c.local));
          expect(Math.abs(c.national + c.industryMix + c.local - c.total)).toBeLessThanOrEqual(1e-12 * scale * 8);
        };
        close(r.totals);
        r.sectors.forEach(close);
      }),
      { numRuns: 500 },
    );
  });
});
