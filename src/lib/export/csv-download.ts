// The two CSV downloads: "the data in this view" (the rows and columns shown, in the order shown)
// and "the whole dataset" (every canonical row). Both are spreadsheet files, written so that Excel
// opens them correctly by double-click:
// - UTF-8 with a byte-order mark ("\uFEFF") first, so Excel reads "Ynys Môn" as UTF-8;
// - CRLF line ends ("\r\n", the last line too), Excel's and RFC 4180's convention;
// - a header block of `key,value` rows saying what the numbers are and where they came from
//   (Excel shows "#" comment lines as data anyway, so there are none), then one blank line, then the
//   table: its header row and its rows. The block's "Table header row" gives the spreadsheet row of
//   the table's header, so `pandas.read_csv(f, skiprows=n - 1)` reads the table alone;
// - numbers unformatted, missing as an empty cell (never 0), flags and CIs kept;
// - text cells neutralised against formula injection by type, not by look (see csv-cell.ts).
// Header-block values are made single-line (line breaks become spaces) so rows and lines agree.

import { CANONICAL_COLUMNS, type AuditRow, type DatasetMeta } from '../data/types';
import { csvCell, csvNumber, csvText, type CsvCell } from './csv-cell';
import { exportFileName } from './file-name';

export const BOM = '\uFEFF';
export const CRLF = '\r\n';
/** Significant digits for non-integer numbers in the view CSV (integers are always exact). */
export const VIEW_SIGNIFICANT_DIGITS = 10;

/** What the header block states. Every text is written neutralised and quoted as needed. */
export interface CsvHeaderInfo {
  /** e.g. "Location quotient of Manufacturing enterprises, LEPs, 2022". */
  title: string;
  /** What is counted, e.g. "Enterprises" (DatasetMeta.measure). */
  measure: string;
  /** Unit of the value column, e.g. "enterprises" (DatasetMeta.unit). */
  unit: string;
  /** The choices behind the view, in display order, e.g. [["Sector", "Manufacturing"], ["Year", "2022"]]. Empty: the whole dataset. */
  filters: readonly (readonly [name: string, value: string])[];
  /** Benchmark area name, e.g. "England"; the row is left out when null or undefined. */
  benchmark?: string | null;
  source: string;
  /** Left out when null, undefined or empty. */
  sourceUrl?: string | null;
  release: string;
  licence: string;
  /** One header row per line. */
  attribution: readonly string[];
  /** Download date, ISO "YYYY-MM-DD" (see isoDate); passed in, never read from the clock here. */
  downloaded: string;
  /** Permalink of the view; left out when null, undefined or empty. */
  link?: string | null;
  /** Caveats and notes, one "Note" row each. */
  notes?: readonly string[];
}

/** One column of the view CSV: its header text and how to read a row's cell (the cell's type decides how it is written). */
export interface CsvColumn<R> {
  header: string;
  value: (row: R) => CsvCell;
}

export interface ViewCsvSpec<R> {
  header: CsvHeaderInfo;
  /** In display order. */
  columns: readonly CsvColumn<R>[];
  /** In display order. */
  rows: readonly R[];
}

export interface DatasetCsvSpec {
  header: CsvHeaderInfo;
  rows: readonly AuditRow[];
}

export const MISSING_NOTE = 'An empty cell is a value that is not available (the flag column says why); it is never zero.';
export const APOSTROPHE_NOTE =
  'Text cells that begin with =, +, -, @, tab or carriage return start with an apostrophe so spreadsheets never run them as formulas.';
const NO_FILTERS = 'None: every area, sector and year in the dataset';

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');

/** The header block's rows as [key, value] pairs, before the table position row. */
function headerPairs(h: CsvHeaderInfo, rowCount: number): [string, string][] {
  const pairs: [string, string][] = [
    ['Title', h.title],
    ['Measure', h.measure],
    ['Unit', h.unit],
    ['Filters', h.filters.length ? h.filters.map(([k, v]) => `${k}: ${v}`).join('; ') : NO_FILTERS],
  ];
  if (h.benchmark) pairs.push(['Benchmark', h.benchmark]);
  pairs.push(['Source', h.source]);
  if (h.sourceUrl) pairs.push(['Source URL', h.sourceUrl]);
  pairs.push(['Release', h.release], ['Licence', h.licence]);
  for (const a of h.attribution) pairs.push(['Attribution', a]);
  pairs.push(['Downloaded', h.downloaded]);
  if (h.link) pairs.push(['Link', h.link]);
  for (const n of h.notes ?? []) pairs.push(['Note', n]);
  pairs.push(['Missing values', MISSING_NOTE], ['Formulas', APOSTROPHE_NOTE], ['Rows', String(rowCount)]);
  return pairs;
}

/** BOM, header block, blank line, table header, rows; every line ending in CRLF. */
function assemble(h: CsvHeaderInfo, tableHeader: string, rows: string[]): string {
  const pairs = headerPairs(h, rows.length);
  // +1 for the "Table header row" row itself, +1 for the blank line, +1 to point at the row after.
  const tableRow = pairs.length + 3;
  const lines = pairs.map(([k, v]) => csvText(k) + ',' + csvText(oneLine(v)));
  lines.push('Table header row,' + tableRow, '', tableHeader, ...rows);
  return BOM + lines.join(CRLF) + CRLF;
}

/** "The data in this view": the given columns and rows in the given order. */
export function viewCsv<R>(spec: ViewCsvSpec<R>): string {
  const header = spec.columns.map((c) => csvText(c.header)).join(',');
  const rows = spec.rows.map((r) => spec.columns.map((c) => csvCell(c.value(r), VIEW_SIGNIFICANT_DIGITS)).join(','));
  return assemble(spec.header, header, rows);
}

/**
 * "The whole dataset": every canonical row with the canonical columns
 * (area_code, area_name, sector_code, sector_name, year, value, flag, ci95), numbers at full
 * precision (the shortest text that reads back as the same number), text neutralised.
 */
export function datasetCsv(spec: DatasetCsvSpec): string {
  const rows = spec.rows.map(
    (r) =>
      csvText(r.areaCode) +
      ',' +
      csvText(r.areaName) +
      ',' +
      csvText(r.sectorCode) +
      ',' +
      csvText(r.sectorName) +
      ',' +
      csvText(r.year) +
      ',' +
      csvNumber(r.value) +
      ',' +
      (r.flag ?? '') +
      ',' +
      csvNumber(r.ci95),
  );
  return assemble(spec.header, CANONICAL_COLUMNS.join(','), rows);
}

/** The header block's dataset facts from datasets.json; the view supplies the rest. */
export function csvHeaderFromDataset(
  meta: DatasetMeta,
  view: Pick<CsvHeaderInfo, 'title' | 'filters' | 'benchmark' | 'downloaded' | 'link'>,
): CsvHeaderInfo {
  return {
    ...view,
    measure: meta.measure,
    unit: meta.unit,
    source: meta.source,
    sourceUrl: meta.sourceUrl,
    release: meta.release,
    licence: meta.licence,
    attribution: meta.attribution,
    notes: [meta.totals, ...meta.caveats].filter((s) => s !== ''),
  };
}

/** e.g. csvFileName(["Enterprises", "Manufacturing", 2022, "LEPs"]) → "specialisation-atlas_enterprises_manufacturing_2022_leps.csv". */
export function csvFileName(parts: readonly (string | number | null | undefined)[]): string {
  return exportFileName(parts, 'csv');
}
