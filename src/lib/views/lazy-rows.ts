// The rows of the table under the map that a change redraws at once when the table is on screen: those
// on or near the screen (and rows with nothing drawn yet). The others keep what they showed until idle
// time (lib/state/catch-up), so a sector change lays out the ten rows in view, not all 50.

/**
 * The rows to draw now, position by position: the new row where it is near the screen or nothing was
 * drawn there, else the row drawn before. `behind`: some position still shows an old row.
 */
export function rowsNow<T>(
  next: readonly T[],
  drawn: readonly T[],
  near: (i: number) => boolean,
): { rows: readonly T[]; behind: boolean } {
  let behind = false;
  const rows = next.map((row, i) => {
    if (i >= drawn.length || drawn[i] === row || near(i)) return row;
    behind = true;
    return drawn[i];
  });
  return { rows: behind ? rows : next, behind };
}
