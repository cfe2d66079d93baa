// A date written out in full as en-GB writes it ("2 December 2026"), without Intl: the first
// toLocaleDateString of a page loads locale data, tens of milliseconds in the click that shows an
// imported file (issue 15).

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The day, month name and year of `d` in local time: what toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) gives. */
export function longDate(d: Date): string {
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}
