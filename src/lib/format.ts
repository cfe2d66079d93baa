// Number formatting for people: thousands separators, sensible precision, and missing shown as missing.
import { format } from 'd3-format';
import type { Flag } from './data/types';

const count = format(',.0f');
const decimal = format(',.1f');
const lqFormat = format('.2f');
const pct = format('.1%');
const twoDecimals = format('.2f');

/** Text for a missing value: an en dash, never "0" or "NaN". */
export const MISSING_TEXT = '–';

export const FLAG_LABEL: Record<Flag, string> = {
  suppressed: 'suppressed (not published: too small or disclosive)',
  unreliable: 'unreliable (survey sample of 3–9 people: treat with great caution)',
  missing: 'not available',
  rounded: 'small count, rounded to the nearest 5',
};

export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return MISSING_TEXT;
  return Number.isInteger(v) ? count(v) : decimal(v);
}

/** A figure with its unit as people write it: "£1,757m" for £ million, "£801k" for £ thousands, "4,735 enterprises", or bare. */
export function formatValueIn(v: number, unit: string): string {
  const text = formatValue(v);
  if (!Number.isFinite(v) || !unit) return text;
  if (unit === '£m') return `£${text}m`;
  if (unit === '£ thousands') return `£${text}k`;
  return `${text} ${unit}`;
}

/** An amount in £ thousands as a rule's words say it: "£1m" for 1,000 (whole millions), else "£801k". */
export function formatPoundsK(k: number): string {
  return k >= 1000 && k % 1000 === 0 ? `£${k / 1000}m` : formatValueIn(k, '£ thousands');
}

export function formatShare(v: number): string {
  return Number.isFinite(v) ? pct(v) : MISSING_TEXT;
}

export function formatLq(v: number): string {
  return Number.isFinite(v) ? lqFormat(v) : MISSING_TEXT;
}

const signedPct = format('+.1f');
const signedLq = format('+.2f');

export function formatGrowth(v: number): string {
  return Number.isFinite(v) ? `${signedPct(v)}%` : MISSING_TEXT;
}

export function formatLqChange(v: number): string {
  return Number.isFinite(v) ? signedLq(v) : MISSING_TEXT;
}

export type MetricKey = 'lq' | 'share' | 'englandShare' | 'value' | 'growth' | 'lqChange' | 'density' | 'eci';

const smallPct = format('.2p');

/**
 * An area's share of England, in per cent: one decimal from 1% ("12.3%"), two significant figures
 * below it, so a district's small share is never written "0.0%" ("0.43%", "0.052%"); 0 is "0%".
 */
export function formatEnglandShare(v: number): string {
  if (!Number.isFinite(v)) return MISSING_TEXT;
  return v >= 0.01 ? pct(v) : v > 0 ? smallPct(v) : '0%';
}

/** Economic complexity, standardised (0 = the average area): "+1.23", "−0.40". */
export function formatEci(v: number): string {
  return Number.isFinite(v) ? signedLq(v).replace('-', '−') : MISSING_TEXT;
}

/**
 * A metric's figure in words. `unit` is the dataset's unit: a grade point average ("GPA", 0 to 4) is
 * written with two decimals (3.51), as GPAs computed from REF quality profiles are conventionally
 * quoted; one decimal (3.5) would hide most of the differences between areas.
 */
export function formatMetric(metric: MetricKey, v: number, unit?: string): string {
  if (metric === 'value' && unit === 'GPA') return Number.isFinite(v) ? twoDecimals(v) : MISSING_TEXT;
  switch (metric) {
    case 'lq':
      return formatLq(v);
    case 'share':
      return formatShare(v);
    case 'englandShare':
      return formatEnglandShare(v);
    case 'value':
      return formatValue(v);
    case 'growth':
      return formatGrowth(v);
    case 'lqChange':
      return formatLqChange(v);
    case 'density':
      return formatShare(v);
    case 'eci':
      return formatEci(v);
  }
}

/**
 * How the map's legend writes its class limits: as formatMetric, except a grade point average (unit
 * "GPA", 0 to 4), whose classes are often a few hundredths apart, always with two decimals (3.00, 3.12).
 */
export function legendFormat(metric: MetricKey, unit: string | undefined): (v: number) => string {
  return (v) => formatMetric(metric, v, unit);
}

/** Names a policymaker would recognise, for controls, legends and column heads. */
export function metricLabel(metric: MetricKey, ctx: { measure: string; from: string; benchmark: string }): string {
  switch (metric) {
    case 'lq':
      return `Location quotient (${ctx.benchmark} = 1)`;
    case 'share':
      return "Share of the area's total";
    case 'englandShare':
      // England, not the benchmark chosen: the share is of the whole country's figure.
      return `Share of England's ${inSentence(ctx.measure)}`;
    case 'value':
      return ctx.measure;
    case 'growth':
      return `Growth since ${ctx.from}`;
    case 'lqChange':
      return `Change in LQ since ${ctx.from}`;
    case 'density':
      return 'Relatedness density (share of related sectors already specialised in)';
    case 'eci':
      return 'Economic complexity index (0 = average area)';
  }
}

/** Short names for the metric picker. */
export const METRIC_NAMES: Record<MetricKey, string> = {
  lq: 'Location quotient',
  share: 'Share of area total',
  englandShare: 'Share of England',
  value: 'Number',
  growth: 'Growth (% change)',
  lqChange: 'Change in location quotient',
  density: 'Relatedness density (where could it grow next?)',
  eci: 'Economic complexity (ECI)',
};

// Sorting by name ignores case and accents, then breaks ties on the exact text. This is the order
// Intl.Collator('en-GB') gives every area and sector name in the data (a test checks), without the
// collator: building one costs 6–16 ms of ICU set-up on first use, which the first map would wait for.
const nameKey = (s: string) =>
  (/^[\x20-\x7e]*$/.test(s) ? s : s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).toLowerCase();

export function compareNames(a: string, b: string): number {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lower case for use inside a sentence, keeping acronyms and starred grades: "Staff submitted (FTE)" → "staff submitted (FTE)". */
export function inSentence(text: string): string {
  return text.replace(/[A-Za-z*£]+/g, (w) => (w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase()));
}
