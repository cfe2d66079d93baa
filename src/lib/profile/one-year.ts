// A dataset of one year (REF 2021 is a census of 2020's staff) has no growth, no trend and no
// shift-share: the profile leaves those charts out and says why, rather than drawing "2021–2021"
// axes and tables of zeros.
export const TIME_CHARTS = ['profile-bubble', 'profile-series', 'profile-shift-share'] as const;

/** Whether a profile chart needs two or more years to say anything. */
export function needsYears(chart: string): boolean {
  return (TIME_CHARTS as readonly string[]).includes(chart);
}

/** The note in place of the time charts, or null when the dataset has more than one year. */
export function oneYearNote(years: readonly string[]): string | null {
  if (years.length !== 1) return null;
  return `These figures are for one year only (${years[0]}), so this profile shows no growth, trend over time or shift-share.`;
}
