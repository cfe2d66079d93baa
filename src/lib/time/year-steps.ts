// Stepping and playing through a dataset's years on the map.

/** The year one step before (-1) or after (+1) `current`; null at either end or when `current` is unknown. */
export function stepYear(years: readonly string[], current: string, dir: -1 | 1): string | null {
  const i = years.indexOf(current);
  if (i < 0) return null;
  const j = i + dir;
  return j >= 0 && j < years.length ? years[j] : null;
}

/**
 * Where "Play" starts: the year after `current`, or the first year when `current` is the last
 * (playing again from the start), or null when there is only one year.
 */
export function playStart(years: readonly string[], current: string): string | null {
  if (years.length < 2) return null;
  const next = stepYear(years, current, 1);
  return next ?? years[0];
}

/** Milliseconds each year stays on screen while playing: long enough to read the map and legend. */
export const PLAY_INTERVAL_MS = 1200;
