// File names that say what is in them: "specialisation-atlas_enterprises_manufacturing_2022_leps.csv".
// Lowercase ASCII only, words joined by hyphens, parts by underscores, so a name survives every OS,
// mail client and URL without quoting.

export const FILE_PREFIX = 'specialisation-atlas';

/** One part of a file name: accents dropped ("Fylde Côte" → "fylde-cote"), anything else not a-z or 0-9 becomes one hyphen. */
export function slugPart(part: string): string {
  return part
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `specialisation-atlas_<part>_<part>….<ext>`. Empty, null or undefined parts are skipped; the
 * stem is cut at 150 characters (on a part boundary where possible) to stay well inside OS limits.
 */
export function exportFileName(parts: readonly (string | number | null | undefined)[], ext: string): string {
  const slugs = [FILE_PREFIX];
  for (const p of parts) {
    if (p === null || p === undefined) continue;
    const s = slugPart(String(p));
    if (s !== '') slugs.push(s);
  }
  let stem = slugs.join('_');
  if (stem.length > 150) {
    const cut = stem.lastIndexOf('_', 150);
    stem = stem.slice(0, cut > FILE_PREFIX.length ? cut : 150).replace(/[-_]+$/, '');
  }
  return `${stem}.${slugPart(ext) || 'txt'}`;
}

/** A date as YYYY-MM-DD in the user's local time zone (the day they downloaded it, not UTC's). */
export function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
