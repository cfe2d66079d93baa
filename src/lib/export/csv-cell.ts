// Cells of a CSV meant for spreadsheets (Excel, LibreOffice, Google Sheets), as opposed to the
// canonical data CSV (../data/write-csv.ts), which writes text exactly.
//
// Text and numbers are treated differently, by the type of the value, never by how the text looks:
// - A number is written plain: digits, "." and a leading "-" (no thousands separators, no exponent),
//   so -12.5 stays the number -12.5. Integers are written exactly; other numbers are rounded to
//   `significantDigits` (10 in the view CSV: far more than any published figure or derived ratio
//   needs, and it hides float noise such as 0.30000000000000004). NaN, ±Infinity, null and
//   undefined are an empty cell: missing is never 0.
// - A text cell that begins with "=", "+", "-", "@", tab or carriage return, also after leading
//   spaces, gets a leading apostrophe "'" (OWASP, "CSV Injection"), so a spreadsheet shows it as
//   text and never runs it as a formula. The apostrophe is then visible in the cell; that is the
//   price of safety and is stated in the file's header block. So an area named "-x" is "'-x",
//   and the text "-12" is "'-12", while the number -12 is "-12".
// - Then any cell with a comma, double quote, CR or LF, or leading or trailing whitespace, is
//   wrapped in double quotes with inner quotes doubled (RFC 4180).

import { quoteCsv } from '../data/csv-quote';

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[ ]*[=+\-@\t\r]/;

/** Whether a text cell would be read as a formula (or a formula-like start) by a spreadsheet. */
export function looksLikeFormula(s: string): boolean {
  return FORMULA_START.test(s);
}

/** RFC 4180 quoting: only when a reader would otherwise split, merge or trim the cell (the one rule). */
export { quoteCsv } from '../data/csv-quote';

/** A text cell: neutralised against formula injection, then quoted if needed. */
export function csvText(s: string): string {
  return quoteCsv(looksLikeFormula(s) ? "'" + s : s);
}

/** "1.5e-7" → "0.00000015", "1e+21" → "1000000000000000000000"; plain decimals are returned as they are. */
export function plainDecimal(s: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, int, frac = '', exp] = m;
  const digits = (int + frac).replace(/^0+(?=\d)/, '');
  const point = int.length + Number(exp) - (int + frac).length + digits.length;
  let out: string;
  if (point <= 0) out = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = digits.slice(0, point) + '.' + digits.slice(point);
  out = out.includes('.') ? out.replace(/\.?0+$/, '') : out;
  return sign + out;
}

/**
 * A number cell: plain decimal text, integers exact, others to `significantDigits` (omit for the
 * shortest text that reads back as the same double). Empty for NaN, ±Infinity, null or undefined;
 * -0 is "0".
 */
export function csvNumber(x: number | null | undefined, significantDigits?: number): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '';
  if (x === 0) return '0';
  if (Number.isInteger(x)) return plainDecimal(String(x));
  const r = significantDigits === undefined ? x : Number(x.toPrecision(significantDigits));
  return r === 0 ? '0' : plainDecimal(String(r));
}

/** Any cell by its type: numbers as numbers, booleans as "true"/"false", strings as neutralised text. */
export function csvCell(v: CsvCell, significantDigits?: number): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return csvNumber(v, significantDigits);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return csvText(v);
}
