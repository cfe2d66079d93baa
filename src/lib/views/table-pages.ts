// The table under the map shows its rows a page at a time (50 by default), with a pager and a "show
// all" choice: 309 districts as a full table are ~3,100 elements, whose layout was most of a sector
// change's cost. Every row stays reachable (pager, show all, the CSV), and the caption and
// aria-rowcount/aria-rowindex tell a screen reader which rows of how many are shown.

import { wholeNumber } from '../whole-number';

export interface TablePage {
  /** Index of the first row shown. */
  start: number;
  /** One past the last row shown. */
  end: number;
  total: number;
  /** True when there is more than one page (the pager is drawn). */
  paged: boolean;
}

/** The rows shown from `start` (snapped to a page boundary and kept in range); all of them when `all`. */
export function tablePage(total: number, size: number, start: number, all = false): TablePage {
  if (all || total <= size) return { start: 0, end: total, total, paged: total > size };
  const last = Math.floor((total - 1) / size) * size;
  const s = Math.min(last, Math.max(0, Math.floor(start / size) * size));
  return { start: s, end: Math.min(total, s + size), total, paged: true };
}

/** The start of the page holding row `index` (-1, not found: the page `start` is kept). */
export function pageHolding(index: number, size: number, start: number): number {
  return index < 0 ? start : Math.floor(index / size) * size;
}

/** A whole number with thousands separators, as en-GB writes it ("1,200"): see whole-number.ts. */
export { wholeNumber };

/** "rows 51 to 100 of 309" in words, with thousands separators; "all 309 rows" when everything is shown. */
export function pageWords(page: TablePage): string {
  const n = wholeNumber;
  if (page.start === 0 && page.end === page.total) return `all ${n(page.total)} rows`;
  return `rows ${n(page.start + 1)} to ${n(page.end)} of ${n(page.total)}`;
}
