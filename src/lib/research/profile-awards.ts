// The profile's "In brief" on UKRI awards follows the evidence pack's rule for research income: a
// research council counts as a strength only on at least MIN_RANKED_INCOME (£1m) awarded to the area.
// The pack adds up the five financial years; the profile shows one year at a time, so the minimum is
// applied to the year shown, the awards behind the location quotient on screen. £1m marks the same
// line in a year as over five: below it an organisation's awards from a council in one year are a
// median of 1 (under £400k) to 2 (£400k–£1m), from £1m to £2m a median of 4 (UKRI's file, 2015/16 to
// 2019/20), as the REF volumes' 10 FTE rule (profile-fte.ts) keeps one small submission from being
// named a strength.
import { MIN_RANKED_INCOME } from '../metrics/research';

/** The least £ thousands awarded in the year shown for a council to count as a strength; undefined off UKRI. */
export function profileAwardsMin(dataset: string): number | undefined {
  return dataset === 'ukri-awarded' ? MIN_RANKED_INCOME : undefined;
}
