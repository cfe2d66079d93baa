// Period labels ("year" in the canonical CSV): a plain year or a label that sorts.
// We keep the label exactly as given and derive a numeric key only for ordering.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthIndex(word: string): number {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  // Accept "Mar", "March", "Sept"; reject words that merely start like a month ("Marvel").
  if (i < 0) return -1;
  const full = [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ][i];
  const w = word.toLowerCase();
  return w.length === 3 || full === w || (i === 8 && w === 'sept') ? i : -1;
}

const YEAR = /^(\d{4})$/;
const FINANCIAL = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/; // 2021/22, 2021-22, 2021/2022
const QUARTER = /^(\d{4})\s*-?\s*Q([1-4])$|^Q([1-4])\s*-?\s*(\d{4})$/i; // 2022 Q1, 2022-Q1, Q1 2022
const ISO_MONTH = /^(\d{4})-(\d{2})$/; // 2022-03
const MONTH_YEAR = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/; // March 2022, Mar 2022
const RANGE = /^([A-Za-z]{3,9})\.?\s+(\d{4})\s*-\s*([A-Za-z]{3,9})\.?\s+(\d{4})$/; // Jan 2018-Dec 2018 (Nomis)

const plausible = (y: number) => y >= 1800 && y <= 2200;

/**
 * Numeric key that orders period labels (a fractional year), or null when the label is not a
 * period format we recognise. Pure and cheap: it runs once per distinct label, not per row.
 */
export function periodSortKey(label: string): number | null {
  const s = label.trim();
  let m: RegExpMatchArray | null;
  if ((m = s.match(YEAR))) {
    const y = +m[1];
    return plausible(y) ? y : null;
  }
  if ((m = s.match(FINANCIAL))) {
    const y = +m[1];
    // A financial year runs into the next calendar year: 2021/22 and 1999/00 are valid, 2021/25 is not.
    // "2022-04" fails this test and falls through to the ISO month below.
    const endOk = m[2].length === 2 ? (y + 1) % 100 === +m[2] : +m[2] === y + 1;
    if (plausible(y) && endOk) return y + 0.25;
  }
  if ((m = s.match(QUARTER))) {
    const y = +(m[1] ?? m[4]);
    const q = +(m[2] ?? m[3]);
    return plausible(y) ? y + (q - 1) / 4 : null;
  }
  if ((m = s.match(ISO_MONTH))) {
    const y = +m[1];
    const mo = +m[2];
    return plausible(y) && mo >= 1 && mo <= 12 ? y + (mo - 1) / 12 : null;
  }
  if ((m = s.match(RANGE))) {
    const a = monthIndex(m[1]);
    const b = monthIndex(m[3]);
    const y = +m[2];
    const y2 = +m[4];
    if (a < 0 || b < 0 || !plausible(y) || y2 < y) return null;
    return y + a / 12;
  }
  if ((m = s.match(MONTH_YEAR))) {
    const mo = monthIndex(m[1]);
    const y = +m[2];
    return mo >= 0 && plausible(y) ? y + mo / 12 : null;
  }
  return null;
}

/** Sort period labels into time order (ties by label so the order is stable). */
export function sortPeriods(labels: Iterable<string>): string[] {
  const keyed = [...labels].map((l) => ({ l, k: periodSortKey(l) ?? Number.POSITIVE_INFINITY }));
  keyed.sort((x, y) => x.k - y.k || (x.l < y.l ? -1 : x.l > y.l ? 1 : 0));
  return keyed.map((x) => x.l);
}
