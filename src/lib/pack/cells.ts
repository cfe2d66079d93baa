// A table cell as text, the same on screen, in print and in the Word document: numbers to their
// column's fixed decimal places ("1.80", never "1.8", for an LQ given to 2 places), thousands
// separated, a true minus sign; missing as an en dash, never 0. The spreadsheet keeps the number
// and gets the same places as an Excel number format.
import { format } from 'd3-format';
import { MISSING_TEXT } from '../format';
import type { Cell } from './types';

const formats = new Map<number, (n: number) => string>();

export function cellText(v: Cell, digits: number | null = null): string {
  if (v === null) return MISSING_TEXT;
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return MISSING_TEXT;
  const d = digits ?? (Number.isInteger(v) ? 0 : 3);
  let f = formats.get(d);
  if (!f) formats.set(d, (f = format(`,.${d}f`)));
  // d3 writes "−0.00" for a tiny negative rounded to zero; zero has no sign.
  return f(v).replace(/^−(?=[0.,]+$)/, '');
}

/** Excel's number format for `digits` places: 0 → "#,##0", 2 → "#,##0.00". */
export function excelFormat(digits: number): string {
  return digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
}

/** Places for a column of counts: none when every count is whole, else one (as the sentences, formatValue). */
export function countDigits(values: readonly number[]): number {
  return values.every((v) => !Number.isFinite(v) || Number.isInteger(v)) ? 0 : 1;
}
