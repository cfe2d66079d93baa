// Time series from ./fixtures-audit.ts. Beta Retail: 2019 suppressed, 2020 30 of 90.
// England Retail: 500 of 1000 (0.5) in 2019, 520 of 1100 (26/55) in 2020.
// LQ 2020 = (30/90) / (26/55) = 55/78.
import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import { missingYearsNote, sectorSeries } from '../../src/lib/profile/series';
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

describe('missingYearsNote', () => {
  const pts = (n: number) => Array.from({ length: n }, (_, i) => ({ year: String(2000 + i) }));
  it('is null when no year is missing', () => {
    expect(missingYearsNote({ area: 'A', points: pts(3) as never, missingYears: [] })).toBeNull();
  });
  it('lists the missing years when some have figures', () => {
    expect(missingYearsNote({ area: 'A', points: pts(3) as never, missingYears: ['2001'] })).toBe(
      'No figure for A in 2001: the line has a gap, not a fall to zero.',
    );
  });
  it('says "in any year" instead of listing every year when all are missing', () => {
    const note = missingYearsNote({ area: 'A', points: pts(3) as never, missingYears: ['2000', '2001', '2002'] });
    expect(note).toBe('No published figure for A in any year: there is no line to draw, and missing is not zero.');
    expect(note).not.toContain('2001');
  });
});
