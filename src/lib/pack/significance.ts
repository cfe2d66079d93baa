// Significance in words. "Significantly" only where a 95% interval exists and lies wholly on one
// side of 1; an interval that includes 1 says the difference could be chance; no interval, no claim.
import { formatLq } from '../format';

export interface Interval {
  lower: number;
  upper: number;
}

export function significanceWords(lq: number, ci: Interval | null, benchmark: string): string {
  if (!ci || !Number.isFinite(ci.lower) || !Number.isFinite(ci.upper) || !Number.isFinite(lq)) {
    return `The source publishes no confidence interval for it, so no claim is made about whether it differs from ${benchmark} beyond chance.`;
  }
  const range = `${formatLq(ci.lower)} to ${formatLq(ci.upper)}`;
  if (ci.lower > 1)
    return `Its 95% interval, ${range}, lies wholly above 1: significantly more concentrated than in ${benchmark}.`;
  if (ci.upper < 1)
    return `Its 95% interval, ${range}, lies wholly below 1: significantly less concentrated than in ${benchmark}.`;
  return `Its 95% interval, ${range}, includes 1, so the difference from ${benchmark} could be chance.`;
}
