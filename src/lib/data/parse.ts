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
// Speed: this is on the path of a 1,000,000-row file. papaparse reads the text in chunks and each
// chunk's records are checked and dropped before the next is read, so the parsed records of the
// whole file never sit in memory at once. The per-row loop uses column indices mapped once, no
// regexes or string building unless a cell is wrong, one check per distinct year, flag and status
// label, guesses each row's area, sector and year index from the row before (files are sorted),
// and finds duplicate keys afterwards in one pass over a flat table of index triples.

import Papa, { type ParseConfig, type ParseResult as PapaResult, type Parser } from 'papaparse';
import { periodSortKey } from './period';
import { LOOSE_MARKERS, VALUE_MARKERS, parseLooseNumber, parseNumberCell } from './parse-numbers';
import { findRepeatedKeys } from './parse-keys';
import { detectDelimiter, fileProblem, readHeader, type ColumnMap, type HeaderOutcome } from './parse-header';
import {
  FLAG_CODE,
  FLAG_FROM_CODE,
  type AuditRow,
  type Flag,
  type ParseResult,
  type ParsedTable,
  type Problem,
  type ProblemCode,
  type Severity,
  type SourceFormat,
} from './types';

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

/**
 * A hand-made column mapping (indices into the header record). `areaName` may equal `area` (and
 * `sectorName` equal `sector`) when the file has only one of code and name. Cells are read loosely:
 * numbers may end in %, carry a currency sign or space-separated thousands; flags may be flag
 * names, value markers or Nomis status letters.
 */
export interface MappedColumns {
  area: number;
  areaName: number;
  sector: number;
  sectorName: number;
  /** −1 for a wide table (one value column per period, listed in `wide`). */
  year: number;
  /** −1 for a wide table. */
  value: number;
  flag: number;
  ci: number;
  /** Wide table: the value columns and the period label each holds. */
  wide?: { columns: number[]; labels: string[] };
  /** Only records whose cell in `column` equals `value` (trimmed) are read; the others are set aside and counted. */
  keep?: { column: number; value: string }[];
  /** An indicator file with no sector column: every row gets this sector; `sector` and `sectorName` are −1. */
  fixedSector?: { code: string; name: string };
}

/** Small enough that a chunk's records are short-lived garbage, big enough that chunks are few. */
const DEFAULT_CHUNK_SIZE = 1 << 18;

// Local copies: the per-row loop should not go through module bindings.
const FLAG_OF_CODE = FLAG_FROM_CODE;
const SUPPRESSED = FLAG_CODE.suppressed;
const MISSING = FLAG_CODE.missing;

/** Flag names accepted in a canonical `flag` column (any case). */
const FLAG_NAMES: ReadonlyMap<string, Flag> = new Map(
  (['suppressed', 'unreliable', 'missing', 'rounded'] as const).map((f) => [f, f]),
);

/**
 * Nomis OBS_STATUS values: A is a normal value; Q and M are SDMX's "suppressed" and "missing";
 * the value markers (!, ~, -, *, .., :, x, c) mean what they mean in a value cell.
 */
const NOMIS_STATUS: ReadonlyMap<string, Flag | null> = new Map<string, Flag | null>([
  ['A', null],
  ['a', null],
  ['Q', 'suppressed'],
  ['q', 'suppressed'],
  ['M', 'missing'],
  ['m', 'missing'],
  ...VALUE_MARKERS,
]);

/** Flag cells in a hand-mapped file: flag names, value markers or Nomis status letters. */
const LOOSE_FLAGS: ReadonlyMap<string, Flag | null> = new Map<string, Flag | null>([...NOMIS_STATUS, ...FLAG_NAMES]);

/** Longest cell text quoted back in a message. */
const MAX_QUOTE = 60;

/** A cell's text quoted for a message, shortened when long. */
function q(s: string): string {
  return '"' + (s.length > MAX_QUOTE ? s.slice(0, MAX_QUOTE) + '…' : s) + '"';
}

/** Trimmed cell text; most cells have nothing to trim, and trim() is not free. */
/** An ONS (GSS) code written with a lower-case letter: e06000001. */
const LOWER_GSS = /^[a-z]\d{8}$/;

function clean(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(n - 1);
  return a > 32 && a < 127 && b > 32 && b < 127 ? s : s.trim();
}

function isBlankRecord(r: string[]): boolean {
  for (let j = 0; j < r.length; j++) if (r[j].length > 0 && r[j].trim().length > 0) return false;
  return true;
}

/** Binary files renamed .csv, or text decoded with the wrong encoding. */
export function looksLikeBinary(text: string): boolean {
  if (text.indexOf('\u0000') >= 0) return true;
  const n = Math.min(text.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127 || c === 0xfffd) bad++;
  }
  return bad > 4 && bad > n * 0.01;
}

/**
 * papaparse streams a string in chunks when given `chunk` (StringStreamer, synchronously); its
 * type declarations only mention chunking for files, so the call is typed here.
 */
type ChunkedStringConfig = ParseConfig<string[]> & {
  chunkSize: number;
  chunk(results: PapaResult<string[]>, parser: Parser): void;
};
const parseInChunks = Papa.parse as unknown as (text: string, config: ChunkedStringConfig) => void;

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
      flag: FLAG_OF_CODE[t.flags[i]],
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

type Push = (code: ProblemCode, severity: Severity, row: number, column: string | null, message: string) => void;
type QuoteErrors = Map<number, 'unclosed' | 'malformed'>;

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
    problems.push(
      fileProblem('bom-removed', 'info', 'The file starts with a byte order mark (Excel writes one in "CSV UTF-8"); it was removed.'),
    );
  }
  if (/^\s*$/.test(text)) {
    problems.push(fileProblem('empty-file', 'error', `${file} is empty: there is nothing to read.`));
    return fail(null);
  }
  if (looksLikeBinary(text)) {
    problems.push(
      fileProblem(
        'not-text',
        'error',
        `${file} does not look like a CSV text file: it contains binary or unreadable characters. ` +
          'If it is a spreadsheet, save it as "CSV UTF-8" and load that.',
      ),
    );
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
  const handle = (data: string[][], errors: readonly Papa.ParseError[]): boolean => {
    // Quote errors by record index in this chunk. MissingQuotes: the rest of the text fell into one cell.
    let quoteErrors: QuoteErrors | null = null;
    for (const e of errors) {
      if ((e.code !== 'MissingQuotes' && e.code !== 'InvalidQuotes') || typeof e.row !== 'number') continue;
      quoteErrors ??= new Map();
      if (e.code === 'MissingQuotes') quoteErrors.set(e.row, 'unclosed');
      else if (!quoteErrors.has(e.row)) quoteErrors.set(e.row, 'malformed');
    }

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
        problems.push({
          code: 'unclosed-quote',
          severity: 'error',
          row: headerRow,
          column: null,
          message: `Row ${headerRow} (the header): a quote mark (") opens a cell that is never closed, so the header cannot be read.`,
        });
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
    const go = handle(data, errors);
    options.onProgress?.(cursor, text.length);
    return go;
  });

  const { reader, format } = state;
  if (state.stopped) return fail(format);
  if (reader === null) {
    // Only blank records, such as lines of commas.
    problems.push(fileProblem('empty-file', 'error', `${file} is empty: it has no header and no data.`));
    return fail(null);
  }
  if (reader.read === 0) {
    problems.push(fileProblem('no-data-rows', 'error', `${file} has a header but no data rows.`));
    return fail(format);
  }
  const table = reader.finish(problems);
  const stats: ParseResult['stats'] = { read: reader.read, accepted: table.count, rejected: reader.rejected };
  if (reader.keep !== null) {
    stats.setAside = reader.setAside;
    reader.reportSetAside(problems);
  }
  if (reader.ciFrom !== null) reader.reportCis(problems);
  if (reader.codesUpcased > 0 || reader.codesTrimmed > 0) {
    const parts: string[] = [];
    if (reader.codesUpcased > 0) parts.push(`${reader.codesUpcased.toLocaleString('en-GB')} in lower case were read in capitals (e06000001 as E06000001)`);
    if (reader.codesTrimmed > 0) parts.push(`${reader.codesTrimmed.toLocaleString('en-GB')} had spaces around them, which were removed`);
    problems.push(fileProblem('codes-normalised', 'info', `Area codes normalised: ${parts.join('; ')}.`));
  }
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

/**
 * Read the records of `text` in chunks with papaparse, calling `handle` with each chunk's records
 * (blank ones included, so record i of the text is spreadsheet row i + 1), its quote errors and
 * how far into the text it has read; `handle` returns false to stop. A chunk that completes no
 * record means a cell is still open (a stray quote, or one huge quoted cell): papaparse would
 * re-read a growing remainder for every further chunk, so the rest of the text is read in one go.
 */
export function readRecords(
  text: string,
  delimiter: string,
  chunkSize: number,
  handle: (data: string[][], errors: readonly Papa.ParseError[], cursor: number) => boolean,
): void {
  let resumeAt = -1;
  // One line break for the whole text: papaparse would guess it afresh in every chunk, so a file
  // that mixes CRLF and LF would split differently depending on where the chunks fall.
  let linebreak = detectLinebreak(text);
  parseInChunks(text, {
    header: false,
    skipEmptyLines: false,
    ...(delimiter ? { delimiter } : {}),
    ...(linebreak ? { newline: linebreak as '\n' | '\r' | '\r\n' } : {}),
    chunkSize,
    chunk(results, parser) {
      if (results.data.length === 0 && results.meta.cursor < text.length) {
        resumeAt = results.meta.cursor;
        linebreak ||= results.meta.linebreak;
        parser.abort();
      } else if (!handle(results.data, results.errors, results.meta.cursor)) parser.abort();
    },
  });
  if (resumeAt >= 0) {
    const rest = Papa.parse<string[]>(text.slice(resumeAt), {
      header: false,
      skipEmptyLines: false,
      ...(delimiter ? { delimiter } : {}),
      ...(linebreak ? { newline: linebreak as '\n' | '\r' | '\r\n' } : {}),
    });
    handle(rest.data, rest.errors, text.length);
  }
}

/** The text's first line break outside quotes ('\r\n', '\n' or '\r'), or '' when it has none in its first 1 MiB. */
export function detectLinebreak(text: string): string {
  const n = Math.min(text.length, 1 << 20);
  let inQuotes = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (!inQuotes && c === 10) return '\n';
    else if (!inQuotes && c === 13) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
  }
  return '';
}

/** The header of a file whose columns were mapped by hand: check the indices against it. */
function mappedHeader(record: string[], row: number, m: MappedColumns, problems: Problem[]): HeaderOutcome {
  const names = record.map((c) => c.trim());
  const indices = [m.area, m.areaName, m.sector, m.sectorName, m.year, m.value, m.flag, m.ci];
  for (const j of m.wide?.columns ?? []) indices.push(j);
  for (const k of m.keep ?? []) indices.push(k.column);
  const required = m.fixedSector ? [m.area, m.areaName] : [m.area, m.areaName, m.sector, m.sectorName];
  if (m.wide) {
    if (m.wide.columns.length === 0 || m.wide.columns.length !== m.wide.labels.length) required.push(-1);
  } else required.push(m.year, m.value);
  if (required.some((j) => j < 0) || indices.some((j) => j >= names.length)) {
    problems.push(
      fileProblem(
        'missing-column',
        'error',
        `The column mapping does not fit the header (row ${row}), which has ${names.length} column${names.length === 1 ? '' : 's'}: ` +
          'choose an area, a sector, a year (or year columns) and a value column.',
      ),
    );
    return { ok: false, format: null };
  }
  return {
    ok: true,
    columns: {
      format: 'canonical',
      area: m.area,
      areaName: m.areaName,
      sector: m.sector,
      sectorName: m.sectorName,
      year: m.wide ? -1 : m.year,
      value: m.wide ? m.wide.columns[0] : m.value,
      flag: m.flag,
      ci: m.ci,
      names,
      loose: true,
      ...(m.wide ? { wide: m.wide } : {}),
      ...(m.keep && m.keep.length ? { keep: m.keep } : {}),
      ...(m.fixedSector ? { fixedSector: m.fixedSector, sector: -1, sectorName: -1 } : {}),
    },
  };
}

/** Checks data records chunk by chunk and keeps the accepted rows, column by column (no object per row). */
class RowReader {
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
  /** Records set aside by `keep` (another measure, say), and how many per cell text that did not match. */
  setAside = 0;
  private readonly setAsideBy = new Map<string, { column: string; count: number; rows: number[] }>();
  readonly keep: { column: number; value: string }[] | null;
  /** Records of another measure that carry CIs (see ParseOptions.ciFrom), by area, sector and year. */
  readonly ciFrom: { column: number; value: string } | null;
  private readonly ciRecords = new Map<string, { ci: number; row: number }>();
  /** CI records: read, without a number, repeated, and matched to a kept record (set in finish). */
  private ciStats = { read: 0, empty: 0, repeated: 0, matched: 0, noFigure: 0, ownCi: 0 };
  readonly wide: { columns: number[]; labels: string[] } | null;
  /** The value column in use (one per pass in a wide table). */
  private valueCol: number;
  /** The period label of the value column in a wide table. */
  private fixedYear = '';
  /** A later pass over records a first pass already reported on: say record-level problems once. */
  private quiet = false;

  /** Area codes read in lower case (e06000001) or with spaces round them, and normalised (reported once). */
  /** See ParseOptions.counts. */
  counts = false;
  codesUpcased = 0;
  codesTrimmed = 0;
  private readonly areaIndex = new Map<string, number>();
  private readonly areaCodes: string[] = [];
  private readonly areaNames: string[] = [];
  private readonly areaFirstRow: number[] = [];
  private readonly areaWarned = new Set<number>();
  private readonly sectorIndex = new Map<string, number>();
  private readonly sectorCodes: string[] = [];
  private readonly sectorNames: string[] = [];
  private readonly sectorFirstRow: number[] = [];
  private readonly sectorWarned = new Set<number>();
  /** Year label → index among valid labels, or −1 for a label we do not recognise. */
  private readonly yearIndex = new Map<string, number>();
  private readonly yearLabels: string[] = [];
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
  private readonly push: Push;

  constructor(
    private readonly cols: ColumnMap,
    problems: Problem[],
  ) {
    this.push = (code, severity, row, column, message) => {
      problems.push({ code, severity, row, column, message });
    };
    this.keep = cols.keep && cols.keep.length > 0 ? cols.keep : null;
    this.ciFrom = this.keep && cols.ciFrom ? cols.ciFrom : null;
    this.wide = cols.wide ?? null;
    this.valueCol = cols.value;
  }

  /** Wide tables: read values from column `column`, for period `label`. */
  setPass(column: number, label: string, quiet: boolean): void {
    this.valueCol = column;
    this.fixedYear = label;
    this.quiet = quiet;
  }

  /** Whether record r passes the `keep` filters; counts it as set aside when not (once, in the first pass). */
  private kept(r: string[], row: number): boolean {
    for (const k of this.keep!) {
      const cell = clean(r[k.column]);
      if (cell === k.value) continue;
      const ciFrom = this.ciFrom;
      if (ciFrom !== null && k.column === ciFrom.column && cell === ciFrom.value) {
        if (!this.quiet) this.takeCi(r, row);
        return false;
      }
      if (!this.quiet) {
        this.setAside++;
        const key = k.column + '\u0000' + cell;
        let entry = this.setAsideBy.get(key);
        if (entry === undefined) {
          entry = { column: this.cols.names[k.column], count: 0, rows: [] };
          this.setAsideBy.set(key, entry);
        }
        entry.count++;
        if (entry.rows.length < 5) entry.rows.push(row);
      }
      return false;
    }
    return true;
  }

  /** A record of the CI measure: its number, for the kept record with the same area, sector and year. */
  private takeCi(r: string[], row: number): void {
    const c = this.cols;
    const year = c.year >= 0 ? clean(r[c.year]) : this.fixedYear;
    const key = clean(r[c.area]) + '\u0000' + (c.sector >= 0 ? clean(r[c.sector]) : (c.fixedSector?.code ?? '')) + '\u0000' + year;
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

  /** Gives kept rows without a ci95 of their own the CI their CI record holds (in finish). */
  private applyCis(out: { keys: Int32Array; ci95: Float64Array; values: Float64Array }, m: number): void {
    const used = new Set<string>();
    for (let j = 0; j < m; j++) {
      const key =
        this.areaCodes[out.keys[3 * j]] + '\u0000' + this.sectorCodes[out.keys[3 * j + 1]] + '\u0000' + this.yearLabels[out.keys[3 * j + 2]];
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
    // CI records with no figure to go with are set aside, and said so like any other.
    for (const [key, rec] of this.ciRecords) {
      if (used.has(key)) continue;
      this.setAside++;
      const ciFrom = this.ciFrom!;
      const setKey = ciFrom.column + '\u0000' + ciFrom.value;
      let entry = this.setAsideBy.get(setKey);
      if (entry === undefined) this.setAsideBy.set(setKey, (entry = { column: this.cols.names[ciFrom.column], count: 0, rows: [] }));
      entry.count++;
      if (entry.rows.length < 5) entry.rows.push(rec.row);
    }
  }

  /** One info problem saying how many figures got a CI from the CI measure's records. */
  reportCis(problems: Problem[]): void {
    const { read, empty, repeated, matched, noFigure, ownCi } = this.ciStats;
    const name = q(this.ciFrom!.value);
    const column = this.cols.names[this.ciFrom!.column];
    const parts = [`${matched} figure${matched === 1 ? '' : 's'} took a 95% confidence interval from the ${read} ${name} row${read === 1 ? '' : 's'}`];
    if (empty > 0) parts.push(`${empty} of them had no number`);
    const notUsed = (n: number) => (n === 1 ? 'it was not used' : 'they were not used');
    if (repeated > 0) parts.push(`${repeated} repeated an area, sector and year already given, so ${notUsed(repeated)}`);
    if (noFigure > 0) parts.push(`${noFigure} went with a figure that is suppressed or missing, so ${notUsed(noFigure)}`);
    if (ownCi > 0) parts.push(`${ownCi} went with a figure that has a CI of its own, which was kept`);
    problems.push(fileProblem('ci-from-measure', 'info', `${parts.join('; ')}.`, column));
  }

  /** One info problem per value that set records aside, so no row goes unaccounted for. */
  reportSetAside(problems: Problem[]): void {
    for (const [key, e] of this.setAsideBy) {
      const cell = key.slice(key.indexOf('\u0000') + 1);
      const chosen = this.keep!.find((k) => this.cols.names[k.column] === e.column)?.value ?? '';
      const more = e.count > e.rows.length ? ', …' : '';
      problems.push(
        fileProblem(
          'set-aside',
          'info',
          `${e.count} row${e.count === 1 ? '' : 's'} (row${e.count === 1 ? '' : 's'} ${e.rows.join(', ')}${more}) ` +
            `${e.count === 1 ? 'has' : 'have'} ${q(cell)} in column "${e.column}", not the chosen ${q(chosen)}, so ` +
            `${e.count === 1 ? 'it was' : 'they were'} set aside.`,
          e.column,
        ),
      );
    }
  }

  /** Check records data[start…]; data[0] is spreadsheet row `firstRow`. */
  feed(data: string[][], start: number, firstRow: number, quoteErrors: QuoteErrors | null): void {
    const { cols, push, yearIndex, yearLabels, flagCache } = this;
    const { areaIndex, areaCodes, areaNames, sectorIndex, sectorCodes, sectorNames } = this;
    const names = cols.names;
    const nCols = names.length;
    const nomis = cols.format === 'nomis';
    const loose = cols.loose === true;
    const lenientFlags = nomis || loose;
    const keep = this.keep;
    const quiet = this.quiet;
    const fixedYear = this.fixedYear;
    const iArea = cols.area;
    const iAreaName = cols.areaName;
    const iSector = cols.sector;
    const iSectorName = cols.sectorName;
    const fixedSectorCode = cols.fixedSector?.code ?? '';
    const fixedSectorName = cols.fixedSector?.name ?? '';
    const iYear = cols.year;
    const iValue = this.valueCol;
    const iFlag = cols.flag;
    const iCi = cols.ci;
    const colYear = iYear >= 0 ? names[iYear] : names[iValue];
    const colValue = names[iValue];
    const colFlag = iFlag >= 0 ? names[iFlag] : '';
    const colCi = iCi >= 0 ? names[iCi] : '';
    let read = this.read;
    let rejected = this.rejected;
    let keyLog = this.keyLog;
    let lastA = this.lastA;
    let lastS = this.lastS;
    let lastY = this.lastY;

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
          if (!quiet) this.recordProblem(row, r, qe);
          continue;
        }
      }
      if (keep !== null && !this.kept(r, row)) continue;

      let areaCode = clean(r[iArea]);
      if (areaCode.length !== r[iArea].length && areaCode.length > 0 && !this.quiet) this.codesTrimmed++;
      // An ONS code typed in lower case is the same code: E06000001, not a new area "e06000001".
      if (areaCode.length === 9 && LOWER_GSS.test(areaCode)) {
        areaCode = areaCode.toUpperCase();
        if (!this.quiet) this.codesUpcased++;
      }
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
      else if (year.length > 0) {
        const known = yearIndex.get(year);
        if (known === undefined) {
          y = periodSortKey(year) === null ? -1 : yearLabels.push(year) - 1;
          yearIndex.set(year, y);
        } else y = known;
        if (y < 0) {
          bad = true;
          push(
            'unknown-year-format',
            'error',
            row,
            colYear,
            `Row ${row}, column "${colYear}": ${q(year)} is not a year or period we recognise ` +
              '(such as 2022, 2021/22, 2022 Q1, Mar 2022 or Jan 2022-Dec 2022).',
          );
        }
      }

      // Flag: canonical flag names, or Nomis status letters and markers.
      let flagCode = 0;
      if (rawFlag.length > 0) {
        let fc = flagCache.get(rawFlag);
        if (fc === undefined) {
          if (lenientFlags) {
            const f = nomis ? NOMIS_STATUS.get(rawFlag) : (LOOSE_FLAGS.get(rawFlag) ?? LOOSE_FLAGS.get(rawFlag.toLowerCase()));
            fc = f === undefined ? -1 : f === null ? 0 : FLAG_CODE[f];
          } else {
            const f = FLAG_NAMES.get(rawFlag.toLowerCase());
            fc = f === undefined ? -1 : FLAG_CODE[f];
          }
          flagCache.set(rawFlag, fc);
        }
        if (fc >= 0) flagCode = fc;
        else if (lenientFlags) this.unknownStatus(row, colFlag, rawFlag);
        else {
          bad = true;
          push(
            'unknown-flag',
            'error',
            row,
            colFlag,
            `Row ${row}, column "${colFlag}": ${q(rawFlag)} is not a flag we recognise; ` +
              'use suppressed, unreliable, missing or rounded, or leave it empty.',
          );
        }
      }

      // Value: a number, a marker, or empty. A missing value is never zero.
      let value: number | null = null;
      if (rawValue.length === 0) {
        if (flagCode === 0 && (rawFlag.length === 0 || lenientFlags)) {
          flagCode = MISSING;
          push(
            'empty-value-no-flag',
            'warning',
            row,
            colValue,
            `Row ${row}, column "${colValue}": the value is empty and no flag says why; it is treated as missing (not zero).`,
          );
        }
      } else {
        let n = parseNumberCell(rawValue);
        if (n !== n && loose && !VALUE_MARKERS.has(rawValue)) n = parseLooseNumber(rawValue);
        if (n === n) {
          value = n;
          if (n < 0 && this.counts) {
            bad = true;
            push(
              'negative-value',
              'error',
              row,
              colValue,
              `Row ${row}, column "${colValue}": the value ${rawValue} is negative, and a count cannot be (its share would ` +
                'be meaningless); the row is left out. If the file holds an index, a rate or a change, load it as an indicator.',
            );
          } else if (n < 0) {
            push(
              'negative-value',
              'warning',
              row,
              colValue,
              `Row ${row}, column "${colValue}": the value ${rawValue} is negative; counts are normally zero or more.`,
            );
          }
          if (flagCode === SUPPRESSED || flagCode === MISSING) {
            push(
              'flag-conflict',
              'warning',
              row,
              colFlag,
              `Row ${row}, column "${colFlag}": the ${nomis ? 'status' : 'flag'} ${q(rawFlag)} says the value is ` +
                `${FLAG_FROM_CODE[flagCode]}, but the value is ${rawValue}; the value was kept.`,
            );
          }
        } else {
          const marker = VALUE_MARKERS.get(rawValue) ?? (loose ? LOOSE_MARKERS.get(rawValue.toLowerCase()) : undefined);
          if (marker !== undefined) {
            // An explicit flag says more than a marker, so it wins.
            if (flagCode === 0) flagCode = FLAG_CODE[marker];
          } else {
            bad = true;
            push('non-numeric-value', 'error', row, colValue, `Row ${row}, column "${colValue}": ${q(rawValue)} is not a number.`);
          }
        }
      }

      // Confidence interval half-width.
      let ci: number | null = null;
      if (rawCi.length > 0) {
        const n = loose ? parseLooseNumber(rawCi) : parseNumberCell(rawCi);
        if (n !== n) {
          bad = true;
          push('non-numeric-ci', 'error', row, colCi, `Row ${row}, column "${colCi}": ${q(rawCi)} is not a number.`);
        } else if (n < 0) {
          bad = true;
          push(
            'negative-ci',
            'error',
            row,
            colCi,
            `Row ${row}, column "${colCi}": ${rawCi} is negative, but a confidence interval half-width cannot be.`,
          );
        } else ci = n;
      }

      if (bad) {
        rejected++;
        continue;
      }

      // Codes are registered only from rows that pass the checks above. Accepted rows share one
      // string per distinct code, name and year (the first seen), which saves memory on big files.
      // Rows come sorted, so a row's area is usually the same as or next after the row before's.
      let a: number;
      if (lastA + 1 < areaCodes.length && areaCodes[lastA + 1] === areaCode) a = lastA + 1;
      else if (lastA >= 0 && areaCodes[lastA] === areaCode) a = lastA;
      else {
        const known = areaIndex.get(areaCode);
        if (known === undefined) {
          a = areaCodes.push(areaCode) - 1;
          areaIndex.set(areaCode, a);
          areaNames.push(areaName);
          this.areaFirstRow.push(row);
        } else a = known;
      }
      let s: number;
      if (lastS >= 0 && sectorCodes[lastS] === sectorCode) s = lastS;
      else if (lastS + 1 < sectorCodes.length && sectorCodes[lastS + 1] === sectorCode) s = lastS + 1;
      else {
        const known = sectorIndex.get(sectorCode);
        if (known === undefined) {
          s = sectorCodes.push(sectorCode) - 1;
          sectorIndex.set(sectorCode, s);
          sectorNames.push(sectorName);
          this.sectorFirstRow.push(row);
        } else s = known;
      }
      lastA = a;
      lastS = s;
      lastY = y;
      const n = this.count;
      const k = 3 * n;
      if (k === keyLog.length) {
        const bigger = new Int32Array(2 * keyLog.length);
        bigger.set(keyLog);
        keyLog = this.keyLog = bigger;
      }
      if (n === this.values.length) this.grow();
      keyLog[k] = a;
      keyLog[k + 1] = s;
      keyLog[k + 2] = y;

      let an = areaNames[a];
      if (an !== areaName) {
        if (!this.areaWarned.has(a)) this.inconsistentName('area', a, row, areaCode, areaName);
        an = areaName;
      }
      let sn = sectorNames[s];
      if (sn !== sectorName) {
        if (!this.sectorWarned.has(s)) this.inconsistentName('sector', s, row, sectorCode, sectorName);
        sn = sectorName;
      }

      this.values[n] = value === null ? NaN : value;
      this.flagCodes[n] = flagCode;
      this.cis[n] = ci === null ? NaN : ci;
      this.rowNums[n] = row;
      if (an !== areaNames[a] || sn !== sectorNames[s]) this.nameOverrides.set(n, { areaName: an, sectorName: sn });
      this.count = n + 1;
    }
    this.read = read;
    this.rejected = rejected;
    this.lastA = lastA;
    this.lastS = lastS;
    this.lastY = lastY;
  }

  private grow(): void {
    const size = 2 * this.values.length;
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
  finish(problems: Problem[]): ParsedTable {
    const n = this.count;
    const { repeat, first } = findRepeatedKeys(
      this.keyLog,
      n,
      this.areaCodes.length,
      this.sectorCodes.length,
      this.yearLabels.length,
    );
    const keys = this.keyLog;
    const code = (list: string[], i: number) => q(list[i]);
    for (let k = 0; k < repeat.length; k++) {
      const i = repeat[k];
      const r = this.rowNums[i];
      const f = this.rowNums[first[k]];
      problems.push({
        code: 'duplicate-key',
        severity: 'error',
        row: r,
        column: null,
        message:
          `Row ${r} repeats area ${code(this.areaCodes, keys[3 * i])}, sector ${code(this.sectorCodes, keys[3 * i + 1])}, ` +
          `year ${code(this.yearLabels, keys[3 * i + 2])}, which row ${f} already gives; only row ${f} is kept.`,
      });
    }
    if (repeat.length > 0) {
      this.rejected += repeat.length;
      // Problems were reported in file order; keep it so (file-level problems first, stable sort).
      problems.sort((x, y) => (x.row ?? 0) - (y.row ?? 0));
    }
    // Compact: drop the repeats, keeping file order.
    const m = n - repeat.length;
    const out = {
      keys: new Int32Array(3 * m),
      values: new Float64Array(m),
      flags: new Uint8Array(m),
      ci95: new Float64Array(m),
      rows: new Int32Array(m),
    };
    const names = new Map<number, { areaName: string; sectorName: string }>();
    for (let i = 0, j = 0, k = 0; i < n; i++) {
      if (k < repeat.length && repeat[k] === i) {
        k++;
        continue;
      }
      out.keys[3 * j] = keys[3 * i];
      out.keys[3 * j + 1] = keys[3 * i + 1];
      out.keys[3 * j + 2] = keys[3 * i + 2];
      out.values[j] = this.values[i];
      out.flags[j] = this.flagCodes[i];
      out.ci95[j] = this.cis[i];
      out.rows[j] = this.rowNums[i];
      const o = this.nameOverrides.get(i);
      if (o !== undefined) names.set(j, o);
      j++;
    }
    if (this.ciFrom !== null) this.applyCis(out, m);
    return {
      count: m,
      areaCodes: this.areaCodes,
      areaNames: this.areaNames,
      sectorCodes: this.sectorCodes,
      sectorNames: this.sectorNames,
      years: this.yearLabels,
      ...out,
      names,
    };
  }

  /** A record that cannot be split into the header's columns: a quote problem or a wrong cell count. */
  private recordProblem(row: number, r: string[], qe: 'unclosed' | 'malformed' | undefined): void {
    const names = this.cols.names;
    if (qe === 'unclosed') {
      const column = r.length <= names.length ? names[r.length - 1] || null : null;
      this.push(
        'unclosed-quote',
        'error',
        row,
        column,
        `Row ${row}${column ? `, column "${column}"` : ''}: a quote mark (") opens a cell that is never closed, ` +
          'so everything after it to the end of the file was read as one cell. Close the quote (or remove it) and load the file again.',
      );
    } else if (qe === 'malformed') {
      this.push(
        'malformed-quote',
        'error',
        row,
        null,
        `Row ${row}: a quoted cell has text after its closing quote mark ("), so its cells cannot be told apart reliably. ` +
          'Inside a quoted cell, write a quote mark as two ("").',
      );
    } else {
      this.push(
        'field-count',
        'error',
        row,
        null,
        `Row ${row} has ${r.length} cell${r.length === 1 ? '' : 's'} but the header has ${names.length} columns, ` +
          'so its values cannot be matched to the columns.',
      );
    }
  }

  /** Report each empty required cell; returns true (the row is rejected). */
  private emptyRequired(row: number, ...cells: string[]): true {
    const c = this.cols;
    const indices = [c.area, c.areaName, c.sector, c.sectorName, c.year];
    for (let k = 0; k < cells.length; k++) {
      if (cells[k].length > 0 || indices[k] < 0 || indices.indexOf(indices[k]) < k) continue;
      const column = c.names[indices[k]];
      this.push('empty-required', 'error', row, column, `Row ${row}, column "${column}": this cell is empty but must be filled in.`);
    }
    return true;
  }

  private unknownStatus(row: number, column: string, status: string): void {
    if (this.unknownStatusSeen.has(status)) return;
    this.unknownStatusSeen.add(status);
    this.push(
      'unknown-flag',
      'warning',
      row,
      column,
      `Row ${row}, column "${column}": status ${q(status)} is not one we recognise; ` +
        'rows with it are kept without a flag (this is said once, at its first row).',
    );
  }

  private inconsistentName(what: 'area' | 'sector', index: number, row: number, code: string, name: string): void {
    const area = what === 'area';
    (area ? this.areaWarned : this.sectorWarned).add(index);
    const column = this.cols.names[area ? this.cols.areaName : this.cols.sectorName];
    const firstName = (area ? this.areaNames : this.sectorNames)[index];
    const firstRow = (area ? this.areaFirstRow : this.sectorFirstRow)[index];
    this.push(
      'inconsistent-name',
      'warning',
      row,
      column,
      `Row ${row}, column "${column}": ${what} ${q(code)} is called ${q(name)} here but ${q(firstName)} in row ${firstRow} ` +
        `(this is said once per ${what}).`,
    );
  }
}
