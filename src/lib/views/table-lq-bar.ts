// The small LQ bar in each row of the table under the map, drawn as the bar box's own background
// (a line at LQ 1 and the bar from 1 to the row's LQ) from one inline style per row. A sector change
// then rewrites one style attribute per row: no bar element to lay out again, and nothing set on the
// table itself, whose every cell would otherwise have its style recomputed (an inherited custom
// property on an ancestor does that).
import type { LqAxis } from '../charts/lq-axis';

/** Width of the bar box in rem (AreaTable's .lq-bar); positions are given in rem so they are exact. */
export const LQ_BAR_REM = 6;

const rem = (pct: number) => `${+((pct / 100) * LQ_BAR_REM).toFixed(3)}rem`;

/**
 * The inline style of one row's bar box, for an axis drawn over 0–100 (% of the box): where LQ 1
 * falls (--one), where the bar starts (--x0), how wide it is (--w) and its colour (--c: above or below
 * 1). No bar (width 0) for an LQ that cannot sit on the log axis (missing, 0 or negative).
 */
export function lqBarStyle(lq: number, axis: Pick<LqAxis, 'x' | 'one'>): string {
  const one = `--one:${rem(axis.one)}`;
  if (!(lq > 0) || !Number.isFinite(lq)) return `${one};--x0:0rem;--w:0rem;--c:transparent`;
  const x = axis.x(lq);
  const colour = lq >= 1 ? 'var(--above)' : 'var(--below)';
  return `${one};--x0:${rem(Math.min(axis.one, x))};--w:${rem(Math.abs(x - axis.one))};--c:${colour}`;
}
