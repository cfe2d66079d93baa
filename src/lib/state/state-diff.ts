// Which fields of the state a change really alters. The atlas writes only those into its state
// object instead of replacing it: a new object would wake everything that reads any field (each of
// the map's 309 paths reads the selected area), so a sector change would re-check them all.

/** Equal field values: the same primitive, or arrays with the same items in the same order. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((x, i) => Object.is(x, b[i]));
}

/** The keys whose values differ between `prev` and `next` (a key only one of them has counts). */
export function changedKeys<T extends object>(prev: T, next: T): (keyof T)[] {
  const keys = new Set([...Object.keys(prev), ...Object.keys(next)] as (keyof T)[]);
  return [...keys].filter((k) => !(k in prev) || !(k in next) || !sameValue(prev[k], next[k]));
}

/** Makes `target` equal to `next`, writing only the fields that differ (a field `next` lacks is deleted). */
export function assignChanged<T extends object>(target: T, next: T): void {
  for (const k of changedKeys(target, next)) {
    if (k in next) target[k] = next[k];
    else delete target[k];
  }
}
