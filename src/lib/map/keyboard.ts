// The map's keyboard: one tab stop for the whole map; arrows move between areas in name order
// (wrapping round), Home and End jump to the first and last, Enter or Space select, Escape clears.
import { compareNames } from '../format';

export interface NamedArea {
  code: string;
  name: string;
}

/** The areas the arrow keys visit, in name order, leaving out districts outside a shown LEP. */
export function keyOrder<A extends NamedArea>(areas: readonly A[], outside: (code: string) => boolean): A[] {
  return areas.filter((a) => !outside(a.code)).sort((a, b) => compareNames(a.name, b.name));
}

/** The one area that takes Tab: the last focused, else the selected one, else the first by name. */
export function tabStopOf(
  focused: string | null,
  selected: string | null,
  drawn: { has(code: string): boolean },
  order: readonly NamedArea[],
): string | null {
  if (focused && drawn.has(focused)) return focused;
  if (selected && drawn.has(selected)) return selected;
  return order[0]?.code ?? null;
}

/** What a key pressed on an area does: move focus, select (null clears), or nothing (not our key). */
export type MapKeyAction = { move: string | null } | { select: string | null } | null;

export function mapKey(key: string, code: string, order: readonly NamedArea[], selected: string | null): MapKeyAction {
  const step = (from: string, by: number) => {
    const i = order.findIndex((a) => a.code === from);
    return { move: order[(i + by + order.length) % order.length]?.code ?? null };
  };
  if (key === 'ArrowRight' || key === 'ArrowDown') return step(code, 1);
  if (key === 'ArrowLeft' || key === 'ArrowUp') return step(code, -1);
  if (key === 'Home') return { move: order[0]?.code ?? null };
  if (key === 'End') return { move: order[order.length - 1]?.code ?? null };
  if (key === 'Enter' || key === ' ') return { select: code === selected ? null : code };
  if (key === 'Escape') return { select: null };
  return null;
}
