// Which rows a change redraws at once (lib/views/lazy-rows.ts), worked by hand on letters.
import { describe, expect, it } from 'vitest';
import { rowsNow } from '../../src/lib/views/lazy-rows';

describe('rowsNow', () => {
  it('rows near the screen (1 and 2) take the new rows; the others keep the old until idle time', () => {
    const r = rowsNow(['A', 'B', 'C', 'D'], ['a', 'b', 'c', 'd'], (i) => i === 1 || i === 2);
    expect(r).toEqual({ rows: ['a', 'B', 'C', 'd'], behind: true });
  });
  it('rows with nothing drawn yet (a longer page, the first fill) take the new rows wherever they are', () => {
    expect(rowsNow(['A', 'B', 'C'], ['a'], () => false)).toEqual({ rows: ['a', 'B', 'C'], behind: true });
    expect(rowsNow(['A', 'B'], [], () => false)).toEqual({ rows: ['A', 'B'], behind: false });
  });
  it('a row that has not changed is not behind, and every row near gives the new list itself', () => {
    const next = ['A', 'b'];
    expect(rowsNow(next, ['a', 'b'], (i) => i === 0).rows).toBe(next);
    expect(rowsNow(next, ['a', 'b'], (i) => i === 0).behind).toBe(false);
  });
  it('a shorter page drops the rows past its end', () => {
    expect(rowsNow(['A'], ['a', 'b', 'c'], () => false)).toEqual({ rows: ['a'], behind: true });
  });
});
