// Reading an audit CSV (canonical or Nomis bulk) into AuditRows, with a plain-English account of
// every problem. Runs unchanged in Node (the data build) and in the browser (a user's own file).
//
// Row numbers: a row number is the number of the CSV *record*, counted the way a spreadsheet
// numbers its rows when it opens the file: the header is row 1 and the first data record is row 2.
// A quoted cell that contains line breaks is still one record (one spreadsheet row), so row numbers
// stay right after it. Blank lines count as rows (a spreadsheet shows them as empty rows), but they
// are skipped silently and not counted in `stats.read`. A "blank" record is one whose cells are all
// empty or spaces, such as ",,,,," at the end of an Excel export.
//
// Every non-blank data record ends up in exactly one place: in `rows` (accepted, perhaps with
// warnings) or rejected with at least one 'error' problem that names its row. When the file as a
// whole cannot be read (empty, not text, unknown format, …) there is a file-level error, no rows
// are read and the stats are all zero.
//
// The parts: parse-read (text into records, in chunks; csv-chunk reads plain chunks, papaparse
// the rest), parse-header and parse-mapped (which column is which), parse-rows (the row checks, a
// column store of accepted rows), parse-numbers and parse-flags (cells), parse-filters (one
// measure kept, another giving CIs), parse-keys (repeated keys), parse-messages (the words).
//
// Speed: this is on the path of a 1,000,000-row file. The text is read in chunks and each chunk's
// records are checked and dropped before the next is read, so the parsed records of the whole file
// never sit in memory at once.

import { detectDelimiter, readHeader } from './parse-header';
import { mappedHeader, type MappedColumns } from './parse-mapped';
import * as say from './parse-messages';
import { isBlankRecord, looksLikeBinary, quoteErrorsOf, readRecords } from './parse-read';
import { RowReader } from './parse-rows';
import {
  FLAG_FROM_CODE,
  type AuditRow,
  type ParseResult,
  type ParsedTable,
  type Problem,
  type SourceFormat,
} from './types';

export type { MappedColumns } from './parse-mapped';

export interface ParseOptions {
  /** Named in file-level messages: 'The file "x.csv" is empty.' */
  fileName?: string;
  /**
   * Characters papaparse reads at a time (default 256 KiB). Results do not depend on it; tests set
   * it small to check that records split across chunks are read the same.
   */
  chunkSize?: number;
  /**
   * Columns chosen by hand (the importer's column mapping), as indices into the header record,
   * instead of recognising the header's names. See MappedColumns.
   */
  columns?: MappedColumns;
  /**
   * Read only records whose cell in `column` (index into the header) equals `value`, trimmed: one
   * Nomis measure out of several, say. The others are set aside, counted in `stats.setAside` and
   * described by one 'set-aside' info problem per value.
   */
  keep?: { column: number; value: string }[];
  /**
   * With `keep`: records whose cell in `column` is `value` (another measure of the same cells, such
   * as Nomis's "Confidence" beside "Variable") give the 95% confidence interval (half-width, in the
   * value's units) of the kept record with the same area, sector and year, instead of being set
   * aside. A kept record's own ci95 cell wins; one that matches no kept record is set aside as usual.
   */
  ciFrom?: { column: number; value: string };
  /** Called after each chunk with the characters read so far and the text's length. */
  onProgress?: (done: number, total: number) => void;
  /**
   * The values are counts (the importer's default): a negative one is an error and its row is left
   * out, since shares and LQs of a negative count mean nothing. Without it a negative value is kept
   * with a warning (an indicator may be below 0).
   */
  counts?: boolean;
}

/** Small enough that a chunk's records are short-lived garbage, big enough that chunks are few. */
const DEFAULT_CHUNK_SIZE = 1 << 18;

/** The accepted rows as objects, in file order. */
export function tableRows(t: ParsedTable): AuditRow[] {
  const out = new Array<AuditRow>(t.count);
  for (let i = 0; i < t.count; i++) {
    const a = t.keys[3 * i];
    const s = t.keys[3 * i + 1];
    const v = t.values[i];
    const c = t.ci95[i];
    const o = t.names.get(i);
    out[i] = {
      areaCode: t.areaCodes[a],
      areaName: o ? o.areaName : t.areaNames[a],
      sectorCode: t.sectorCodes[s],
      sectorName: o ? o.sectorName : t.sectorNames[s],
      year: t.years[t.keys[3 * i + 2]],
      value: v === v ? v : null,
      flag: FLAG_FROM_CODE[t.flags[i]],
      ci95: c === c ? c : null,
      row: t.rows[i],
    };
  }
  return out;
}

export function emptyTable(): ParsedTable {
  return {
    count: 0,
    areaCodes: [],
    areaNames: [],
    sectorCodes: [],
    sectorNames: [],
    years: [],
    keys: new Int32Array(0),
    values: new Float64Array(0),
    flags: new Uint8Array(0),
    ci95: new Float64Array(0),
    rows: new Int32Array(0),
    names: new Map(),
  };
}

/**
 * Read an audit CSV held in a string: the canonical form or a Nomis bulk download.
 * Never throws for any text; everything wrong is described in `problems`.
 */
export function parseAuditCsv(text: string, options: ParseOptions = {}): ParseResult {
  const problems: Problem[] = [];
  const file = options.fileName ? `The file "${options.fileName}"` : 'The file';
  const fail = (format: SourceFormat | null): ParseResult => ({
    format,
    rows: [],
    problems,
    stats: { read: 0, accepted: 0, rejected: 0 },
    table: emptyTable(),
  });

  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    problems.push(say.bomRemoved());
  }
  if (/^\s*$/.test(text)) {
    problems.push(say.emptyFile(file));
    return fail(null);
  }
  if (looksLikeBinary(text)) {
    problems.push(say.notText(file));
    return fail(null);
  }

  const state = {
    reader: null as RowReader | null,
    stopped: false,
    format: null as SourceFormat | null,
    /** Records (blank ones included) in the chunks before this one. */
    recordsBefore: 0,
  };

  /** Check one batch of records; false when the file cannot be read further. */
  const handle = (data: string[][], errors: Parameters<typeof quoteErrorsOf>[0], cursor: number): boolean => {
    const quoteErrors = quoteErrorsOf(errors);

    let start = 0;
    if (state.reader === null) {
      // The header is the first non-blank record.
      while (start < data.length && isBlankRecord(data[start])) start++;
      if (start === data.length) {
        state.recordsBefore += data.length;
        return true;
      }
      const headerRow = state.recordsBefore + start + 1;
      if (quoteErrors?.get(start) === 'unclosed') {
        problems.push(say.headerUnclosedQuote(headerRow));
        state.stopped = true;
        return false;
      }
      const outcome = options.columns
        ? mappedHeader(data[start], headerRow, options.columns, problems)
        : readHeader(data[start], headerRow, problems);
      if (!outcome.ok) {
        state.format = outcome.format;
        state.stopped = true;
        return false;
      }
      state.format = outcome.columns.format;
      const keep = options.keep?.filter((k) => k.column >= 0 && k.column < outcome.columns.names.length);
      if (keep && keep.length > 0) outcome.columns.keep = [...(outcome.columns.keep ?? []), ...keep];
      const ciFrom = options.ciFrom;
      if (ciFrom && outcome.columns.keep?.some((k) => k.column === ciFrom.column && k.value !== ciFrom.value)) {
        outcome.columns.ciFrom = ciFrom;
      }
      state.reader = new RowReader(outcome.columns, problems);
      state.reader.counts = options.counts === true;
      // The first chunk's records per character tell about how many rows the text holds (a filter
      // keeps an unknown share of them, so then the columns grow as needed).
      if (state.reader.filter === null && cursor > 0 && cursor < text.length) {
        const passes = state.reader.wide?.columns.length ?? 1;
        state.reader.reserve(Math.ceil(((text.length * data.length) / cursor) * passes * 1.05) + 16);
      }
      start++;
    }
    const wide = state.reader.wide;
    if (wide === null) state.reader.feed(data, start, state.recordsBefore + 1, quoteErrors);
    else {
      // A wide table: one pass over the chunk per period column, so each value keeps its
      // record's row number and its own column name; record-level problems are said once.
      for (let k = 0; k < wide.columns.length; k++) {
        state.reader.setPass(wide.columns[k], wide.labels[k], k > 0);
        state.reader.feed(data, start, state.recordsBefore + 1, quoteErrors);
      }
    }
    state.recordsBefore += data.length;
    return true;
  };

  readRecords(text, detectDelimiter(text), options.chunkSize ?? DEFAULT_CHUNK_SIZE, (data, errors, cursor) => {
    const go = handle(data, errors, cursor);
    options.onProgress?.(cursor, text.length);
    return go;
  });

  const { reader, format } = state;
  if (state.stopped) return fail(format);
  if (reader === null) {
    // Only blank records, such as lines of commas.
    problems.push(say.blankRecordsOnly(file));
    return fail(null);
  }
  if (reader.read === 0) {
    problems.push(say.noDataRows(file));
    return fail(format);
  }
  const table = reader.finish();
  const stats: ParseResult['stats'] = { read: reader.read, accepted: table.count, rejected: reader.rejected };
  if (reader.filter !== null) {
    stats.setAside = reader.filter.setAside;
    reader.filter.report(problems);
  }
  if (reader.codesUpcased > 0 || reader.codesTrimmed > 0)
    problems.push(say.codesNormalised(reader.codesUpcased, reader.codesTrimmed));
  // Row objects are made only if someone asks for them: a million of them cost more (in garbage
  // collection) than reading the file, and the cube is built straight from the table.
  let rows: AuditRow[] | null = null;
  return {
    format,
    problems,
    stats,
    table,
    get rows() {
      rows ??= tableRows(table);
      return rows;
    },
  };
}
