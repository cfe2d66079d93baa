// Numbers for downloads: full precision, without the noise of binary arithmetic. A location quotient
// is a ratio of ratios of counts, so its digits past the tenth significant one are rounding error
// (0.1 + 0.2 is 0.30000000000000004 in floating point). Rounding to 10 significant figures keeps
// every digit a published figure or a derived ratio can support and drops that noise; the shortest
// text of the rounded number is then what a CSV or spreadsheet shows.

export const SIGNIFICANT_DIGITS = 10;

/** x to 10 significant figures (integers exact, -0 as 0); NaN and ±Infinity stay as they are. */
export function tidyNumber(x: number): number {
  if (!Number.isFinite(x)) return x;
  if (x === 0) return 0;
  if (Number.isInteger(x)) return x;
  return Number(x.toPrecision(SIGNIFICANT_DIGITS));
}
