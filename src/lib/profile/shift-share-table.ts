// How the shift-share table writes its parts. The parts are fractions of a count, so whole
// numbers unless every figure is small, signed so a reader sees what added and what took away.
// (The rows' order, included sectors first and then by local effect, is shiftShareOrder in chart-csv.ts.)
import { formatValue, MISSING_TEXT } from '../format';

/** Whole numbers when the change or the national-growth part is 100 or more (either way); else one decimal. */
export function wholeParts(totals: { total: number; national: number }): boolean {
  return Math.abs(totals.total) >= 100 || Math.abs(totals.national) >= 100;
}

/** A part written with its sign ("+1,234", "−2.5"); "0" when it rounds to nothing; the missing mark when there is no figure. */
export function signedPart(v: number, whole: boolean): string {
  if (!Number.isFinite(v)) return MISSING_TEXT;
  const r = whole ? Math.round(v) : Math.round(v * 10) / 10;
  if (r === 0) return '0';
  return `${r > 0 ? '+' : '−'}${formatValue(Math.abs(r))}`;
}
