// Reading a source CSV: header check, parse errors, spreadsheet row numbers.

import Papa from 'papaparse';
import { SourceError } from './errors.ts';

export interface SourceRow {
  /** Spreadsheet row number of this record: the header is row 1. */
  row: number;
  get(column: string): string;
}

export interface SourceTable {
  file: string;
  columns: string[];
  rows: SourceRow[];
}

/**
 * Parses a source CSV's text and checks that every `required` column is present (extra columns are
 * allowed). Throws a SourceError naming the file, row and column for anything malformed.
 */
export function readSourceCsv(text: string, file: string, required: readonly string[]): SourceTable {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new SourceError(file, 'the file is empty.');

  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true });
  const data = parsed.data;
  const header = (data[0] ?? []).map((h) => h.trim());

  for (const error of parsed.errors) {
    // Papa's row index counts from the first line (the header) here, so +1 gives the spreadsheet row.
    const row = error.row === undefined ? null : error.row + 1;
    if (error.type === 'Quotes') throw new SourceError(file, `malformed quotes (${error.message}).`, row);
    if (error.code !== 'UndetectableDelimiter')
      throw new SourceError(file, `could not be read as CSV (${error.message}).`, row);
  }

  const seen = new Set<string>();
  for (const h of header) {
    if (h !== '' && seen.has(h)) throw new SourceError(file, `the header has the column "${h}" twice.`, 1);
    seen.add(h);
  }
  const missing = required.filter((c) => !seen.has(c));
  if (missing.length > 0) {
    const unexpected = header.filter((h) => !required.includes(h));
    throw new SourceError(
      file,
      `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}` +
        ` (expected ${required.join(',')}; found ${header.join(',')}` +
        (unexpected.length ? `; unexpected ${unexpected.map((c) => `"${c}"`).join(', ')}` : '') +
        ').',
      1,
    );
  }
  if (data.length < 2) throw new SourceError(file, 'the file has a header but no data rows.');

  const index = new Map(header.map((h, i) => [h, i]));
  const rows: SourceRow[] = [];
  for (let i = 1; i < data.length; i++) {
    const cells = data[i];
    const row = i + 1;
    if (cells.length !== header.length) {
      throw new SourceError(file, `has ${cells.length} fields where the header has ${header.length}.`, row);
    }
    rows.push({
      row,
      get(column: string): string {
        const j = index.get(column);
        if (j === undefined) throw new Error(`internal: column ${column} not read from ${file}`);
        return cells[j].trim();
      },
    });
  }
  return { file, columns: header, rows };
}

const COUNT = /^\d+$/;
const NUMBER = /^\d+(\.\d+)?$/;

/** A non-negative whole number, or a SourceError naming row and column. */
export function parseCount(text: string, file: string, row: number, column: string): number {
  if (!COUNT.test(text)) {
    const what = text === '' ? 'is empty' : `"${text}" is not a whole number`;
    throw new SourceError(file, `${what}.`, row, column);
  }
  return Number(text);
}

/** A non-negative decimal, or a SourceError. */
export function parseNumber(text: string, file: string, row: number, column: string): number {
  if (!NUMBER.test(text)) {
    const what = text === '' ? 'is empty' : `"${text}" is not a number`;
    throw new SourceError(file, `${what}.`, row, column);
  }
  return Number(text);
}

export function isNumeric(text: string): boolean {
  return NUMBER.test(text);
}
