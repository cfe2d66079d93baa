// How one row of the LQ bars reads. A true zero is not a missing figure: an area with none of a
// sector (or council, or subject) has LQ 0, and one with nothing at all in the year (no awards, say)
// has value 0 and no LQ. Both say "none"; only a figure the source did not publish is "no figure",
// and only that earns the "⊘ suppressed or not published" note.
import type { ProfileBar } from './lq-bars';

export type BarFigure = 'bar' | 'none' | 'no-figure';

export function barFigure(b: Pick<ProfileBar, 'lq' | 'value'>): BarFigure {
  if (Number.isFinite(b.lq) && b.lq > 0) return 'bar';
  if (b.lq === 0 || b.value === 0) return 'none';
  return 'no-figure';
}

/** Whether any row is a figure the source did not publish (the ⊘ note's condition). */
export function anyNoFigure(bars: readonly Pick<ProfileBar, 'lq' | 'value'>[]): boolean {
  return bars.some((b) => barFigure(b) === 'no-figure');
}
