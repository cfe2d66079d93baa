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
 * number, and the flag each means. A marker is never read as zero. Nomis's `~` (an estimate under
 * 500, withheld) has no value, so it is 'suppressed', as the data build reads it (scripts/lib/aps.ts);
 * 'unreliable' is for figures that are published but rest on a small sample.
 */
export const VALUE_MARKERS: ReadonlyMap<string, Flag> = new Map<string, Flag>([
  ['!', 'suppressed'],
  ['~', 'suppressed'],
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

/** Spaces used to group thousands: space, no-break space, narrow no-break space. */
const SPACED_THOUSANDS = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?$/;

/**
 * parseNumberCell, more forgiving, for files mapped by hand: also reads a trailing % ("12.5%" is
 * 12.5), a leading currency sign ("£1,200"), thousands grouped by spaces ("1 234") and spaces
 * around the number. NaN when it is still not a number.
 */
export function parseLooseNumber(s: string): number {
  let t = s.trim();
  const n = parseNumberCell(t);
  if (n === n || t.length === 0) return n;
  if (t.charCodeAt(t.length - 1) === 37 /* % */) t = t.slice(0, -1).trimEnd();
  let sign = '';
  if (t[0] === '-' || t[0] === '+') {
    sign = t[0];
    t = t.slice(1).trimStart();
  }
  if (t[0] === '£' || t[0] === '$' || t[0] === '€') t = t.slice(1).trimStart();
  t = sign + t;
  if (SPACED_THOUSANDS.test(t)) t = t.replace(/[ \u00a0\u202f]/g, '');
  return t.length === 0 ? NaN : parseNumberCell(t);
}

/**
 * Further markers understood in files mapped by hand (lower-cased cell → flag): the bracketed
 * shorthand of recent ONS releases ("[c]" confidential, "[x]" not available, "[z]" not applicable,
 * "[u]" low reliability, "[low]" rounds to zero) and common words for "not available".
 */
export const LOOSE_MARKERS: ReadonlyMap<string, Flag> = new Map<string, Flag>([
  ['[c]', 'suppressed'],
  ['[x]', 'missing'],
  ['[z]', 'missing'],
  ['[u]', 'unreliable'],
  ['[low]', 'rounded'],
  ['n/a', 'missing'],
  ['na', 'missing'],
  ['*', 'suppressed'],
  ['..', 'suppressed'],
  ['x', 'suppressed'],
  ['c', 'suppressed'],
]);
