// The row checks of the audit CSV reader: each data record's cells checked and the accepted rows
// kept column by column (no object per row), then duplicates found once at the end.
//
// Speed: this loop runs a million times for a big file. It uses column indices mapped once, no
// regexes or string building unless a cell is wrong (the words are in parse-messages), one check per
// distinct year, flag and status label, and guesses each row's area and sector index from the row
// before (files are sorted); only a new label or code leaves the loop for a method.

import type { ColumnMap } from './parse-header';
import { MeasureFilter } from './parse-filters';
import { dropRows, findRepeatedKeys } from './parse-keys';
import * as say from './parse-messages';
import { flagCodeOf } from './parse-flags';
import { LOOSE_MARKERS, VALUE_MARKERS, parseLooseNumber, parseNumberCell } from './parse-numbers';
import { clean, isBlankRecord, type QuoteErrors } from './parse-read';
import { LabelIndex } from './parse-labels';
import { FLAG_CODE, type ParsedTable, type Problem } from './types';

const SUPPRESSED = FLAG_CODE.suppressed;
const MISSING = FLAG_CODE.missing;

/** An ONS (GSS) code written with a lower-case letter: e06000001. */
const LOWER_GSS = /^[a-z]\d{8}$/;

/** Checks data records chunk by chunk and keeps the accepted rows, column by column (no object per row). */
export class RowReader {
  /** Accepted rows so far; their area, sector and year are in keyLog, the rest in these columns. */
  private count = 0;
  private values = new Float64Array(4096);
  private flagCodes = new Uint8Array(4096);
  private cis = new Float64Array(4096);
  private rowNums = new Int32Array(4096);
  /** Rows whose area or sector name differs from the first one seen for its code (rare). */
  private readonly nameOverrides = new Map<number, { areaName: string; sectorName: string }>();
  read = 0;
  rejected = 0;
  /** The optional filters (ColumnMap.keep, ciFrom); null when every record is read. */
  readonly filter: MeasureFilter | null;
  readonly wide: { columns: number[]; labels: string[] } | null;
  /** The value column in use (one per pass in a wide table). */
  private valueCol: number;
  /** The period label of the value column in a wide table. */
  private fixedYear = '';
  /** A later pass over records a first pass already reported on: say record-level problems once. */
  private quiet = false;
  /** Negative values are errors (see ParseOptions.counts). */
  counts = false;
  /** Area codes read in lower case (e06000001) or with spaces round them, and normalised (reported once). */
  codesUpcased = 0;
  codesTrimmed = 0;
  /** The areas, sectors and years met so far (their codes, names and indices). */
  private readonly labels = new LabelIndex();
  /** Flag cell text → FLAG_CODE (0 = no flag), or −1 for a flag we do not recognise. */
  private readonly flagCache = new Map<string, number>();
  /** Nomis statuses we did not recognise, reported once each. */
  private readonly unknownStatusSeen = new Set<string>();
  /** Area, sector and year index of each accepted row, three per row, for finding duplicates. */
  private keyLog = new Int32Array(3 * 4096);
  /** Index of the previous accepted row's area, sector and year: the next row usually has the same or the next. */
  private lastA = -1;
  private lastS = -1;
  private lastY = -1;

  constructor(
    private readonly cols: ColumnMap,
    private readonly problems: Problem[],
  ) {
    const keep = cols.keep && cols.keep.length > 0 ? cols.keep : null;
    this.filter = keep ? new MeasureFilter(cols, keep, cols.ciFrom ?? null) : null;
    this.wide = cols.wide ?? null;
    this.valueCol = cols.value;
  }

  /** Wide tables: read values from column `column`, for period `label`. */
  setPass(column: number, label: string, quiet: boolean): void {
    this.valueCol = column;
    this.fixedYear = label;
    this.quiet = quiet;
    this.filter?.setPass(column, label, quiet);
  }

  /** Check records data[start…]; data[0] is spreadsheet row `firstRow`. */
  feed(data: string[][], start: number, firstRow: number, quoteErrors: QuoteErrors | null): void {
    const { cols, problems, flagCache, filter, quiet, labels } = this;
    const { yearLabels, areaCodes, areaNames, sectorCodes, sectorNames } = labels;
    const names = cols.names;
    const nCols = names.length;
    const nomis = cols.format === 'nomis';
    const loose = cols.loose === true;
    const lenientFlags = nomis || loose;
    const [iArea, iAreaName, iSector, iSectorName, iYear, iValue, iFlag, iCi] = [
      cols.area,
      cols.areaName,
      cols.sector,
      cols.sectorName,
      cols.year,
      this.valueCol,
      cols.flag,
      cols.ci,
    ];
    const fixedSectorCode = cols.fixedSector?.code ?? '';
    const fixedSectorName = cols.fixedSector?.name ?? '';
    const fixedYear = this.fixedYear;
    const colYear = iYear >= 0 ? names[iYear] : names[iValue];
    const colValue = names[iValue];
    const colFlag = iFlag >= 0 ? names[iFlag] : '';
    const colCi = iCi >= 0 ? names[iCi] : '';
    let { read, rejected, keyLog, lastA, lastS, lastY } = this;

    for (let i = start; i < data.length; i++) {
      const r = data[i];
      const row = firstRow + i;

      if (r.length !== nCols || quoteErrors !== null) {
        if (r.length === 1 && r[0].length === 0) continue; // a blank line, decided cheaply
        if (isBlankRecord(r)) continue;
        const qe = quoteErrors?.get(i);
        if (qe !== undefined || r.length !== nCols) {
          read++;
          rejected++;
          if (!quiet) problems.push(this.recordProblem(row, r, qe));
          continue;
        }
      }
      if (filter !== null && !filter.kept(r, row)) continue;

      const areaCode = this.areaCodeOf(r[iArea]);
      const areaName = clean(r[iAreaName]);
      const sectorCode = iSector >= 0 ? clean(r[iSector]) : fixedSectorCode;
      const sectorName = iSectorName >= 0 ? clean(r[iSectorName]) : fixedSectorName;
      const year = iYear >= 0 ? clean(r[iYear]) : fixedYear;
      const rawValue = clean(r[iValue]);
      const rawFlag = iFlag >= 0 ? clean(r[iFlag]) : '';
      const rawCi = iCi >= 0 ? clean(r[iCi]) : '';

      let bad = false;
      if (
        areaCode.length === 0 ||
        areaName.length === 0 ||
        sectorCode.length === 0 ||
        sectorName.length === 0 ||
        year.length === 0
      ) {
        if (isBlankRecord(r)) continue;
        bad = quiet || this.emptyRequired(row, areaCode, areaName, sectorCode, sectorName, year);
      }
      read++;

      // Year: each distinct label is checked once.
      let y = -1;
      if (lastY >= 0 && yearLabels[lastY] === year) y = lastY;
      else if (year.length > 0 && (y = labels.yearOf(year)) < 0) {
        bad = true;
        problems.push(say.unknownYear(row, colYear, year));
      }

      // Flag: canonical flag names, or Nomis status letters and markers.
      let flagCode = 0;
      if (rawFlag.length > 0) {
        let fc = flagCache.get(rawFlag);
        if (fc === undefined) flagCache.set(rawFlag, (fc = flagCodeOf(rawFlag, nomis, loose)));
        if (fc >= 0) flagCode = fc;
        else if (lenientFlags) this.unknownStatus(row, colFlag, rawFlag);
        else {
          bad = true;
          problems.push(say.unknownFlag(row, colFlag, rawFlag));
        }
      }

      // Value: a number, a marker, or empty. A missing value is never zero.
      let value = NaN;
      if (rawValue.length === 0) {
        if (flagCode === 0 && (rawFlag.length === 0 || lenientFlags)) {
          flagCode = MISSING;
          problems.push(say.emptyValueNoFlag(row, colValue));
        }
      } else {
        let n = parseNumberCell(rawValue);
        if (n !== n && loose && !VALUE_MARKERS.has(rawValue)) n = parseLooseNumber(rawValue);
        if (n === n) {
          value = n;
          if (n < 0) {
            bad ||= this.counts;
            problems.push(say.negativeValue(row, colValue, rawValue, this.counts));
          }
          if (flagCode === SUPPRESSED || flagCode === MISSING) {
            problems.push(say.flagConflict(row, colFlag, rawFlag, nomis, flagCode, rawValue));
          }
        } else {
          const marker = VALUE_MARKERS.get(rawValue) ?? (loose ? LOOSE_MARKERS.get(rawValue.toLowerCase()) : undefined);
          // An explicit flag says more than a marker, so it wins.
          if (marker !== undefined) flagCode ||= FLAG_CODE[marker];
          else {
            bad = true;
            problems.push(say.nonNumericValue(row, colValue, rawValue));
          }
        }
      }

      // Confidence interval half-width.
      let ci = NaN;
      if (rawCi.length > 0) {
        const n = loose ? parseLooseNumber(rawCi) : parseNumberCell(rawCi);
        if (n >= 0) ci = n;
        else {
          bad = true;
          problems.push(n !== n ? say.nonNumericCi(row, colCi, rawCi) : say.negativeCi(row, colCi, rawCi));
        }
      }

      if (bad) {
        rejected++;
        continue;
      }

      // Codes are registered only from rows that pass the checks above. Rows come sorted, so a
      // row's area is usually the same as or next after the row before's.
      let a: number;
      if (lastA + 1 < areaCodes.length && areaCodes[lastA + 1] === areaCode) a = lastA + 1;
      else if (lastA >= 0 && areaCodes[lastA] === areaCode) a = lastA;
      else a = labels.areaOf(areaCode, areaName, row);
      let s: number;
      if (lastS >= 0 && sectorCodes[lastS] === sectorCode) s = lastS;
      else if (lastS + 1 < sectorCodes.length && sectorCodes[lastS + 1] === sectorCode) s = lastS + 1;
      else s = labels.sectorOf(sectorCode, sectorName, row);
      lastA = a;
      lastS = s;
      lastY = y;

      const n = this.count;
      const k = 3 * n;
      if (k === keyLog.length) keyLog = this.growKeys();
      if (n === this.values.length) this.grow();
      keyLog[k] = a;
      keyLog[k + 1] = s;
      keyLog[k + 2] = y;
      this.values[n] = value;
      this.flagCodes[n] = flagCode;
      this.cis[n] = ci;
      this.rowNums[n] = row;
      // Accepted rows share one string per distinct code and name (the first seen); a row that
      // names its area or sector differently keeps its own name, and the first such row is reported.
      if (areaNames[a] !== areaName || sectorNames[s] !== sectorName) {
        labels.otherName(cols, problems, a, s, row, areaCode, areaName, sectorCode, sectorName);
        this.nameOverrides.set(n, { areaName, sectorName });
      }
      this.count = n + 1;
    }
    this.read = read;
    this.rejected = rejected;
    this.lastA = lastA;
    this.lastS = lastS;
    this.lastY = lastY;
  }

  /** An area code cell, trimmed, and in capitals when it is an ONS code typed in lower case (the same area). */
  private areaCodeOf(cell: string): string {
    let code = clean(cell);
    if (code.length !== cell.length && code.length > 0 && !this.quiet) this.codesTrimmed++;
    const c0 = code.charCodeAt(0);
    if (code.length === 9 && c0 >= 97 && c0 <= 122 && LOWER_GSS.test(code)) {
      code = code.toUpperCase();
      if (!this.quiet) this.codesUpcased++;
    }
    return code;
  }

  /**
   * Make room for about `rows` accepted rows at once, when the first chunk tells how many the text
   * holds: a million rows grown by doubling would copy every column eight times over.
   */
  reserve(rows: number): void {
    if (rows <= this.values.length) return;
    const keys = new Int32Array(3 * rows);
    keys.set(this.keyLog.subarray(0, 3 * this.count));
    this.keyLog = keys;
    this.resize(rows);
  }

  private growKeys() {
    const bigger = new Int32Array(2 * this.keyLog.length);
    bigger.set(this.keyLog);
    return (this.keyLog = bigger);
  }

  private grow(): void {
    this.resize(2 * this.values.length);
  }

  private resize(size: number): void {
    const values = new Float64Array(size);
    values.set(this.values);
    this.values = values;
    const flags = new Uint8Array(size);
    flags.set(this.flagCodes);
    this.flagCodes = flags;
    const cis = new Float64Array(size);
    cis.set(this.cis);
    this.cis = cis;
    const rowNums = new Int32Array(size);
    rowNums.set(this.rowNums);
    this.rowNums = rowNums;
  }

  /**
   * Reject rows that repeat an earlier row's area, sector and year (the first is kept), and
   * return the accepted rows as a table. Done once at the end, a fast pass over flat arrays.
   */
  finish(): ParsedTable {
    const n = this.count;
    const { problems } = this;
    const { areaCodes, areaNames, sectorCodes, sectorNames, yearLabels } = this.labels;
    const { repeat, first } = findRepeatedKeys(this.keyLog, n, areaCodes.length, sectorCodes.length, yearLabels.length);
    const keys = this.keyLog;
    for (let k = 0; k < repeat.length; k++) {
      const i = repeat[k];
      const [a, s, y] = [keys[3 * i], keys[3 * i + 1], keys[3 * i + 2]];
      problems.push(
        say.duplicateKey(this.rowNums[i], areaCodes[a], sectorCodes[s], yearLabels[y], this.rowNums[first[k]]),
      );
    }
    if (repeat.length > 0) {
      this.rejected += repeat.length;
      // Problems were reported in file order; keep it so (file-level problems first, stable sort).
      problems.sort((x, y) => (x.row ?? 0) - (y.row ?? 0));
    }
    const m = n - repeat.length;
    const rows = { keys: this.keyLog, values: this.values, flags: this.flagCodes, ci95: this.cis, rows: this.rowNums };
    const { names, ...out } = dropRows(rows, n, repeat, this.nameOverrides);
    const k = out.keys;
    this.filter?.applyCis(
      out,
      m,
      (j) => areaCodes[k[3 * j]] + '\u0000' + sectorCodes[k[3 * j + 1]] + '\u0000' + yearLabels[k[3 * j + 2]],
    );
    return {
      count: m,
      areaCodes,
      areaNames,
      sectorCodes,
      sectorNames,
      years: yearLabels,
      ...out,
      names,
    };
  }

  /** A record that cannot be split into the header's columns: a quote problem or a wrong cell count. */
  private recordProblem(row: number, r: string[], qe: 'unclosed' | 'malformed' | undefined): Problem {
    const names = this.cols.names;
    if (qe === 'unclosed') return say.unclosedQuote(row, r.length <= names.length ? names[r.length - 1] || null : null);
    if (qe === 'malformed') return say.malformedQuote(row);
    return say.fieldCount(row, r.length, names.length);
  }

  /** Report each empty required cell; returns true (the row is rejected). */
  private emptyRequired(row: number, ...cells: string[]): true {
    const c = this.cols;
    const indices = [c.area, c.areaName, c.sector, c.sectorName, c.year];
    for (let k = 0; k < cells.length; k++) {
      if (cells[k].length > 0 || indices[k] < 0 || indices.indexOf(indices[k]) < k) continue;
      this.problems.push(say.emptyRequired(row, c.names[indices[k]]));
    }
    return true;
  }

  private unknownStatus(row: number, column: string, status: string): void {
    if (this.unknownStatusSeen.has(status)) return;
    this.unknownStatusSeen.add(status);
    this.problems.push(say.unknownStatus(row, column, status));
  }
}
