import { describe, expect, it } from 'vitest';
import { buildCube } from '../../src/lib/data/cube';
import type { AuditRow } from '../../src/lib/data/types';
import { resolveBenchmark } from '../../src/lib/metrics/benchmark';
import { nextBase, prepareNextBase } from '../../src/lib/next/base';
import { row } from './fixtures-audit';

// Twelve districts (enough for relatedness: 10 or more), three sectors, two years; the figures only
// need to differ between districts, the test compares the stepped result with the one-go one.
function cube(districts: number) {
  const rows: AuditRow[] = [];
  for (const year of ['2020', '2021']) {
    for (let d = 1; d <= districts; d++) {
      const code = `E06${String(d).padStart(6, '0')}`;
      rows.push(row(code, 'X', year, 10 + ((d * 7) % 13) + (year === '2021' ? d % 3 : 0)));
      rows.push(row(code, 'Y', year, 5 + ((d * 5) % 11)));
      rows.push(row(code, 'Z', year, 8 + ((d * 3) % 7)));
    }
  }
  return buildCube(rows);
}

describe('prepareNextBase', () => {
  it('works out what nextBase gives in three parts, a pause before each, and keeps it for nextBase', async () => {
    const c = cube(12);
    const b = resolveBenchmark(c);
    let pauses = 0;
    const got = await prepareNextBase(c, 1, b, async () => void pauses++);
    expect(pauses).toBe(3);
    // The same figures as in one go (a copy of the cube, so not from the cache) …
    expect(got).toEqual(nextBase({ ...c }, 1, b));
    expect(got?.backtest?.from).toBe('2020');
    // … and nextBase now returns that very object, without working it out again.
    expect(nextBase(c, 1, b)).toBe(got);
  });

  it('returns what nextBase worked out meanwhile, so a cube and year have one', async () => {
    const c = cube(12);
    const b = resolveBenchmark(c);
    let first: ReturnType<typeof nextBase> = null;
    let pauses = 0;
    const got = await prepareNextBase(c, 1, b, async () => {
      if (++pauses === 2) first = nextBase(c, 1, b);
    });
    expect(first).not.toBeNull();
    expect(got).toBe(first);
    expect(pauses).toBe(2);
  });

  it('is null with fewer than 10 districts, as nextBase is', async () => {
    const c = cube(9);
    let pauses = 0;
    expect(await prepareNextBase(c, 1, resolveBenchmark(c), async () => void pauses++)).toBeNull();
    expect(pauses).toBe(1);
    expect(nextBase(c, 1, resolveBenchmark(c))).toBeNull();
  });
});
