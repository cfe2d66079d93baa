// The audit CSV reader's optional filters: keep only one measure's records (a Nomis file with
// several, say) and count the others as set aside, and take 95% confidence intervals from the
// records of another measure of the same cells (Nomis "Confidence" beside "Variable").

import type { ColumnMap } from './parse-header';
import { cisFromMeasure, setAside } from './parse-messages';
import { parseLooseNumber, parseNumberCell } from './parse-numbers';
import { clean } from './parse-read';
import type { Problem } from './types';

type CellFilter = { column: number; value: string };

/** Decides which records are read; made only when the reader was asked to keep some (ColumnMap.keep). */
export class MeasureFilter {
  /** Records set aside (not counted as read), and how many per cell text that did not match. */
  setAside = 0;
  private readonly setAsideBy = new Map<string, { column: string; count: number; rows: number[] }>();
  /** Records of the CI measure, by area, sector and year. */
  private readonly ciRecords = new Map<string, { ci: number; row: number }>();
  /** CI records: read, without a number, repeated, and matched to a kept record (set in applyCis). */
  private readonly ciStats = { read: 0, empty: 0, repeated: 0, matched: 0, noFigure: 0, ownCi: 0 };
  /** The value column and period of this pass (a wide table has one pass per period column). */
  private valueCol: number;
  private fixedYear = '';
  /** A later pass over records a first pass already counted. */
  private quiet = false;

  constructor(
    private readonly cols: ColumnMap,
    readonly keep: CellFilter[],
    /** Records with this cell give the kept records' CIs (see ParseOptions.ciFrom); null when none do. */
    readonly ciFrom: CellFilter | null,
  ) {
    this.valueCol = cols.value;
  }

  setPass(valueCol: number, fixedYear: string, quiet: boolean): void {
    this.valueCol = valueCol;
    this.fixedYear = fixedYear;
    this.quiet = quiet;
  }

  /** Whether record r passes the filters; counts it as set aside when not (once, in the first pass). */
  kept(r: string[], row: number): boolean {
    for (const k of this.keep) {
      const cell = clean(r[k.column]);
      if (cell === k.value) continue;
      const ciFrom = this.ciFrom;
      if (ciFrom !== null && k.column === ciFrom.column && cell === ciFrom.value) {
        if (!this.quiet) this.takeCi(r, row);
        return false;
      }
      if (!this.quiet) this.countSetAside(k.column, cell, row);
      return false;
    }
    return true;
  }

  private countSetAside(column: number, cell: string, row: number): void {
    this.setAside++;
    const key = column + '\u0000' + cell;
    let entry = this.setAsideBy.get(key);
    if (entry === undefined)
      this.setAsideBy.set(key, (entry = { column: this.cols.names[column], count: 0, rows: [] }));
    entry.count++;
    if (entry.rows.length < 5) entry.rows.push(row);
  }

  /** A record of the CI measure: its number, for the kept record with the same area, sector and year. */
  private takeCi(r: string[], row: number): void {
    const c = this.cols;
    const year = c.year >= 0 ? clean(r[c.year]) : this.fixedYear;
    const key =
      clean(r[c.area]) +
      '\u0000' +
      (c.sector >= 0 ? clean(r[c.sector]) : (c.fixedSector?.code ?? '')) +
      '\u0000' +
      year;
    this.ciStats.read++;
    const cell = clean(r[this.valueCol]);
    const ci = c.loose ? parseLooseNumber(cell) : parseNumberCell(cell);
    if (!(ci >= 0)) {
      this.ciStats.empty++;
      return;
    }
    if (this.ciRecords.has(key)) {
      this.ciStats.repeated++;
      return;
    }
    this.ciRecords.set(key, { ci, row });
  }

  /**
   * Gives accepted rows without a ci95 of their own the CI their CI record holds; CI records with
   * no figure to go with are set aside, and said so like any other. `keyOf(j)` is row j's
   * area, sector and year joined as in takeCi.
   */
  applyCis(out: { ci95: Float64Array; values: Float64Array }, m: number, keyOf: (j: number) => string): void {
    if (this.ciFrom === null) return;
    const used = new Set<string>();
    for (let j = 0; j < m; j++) {
      const key = keyOf(j);
      const rec = this.ciRecords.get(key);
      if (rec === undefined) continue;
      used.add(key);
      if (out.values[j] !== out.values[j]) this.ciStats.noFigure++;
      else if (out.ci95[j] === out.ci95[j]) this.ciStats.ownCi++;
      else {
        out.ci95[j] = rec.ci;
        this.ciStats.matched++;
      }
    }
    for (const [key, rec] of this.ciRecords) {
      if (!used.has(key)) this.countSetAside(this.ciFrom.column, this.ciFrom.value, rec.row);
    }
  }

  /** One info problem per value that set records aside, then how many figures got a CI. */
  report(problems: Problem[]): void {
    for (const [key, e] of this.setAsideBy) {
      const cell = key.slice(key.indexOf('\u0000') + 1);
      const chosen = this.keep.find((k) => this.cols.names[k.column] === e.column)?.value ?? '';
      problems.push(setAside(e.column, cell, chosen, e.count, e.rows));
    }
    if (this.ciFrom !== null)
      problems.push(cisFromMeasure(this.ciFrom.value, this.cols.names[this.ciFrom.column], this.ciStats));
  }
}
