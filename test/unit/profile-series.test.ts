// Time series from ./fixtures-audit.ts. Beta Retail: 2019 suppressed, 2020 30 of 90.
// England Retail: 500 of 1000 (0.5) in 2019, 520 of 1100 (26/55) in 2020.
// LQ 2020 = (30/90) / (26/55) = 55/78.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import { sectorSeries } from '../../src/lib/profile/series';
import { auditRows } from './fixtures-audit';

const cube = buildCube(auditRows());

describe('sectorSeries', () => {
  it('gives value and LQ per year against the benchmark, with a missing year as a gap', () => {
    const s = sectorSeries(cube, 2, 1, 0);
    expect(s).toMatchObject({ area: 'Beta LEP', sector: 'Retail', benchmark: 'England', missingYears: ['2019'] });
    expect(s.points.map((p) => p.year)).toEqual(['2019', '2020']);
    expect(s.points[0]).toMatchObject({ flag: 'suppressed', benchmarkValue: 500, benchmarkShare: 0.5 });
    expect(s.points[0].value).toBeNaN();
    expect(s.points[0].lq).toBeNaN();
    expect(s.points[1]).toMatchObject({ value: 30, flag: null, benchmarkValue: 520 });
    expect(s.points[1].lq).toBeCloseTo(55 / 78, 12);
    expect(s.points[1].benchmarkShare).toBeCloseTo(26 / 55, 12);
  });
});
