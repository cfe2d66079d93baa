import { describe, expect, it } from 'vitest';
import type { AreaNext, SectorNext } from '../../src/lib/next/area-next';
import { nextColumns, nextRows } from '../../src/lib/next/next-csv';

const sector = (index: number, code: string, s: Partial<SectorNext>): SectorNext => ({
  index,
  code,
  name: `Sector ${code}`,
  lq: 0.5,
  specialised: false,
  density: 0.2,
  complexity: 0,
  value: 10,
  because: [],
  ...s,
});

// Four sectors: A is a specialisation; C and D are opportunities, D ranked first; B has no complexity.
const a = sector(0, 'A', { lq: 1.4, specialised: true, density: 0.5, complexity: 1 });
const b = sector(1, 'B', { complexity: NaN });
const c = sector(2, 'C', { density: 0.1, complexity: -0.5, because: ['Retail'] });
const d = sector(3, 'D', { density: 0.4, complexity: 0.8, because: ['Retail', 'Wholesale'] });
const next = {
  sectors: [a, b, c, d],
  opportunities: [d, c],
  meanDensity: 0.25,
} as unknown as AreaNext;

describe("what could come next's download", () => {
  it('lists the ranked opportunities first, then the rest in data order, with corner and reason', () => {
    const rows = nextRows(next);
    expect(rows.map((r) => [r.code, r.rank])).toEqual([
      ['D', 1],
      ['C', 2],
      ['A', null],
      ['B', null],
    ]);
    // D: density 0.4 ≥ mean 0.25 and complexity 0.8 ≥ 0; C: 0.1 < 0.25 and −0.5 < 0.
    expect(rows[0].quadrant).toBe('Related and complex: the best bets');
    expect(rows[1].quadrant).toBe('Less related, less complex');
    // A: 0.5 ≥ 0.25 and 1 ≥ 0, but a specialisation already; B has no complexity, so no corner.
    expect(rows[2].reason).toBe('A specialisation already');
    expect(rows[3].quadrant).toBe('');
    expect(rows[3].reason).toBe('Not closely related to anything the area specialises in.');
    expect(rows[1].reason).toBe('Related to your strengths in Retail.');
    expect(nextRows(null)).toEqual([]);
  });

  it("has the value column named for the dataset's unit, before the reason", () => {
    const headers = nextColumns({ measure: 'Enterprises', unit: 'enterprises' }).map((c) => c.header);
    expect(headers).toEqual([
      'rank',
      'sector_code',
      'sector_name',
      'specialised',
      'location_quotient',
      'relatedness_density',
      'sector_complexity',
      'quadrant',
      'enterprises_count',
      'reason',
    ]);
  });
});
