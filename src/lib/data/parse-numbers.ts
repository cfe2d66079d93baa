// Number and marker parsing for CSV cells. Runs once or twice per row, so the common case
// (a plain number) takes one `+s` and two character checks; regexes run only when that fails.

import type { Flag } from './types';

/** "1,234", "-1,234,567.5": commas only between groups of exactly three digits. */
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * The number a trimmed, non-empty cell holds, or NaN when it is not a finite number.
 * Accepts plain decimals ("12", "-3.5", ".5", "1e3") and thousands separators ("1,234,567.5").
 * Rejects "1,23", "abc", "NaN", "Infinity", hexadecimal or binary ("0x10"), and overflows ("1e400").
 */
export function parseNumberCell(s: string): number {
  // Most cells are short runs of digits: read those directly, which is several times faster than `+s`.
  const len = s.length;
  if (len > 0 && len < 10) {
    let v = 0;
    let i = 0;
    for (; i < len; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      v = v * 10 + d;
    }
    if (i === len) return v;
  }
  let n = +s;
  if (n === 0 && s.trim() === '') return NaN; // `+''` is 0, but an empty cell holds no number
  if (n === n) {
    // `+s` also reads "Infinity", "0x1F", "0b11" and "0o7", which are not numbers in a data file.
    if (n === Infinity || n === -Infinity) return NaN;
    const c1 = s.charCodeAt(1);
    if (s.charCodeAt(0) === 48 /* 0 */ && c1 > 64 /* letters */ && c1 !== 69 && c1 !== 101 /* e E */) {
      return NaN;
    }
    return n;
  }
  if (s.indexOf(',') > 0 && THOUSANDS.test(s)) {
    n = +s.replace(/,/g, '');
    return n === Infinity || n === -Infinity ? NaN : n;
  }
  return NaN;
}

/**
 * Markers that statistical publishers put in a value cell (or in Nomis OBS_STATUS) instead of a
 * number, and the flag each means. A marker is never read as zero.
 */
export const VALUE_MARKERS: ReadonlyMap<string, Flag> = new Map<string, Flag>([
  ['!', 'suppressed'],
  ['~', 'unreliable'],
  ['-', 'missing'],
  ['*', 'suppressed'],
  ['..', 'suppressed'],
  [':', 'suppressed'],
  ['x', 'suppressed'],
  ['X', 'suppressed'],
  ['c', 'suppressed'],
  ['C', 'suppressed'],
]);

/** The flag a marker cell stands for, or null when the cell is not a marker. */
export function markerFlag(s: string): Flag | null {
  return VALUE_MARKERS.get(s) ?? null;
}
