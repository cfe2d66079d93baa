import { cellOffset } from './cube';

/**
 * The row that first used each (area, sector, year) index triple, for finding duplicate rows.
 * An open-addressing hash table on typed arrays: a million keys cost no per-row allocation
 * (a Map of composite numbers would box each key; a Map of strings would build one per row).
 */
export class KeyTable {
  private mask: number;
  /** Area, sector and year index per slot. */
  private triples: Int32Array;
  /** Row number per slot; 0 marks an empty slot, so row numbers must be ≥ 1. */
  private rows: Int32Array;
  private size = 0;

  /** `expected`: about how many keys will be added (the table grows past it if need be). */
  constructor(expected = 2048) {
    let n = 4096;
    while (n < expected * 2) n *= 2;
    this.mask = n - 1;
    this.rows = new Int32Array(n);
    this.triples = new Int32Array(3 * n);
  }

  /** The row that already has this key, or 0 after recording `row` as the key's first row. */
  firstRow(a: number, s: number, y: number, row: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(s + 1, 0x85ebca77) ^ Math.imul(y + 1, 0xc2b2ae3d);
    h ^= h >>> 15;
    const t = this.triples;
    const rows = this.rows;
    const mask = this.mask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const r = rows[i];
      if (r === 0) {
        rows[i] = row;
        t[3 * i] = a;
        t[3 * i + 1] = s;
        t[3 * i + 2] = y;
        if (++this.size * 2 > mask) this.grow();
        return 0;
      }
      if (t[3 * i] === a && t[3 * i + 1] === s && t[3 * i + 2] === y) return r;
    }
  }

  private grow(): void {
    const oldRows = this.rows;
    const oldTriples = this.triples;
    const n = oldRows.length * 2;
    this.mask = n - 1;
    this.rows = new Int32Array(n);
    this.triples = new Int32Array(3 * n);
    this.size = 0;
    for (let i = 0; i < oldRows.length; i++) {
      if (oldRows[i] !== 0) this.firstRow(oldTriples[3 * i], oldTriples[3 * i + 1], oldTriples[3 * i + 2], oldRows[i]);
    }
  }
}

/** Above this many cells per row, a dense table of all area × sector × year cells is too sparse to use. */
const MAX_CELLS_PER_ROW = 8;

/**
 * Find rows that repeat an earlier row's (area, sector, year). `keys` holds three indices per row
 * (area, sector, year; each counting from 0 and below nA, nS, nY). Returns, for each repeat in row
 * order, its row index and the index of the first row with the same key.
 *
 * When the cells are dense enough (the usual case) this walks a flat table laid out year › sector ›
 * area, so a file sorted in any nested order reads it with a steady stride instead of hashing
 * every key to a random place in memory; sparse keys use a hash table.
 */
export function findRepeatedKeys(
  keys: Int32Array,
  n: number,
  nA: number,
  nS: number,
  nY: number,
): { repeat: number[]; first: number[] } {
  const repeat: number[] = [];
  const first: number[] = [];
  const cells = nA * nS * nY;
  if (cells <= Math.max(MAX_CELLS_PER_ROW * n, 1 << 16) && cells < 2 ** 31) {
    // firstPlusOne[cell] = index of the first row with that cell + 1; 0 = not seen.
    const firstPlusOne = new Int32Array(cells);
    for (let i = 0, k = 0; i < n; i++, k += 3) {
      const cell = cellOffset(nA, nS, keys[k], keys[k + 1], keys[k + 2]);
      const f = firstPlusOne[cell];
      if (f === 0) firstPlusOne[cell] = i + 1;
      else {
        repeat.push(i);
        first.push(f - 1);
      }
    }
  } else {
    const table = new KeyTable(n);
    for (let i = 0, k = 0; i < n; i++, k += 3) {
      const f = table.firstRow(keys[k], keys[k + 1], keys[k + 2], i + 1);
      if (f !== 0) {
        repeat.push(i);
        first.push(f - 1);
      }
    }
  }
  return { repeat, first };
}

/** Accepted rows kept column by column: area, sector and year index (three per row), value, flag, CI, row number. */
export interface RowColumns {
  keys: Int32Array;
  values: Float64Array;
  flags: Uint8Array;
  ci95: Float64Array;
  rows: Int32Array;
}

type Names = Map<number, { areaName: string; sectorName: string }>;

/**
 * The first `n` rows of `t` without the rows at `repeat` (ascending indices), in file order, and
 * the name overrides (by row index) renumbered to match.
 */
export function dropRows(t: RowColumns, n: number, repeat: number[], overrides: Names): RowColumns & { names: Names } {
  // Usually nothing repeats: the columns are cut to length as views, with no copy, when the room
  // left over is small (the reader sizes them a little over the rows it expects); else copied.
  if (repeat.length === 0) {
    const cut = <A extends Int32Array | Float64Array | Uint8Array>(a: A, len: number): A =>
      a.length === len ? a : ((a.length - len <= len >> 3 ? a.subarray(0, len) : a.slice(0, len)) as A);
    return {
      keys: cut(t.keys, 3 * n),
      values: cut(t.values, n),
      flags: cut(t.flags, n),
      ci95: cut(t.ci95, n),
      rows: cut(t.rows, n),
      names: new Map(overrides),
    };
  }
  const m = n - repeat.length;
  const out = {
    keys: new Int32Array(3 * m),
    values: new Float64Array(m),
    flags: new Uint8Array(m),
    ci95: new Float64Array(m),
    rows: new Int32Array(m),
  };
  const names: Names = new Map();
  for (let i = 0, j = 0, k = 0; i < n; i++) {
    if (k < repeat.length && repeat[k] === i) {
      k++;
      continue;
    }
    out.keys[3 * j] = t.keys[3 * i];
    out.keys[3 * j + 1] = t.keys[3 * i + 1];
    out.keys[3 * j + 2] = t.keys[3 * i + 2];
    out.values[j] = t.values[i];
    out.flags[j] = t.flags[i];
    out.ci95[j] = t.ci95[i];
    out.rows[j] = t.rows[i];
    const o = overrides.get(i);
    if (o !== undefined) names.set(j, o);
    j++;
  }
  return { ...out, names };
}
