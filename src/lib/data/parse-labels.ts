// The areas, sectors and years the CSV reader has met: each code's index, its first name and the
// row that named it first, so a later row naming the same code differently is reported once.

import type { ColumnMap } from './parse-header';
import * as say from './parse-messages';
import { periodSortKey } from './period';
import type { Problem } from './types';

/** Codes and labels by index, registered as accepted rows meet them. */
export class LabelIndex {
  private readonly areaIndex = new Map<string, number>();
  readonly areaCodes: string[] = [];
  readonly areaNames: string[] = [];
  private readonly areaFirstRow: number[] = [];
  private readonly areaWarned = new Set<number>();
  private readonly sectorIndex = new Map<string, number>();
  readonly sectorCodes: string[] = [];
  readonly sectorNames: string[] = [];
  private readonly sectorFirstRow: number[] = [];
  private readonly sectorWarned = new Set<number>();
  /** Year label → index among valid labels, or −1 for a label we do not recognise. */
  private readonly yearIndex = new Map<string, number>();
  readonly yearLabels: string[] = [];

  /** A year label not seen in the row before: its index, registering it when new, or −1 when not a period. */
  yearOf(year: string): number {
    let y = this.yearIndex.get(year);
    if (y === undefined) {
      y = periodSortKey(year) === null ? -1 : this.yearLabels.push(year) - 1;
      this.yearIndex.set(year, y);
    }
    return y;
  }

  /** An area not guessed from the row before: its index, registering it when new. */
  areaOf(code: string, name: string, row: number): number {
    let a = this.areaIndex.get(code);
    if (a === undefined) {
      a = this.areaCodes.push(code) - 1;
      this.areaIndex.set(code, a);
      this.areaNames.push(name);
      this.areaFirstRow.push(row);
    }
    return a;
  }

  sectorOf(code: string, name: string, row: number): number {
    let s = this.sectorIndex.get(code);
    if (s === undefined) {
      s = this.sectorCodes.push(code) - 1;
      this.sectorIndex.set(code, s);
      this.sectorNames.push(name);
      this.sectorFirstRow.push(row);
    }
    return s;
  }

  /** A row names its area a or sector s differently from the first row with that code: say so, once per code. */
  otherName(
    cols: ColumnMap,
    problems: Problem[],
    a: number,
    s: number,
    row: number,
    areaCode: string,
    areaName: string,
    sectorCode: string,
    sectorName: string,
  ): void {
    if (this.areaNames[a] !== areaName && !this.areaWarned.has(a)) {
      this.areaWarned.add(a);
      const column = cols.names[cols.areaName];
      problems.push(
        say.inconsistentName('area', row, column, areaCode, areaName, this.areaNames[a], this.areaFirstRow[a]),
      );
    }
    if (this.sectorNames[s] !== sectorName && !this.sectorWarned.has(s)) {
      this.sectorWarned.add(s);
      const column = cols.names[cols.sectorName];
      problems.push(
        say.inconsistentName(
          'sector',
          row,
          column,
          sectorCode,
          sectorName,
          this.sectorNames[s],
          this.sectorFirstRow[s],
        ),
      );
    }
  }
}
