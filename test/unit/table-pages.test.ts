import { describe, expect, it, vi } from 'vitest';
import { pageHolding, pageWords, tablePage, wholeNumber } from '../../src/lib/views/table-pages';

describe('the table under the map, a page at a time', () => {
  it('shows 309 districts 50 at a time: rows 1–50, then 51–100, and the last page 301–309', () => {
    expect(tablePage(309, 50, 0)).toEqual({ start: 0, end: 50, total: 309, paged: true });
    expect(tablePage(309, 50, 50)).toEqual({ start: 50, end: 100, total: 309, paged: true });
    expect(tablePage(309, 50, 300)).toEqual({ start: 300, end: 309, total: 309, paged: true });
  });

  it('keeps a start past the end (fewer rows after a filter) on the last page, and snaps it to a page', () => {
    expect(tablePage(60, 50, 300)).toEqual({ start: 50, end: 60, total: 60, paged: true });
    expect(tablePage(309, 50, 77)).toEqual({ start: 50, end: 100, total: 309, paged: true });
    expect(tablePage(309, 50, -5).start).toBe(0);
  });

  it('has no pager for 38 LEPs or exactly one page, and shows everything when asked', () => {
    expect(tablePage(38, 50, 0)).toEqual({ start: 0, end: 38, total: 38, paged: false });
    expect(tablePage(50, 50, 0)).toEqual({ start: 0, end: 50, total: 50, paged: false });
    expect(tablePage(309, 50, 100, true)).toEqual({ start: 0, end: 309, total: 309, paged: true });
    expect(tablePage(0, 50, 0)).toEqual({ start: 0, end: 0, total: 0, paged: false });
  });

  it('finds the page of a selected row: row 0 → 0, row 49 → 0, row 50 → 50, row 308 → 300; not found keeps the page', () => {
    expect(pageHolding(0, 50, 100)).toBe(0);
    expect(pageHolding(49, 50, 100)).toBe(0);
    expect(pageHolding(50, 50, 0)).toBe(50);
    expect(pageHolding(308, 50, 0)).toBe(300);
    expect(pageHolding(-1, 50, 150)).toBe(150);
  });

  it('says which rows are shown, with separators', () => {
    expect(pageWords(tablePage(309, 50, 50))).toBe('rows 51 to 100 of 309');
    expect(pageWords(tablePage(1200, 50, 1000))).toBe('rows 1,001 to 1,050 of 1,200');
    expect(pageWords(tablePage(309, 50, 0, true))).toBe('all 309 rows');
  });

  it('writes whole numbers as en-GB does, without Intl (whose first formatter loads locale data: issue 15)', () => {
    const made = vi.spyOn(Intl, 'NumberFormat');
    for (const x of [0, 7, 309, 1000, 1200, 65_432, 1_234_567]) {
      expect(wholeNumber(x)).toBe(x.toLocaleString('en-GB'));
    }
    made.mockClear();
    expect(pageWords(tablePage(1200, 50, 1000))).toBe('rows 1,001 to 1,050 of 1,200');
    expect(wholeNumber(1200)).toBe('1,200');
    expect(made).not.toHaveBeenCalled();
    made.mockRestore();
  });
});
