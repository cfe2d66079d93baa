// Number formatting for people: thousands separators, sensible precision, and missing shown as missing.
import { format } from 'd3-format';
import type { Flag } from './data/types';

const count = format(',.0f');
const decimal = format(',.1f');
const lqFormat = format('.2f');
const pct = format('.1%');

/** Text for a missing value: an en dash, never "0" or "NaN". */
export const MISSING_TEXT = '–';

export const FLAG_LABEL: Record<Flag, string> = {
  suppressed: 'suppressed (sample too small to publish)',
  unreliable: 'unreliable (estimate too small to be reliable)',
  missing: 'not available',
  rounded: 'small count, rounded to the nearest 5',
};

export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return MISSING_TEXT;
  return Number.isInteger(v) ? count(v) : decimal(v);
}

export function formatShare(v: number): string {
  return Number.isFinite(v) ? pct(v) : MISSING_TEXT;
}

export function formatLq(v: number): string {
  return Number.isFinite(v) ? lqFormat(v) : MISSING_TEXT;
}
