// A short plain-English reading of a shift-share result (metrics/shift-share.ts) between two years.
import { formatGrowth, formatValue } from '../format';
import type { ShiftShareResult } from '../metrics';
import { plural } from './words';

export interface ShiftShareContext {
  /** Area name, e.g. "Black Country". */
  area: string;
  /** Plural noun of what is counted, e.g. "enterprises", "people in employment". */
  unit: string;
  /** Period labels of the two years. */
  from: string;
  to: string;
  /** Benchmark name, e.g. "England". */
  benchmark: string;
}

/**
 * Numbers in the sentence: whole numbers when the largest of them is 100 or more (shift-share
 * components are fractions of a count, and "912.4 enterprises" reads as false precision), one
 * decimal place otherwise. Rounded parts may differ from the rounded total by 1.
 */
function amounts(values: number[]): (v: number) => string {
  const big = Math.max(...values.map(Math.abs)) >= 100;
  return (v) => formatValue(big ? Math.round(Math.abs(v)) : Math.round(Math.abs(v) * 10) / 10);
}

/**
 * e.g. "Between 2018 and 2022 enterprises in Black Country grew by 1,230. Growth in line with
 * England overall (+5.0%) would have added 900; the area's industry mix added 120; local factors
 * added 210." Negative parts "took away"; excluded sectors are named by count.
 */
export function shiftShareReading(result: ShiftShareResult, ctx: ShiftShareContext): string {
  const { totals, excluded } = result;
  const n = result.sectors.length;
  const { area, unit, from, to, benchmark } = ctx;
  if (!Number.isFinite(totals.total) || excluded >= n) {
    return `The change in ${unit} in ${area} between ${from} and ${to} cannot be split: no sector has figures for both years in both ${area} and ${benchmark}.`;
  }
  const fmt = amounts([totals.total, totals.national, totals.industryMix, totals.local]);
  const G = result.benchmarkGrowth * 100;
  const change =
    fmt(totals.total) === fmt(0)
      ? 'hardly changed'
      : totals.total > 0
        ? `grew by ${fmt(totals.total)}`
        : `fell by ${fmt(totals.total)}`;
  const effect = (v: number, wouldHave = false) => {
    const verb =
      fmt(v) === fmt(0)
        ? null
        : v > 0
          ? wouldHave
            ? 'would have added'
            : 'added'
          : wouldHave
            ? 'would have taken away'
            : 'took away';
    if (verb === null) return wouldHave ? 'would have made almost no difference' : 'made almost no difference';
    return `${verb} ${fmt(v)}`;
  };
  const nationalLead = `${G >= 0 ? 'Growth' : 'Decline'} in line with ${benchmark} overall (${formatGrowth(G)})`;
  let text =
    `Between ${from} and ${to} ${unit} in ${area} ${change}. ` +
    `${nationalLead} ${effect(totals.national, true)}; ` +
    `the area's industry mix ${effect(totals.industryMix)}; ` +
    `local factors ${effect(totals.local)}.`;
  if (excluded > 0) {
    text += ` ${plural(excluded, 'sector')} ${excluded === 1 ? 'is' : 'are'} left out because a figure is missing.`;
  }
  return text;
}
