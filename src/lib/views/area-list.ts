// The areas behind the map's rows (code and name, in the rows' order) and each row's place by code,
// kept as the same object while a change leaves them the same: a sector or year change, another
// metric or benchmark gives new rows of the same areas. What depends only on which areas are shown
// (search, counts of areas drawn, the lookup of a row by code) is then not worked out again on every
// repaint, and a row is found by its place rather than through a map rebuilt for each change.

export interface AreaList {
  readonly areas: readonly { code: string; name: string }[];
  /** Each code's place in the rows (the last, should a code come twice, as a Map of the rows would keep). */
  readonly at: ReadonlyMap<string, number>;
}

/** A row found by code: a Map's get and has, as the map's tooltips, names and hatch read rows. */
export interface RowLookup<R> {
  get(code: string): R | undefined;
  has(code: string): boolean;
}

/** `prev` when `rows` are of the same areas in the same order (names included), else a new list. */
export function areaListOf(rows: readonly { code: string; name: string }[], prev: AreaList | null): AreaList {
  if (prev && prev.areas.length === rows.length) {
    let same = true;
    for (let i = 0; i < rows.length && same; i++)
      same = rows[i].code === prev.areas[i].code && rows[i].name === prev.areas[i].name;
    if (same) return prev;
  }
  const areas: { code: string; name: string }[] = [];
  const at = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    areas.push({ code: rows[i].code, name: rows[i].name });
    at.set(rows[i].code, i);
  }
  return { areas, at };
}

/** The rows by code, through the list made of them (areaListOf of these rows). */
export function rowLookup<R>(rows: readonly R[], list: AreaList): RowLookup<R> {
  return {
    get: (code) => {
      const i = list.at.get(code);
      return i === undefined ? undefined : rows[i];
    },
    has: (code) => list.at.has(code),
  };
}
