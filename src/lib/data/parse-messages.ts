// The plain-English problems the audit CSV reader reports, one function per kind, so the words
// live in one place and the row checks read as checks. Built only when something is wrong: none of
// these runs for a good row.

import { fileProblem } from './parse-header';
import { FLAG_FROM_CODE, type Problem, type ProblemCode, type Severity } from './types';
import { wholeNumber } from '../whole-number';

/** Longest cell text quoted back in a message. */
const MAX_QUOTE = 60;

/** A cell's text quoted for a message, shortened when long. */
export function q(s: string): string {
  return '"' + (s.length > MAX_QUOTE ? s.slice(0, MAX_QUOTE) + '…' : s) + '"';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function rowProblem(
  code: ProblemCode,
  severity: Severity,
  row: number,
  column: string | null,
  message: string,
): Problem {
  return { code, severity, row, column, message };
}

// --- The file as a whole ---

export const bomRemoved = (): Problem =>
  fileProblem(
    'bom-removed',
    'info',
    'The file starts with a byte order mark (Excel writes one in "CSV UTF-8"); it was removed.',
  );

/** `file` is 'The file' or 'The file "x.csv"'. */
export const emptyFile = (file: string): Problem =>
  fileProblem('empty-file', 'error', `${file} is empty: there is nothing to read.`);

export const blankRecordsOnly = (file: string): Problem =>
  fileProblem('empty-file', 'error', `${file} is empty: it has no header and no data.`);

export const notText = (file: string): Problem =>
  fileProblem(
    'not-text',
    'error',
    `${file} does not look like a CSV text file: it contains binary or unreadable characters. ` +
      'If it is a spreadsheet, save it as "CSV UTF-8" and load that.',
  );

export const noDataRows = (file: string): Problem =>
  fileProblem('no-data-rows', 'error', `${file} has a header but no data rows.`);

export const headerUnclosedQuote = (row: number): Problem =>
  rowProblem(
    'unclosed-quote',
    'error',
    row,
    null,
    `Row ${row} (the header): a quote mark (") opens a cell that is never closed, so the header cannot be read.`,
  );

export function codesNormalised(upcased: number, trimmed: number): Problem {
  const parts: string[] = [];
  if (upcased > 0) parts.push(`${wholeNumber(upcased)} in lower case were read in capitals (e06000001 as E06000001)`);
  if (trimmed > 0) parts.push(`${wholeNumber(trimmed)} had spaces around them, which were removed`);
  return fileProblem('codes-normalised', 'info', `Area codes normalised: ${parts.join('; ')}.`);
}

export const mappingDoesNotFit = (row: number, columns: number): Problem =>
  fileProblem(
    'missing-column',
    'error',
    `The column mapping does not fit the header (row ${row}), which has ${plural(columns, 'column')}: ` +
      'choose an area, a sector, a year (or year columns) and a value column.',
  );

// --- A record that cannot be split into the header's columns ---

export function unclosedQuote(row: number, column: string | null): Problem {
  return rowProblem(
    'unclosed-quote',
    'error',
    row,
    column,
    `Row ${row}${column ? `, column "${column}"` : ''}: a quote mark (") opens a cell that is never closed, ` +
      'so everything after it to the end of the file was read as one cell. Close the quote (or remove it) and load the file again.',
  );
}

export const malformedQuote = (row: number): Problem =>
  rowProblem(
    'malformed-quote',
    'error',
    row,
    null,
    `Row ${row}: a quoted cell has text after its closing quote mark ("), so its cells cannot be told apart reliably. ` +
      'Inside a quoted cell, write a quote mark as two ("").',
  );

export const fieldCount = (row: number, cells: number, columns: number): Problem =>
  rowProblem(
    'field-count',
    'error',
    row,
    null,
    `Row ${row} has ${plural(cells, 'cell')} but the header has ${columns} columns, so its values cannot be matched to the columns.`,
  );

// --- One cell ---

export const emptyRequired = (row: number, column: string): Problem =>
  rowProblem(
    'empty-required',
    'error',
    row,
    column,
    `Row ${row}, column "${column}": this cell is empty but must be filled in.`,
  );

export const unknownYear = (row: number, column: string, year: string): Problem =>
  rowProblem(
    'unknown-year-format',
    'error',
    row,
    column,
    `Row ${row}, column "${column}": ${q(year)} is not a year or period we recognise ` +
      '(such as 2022, 2021/22, 2022 Q1, Mar 2022 or Jan 2022-Dec 2022).',
  );

export const unknownFlag = (row: number, column: string, flag: string): Problem =>
  rowProblem(
    'unknown-flag',
    'error',
    row,
    column,
    `Row ${row}, column "${column}": ${q(flag)} is not a flag we recognise; ` +
      'use suppressed, unreliable, missing or rounded, or leave it empty.',
  );

/** A Nomis status (or loose flag) we do not know: the row is kept, and this is said once per status. */
export const unknownStatus = (row: number, column: string, status: string): Problem =>
  rowProblem(
    'unknown-flag',
    'warning',
    row,
    column,
    `Row ${row}, column "${column}": status ${q(status)} is not one we recognise; ` +
      'rows with it are kept without a flag (this is said once, at its first row).',
  );

export const emptyValueNoFlag = (row: number, column: string): Problem =>
  rowProblem(
    'empty-value-no-flag',
    'warning',
    row,
    column,
    `Row ${row}, column "${column}": the value is empty and no flag says why; it is treated as missing (not zero).`,
  );

/** A negative value: an error that leaves the row out when the values are counts, else a warning. */
export const negativeValue = (row: number, column: string, value: string, counts: boolean): Problem =>
  counts
    ? rowProblem(
        'negative-value',
        'error',
        row,
        column,
        `Row ${row}, column "${column}": the value ${value} is negative, and a count cannot be (its share would ` +
          'be meaningless); the row is left out. If the file holds an index, a rate or a change, load it as an indicator.',
      )
    : rowProblem(
        'negative-value',
        'warning',
        row,
        column,
        `Row ${row}, column "${column}": the value ${value} is negative; counts are normally zero or more.`,
      );

/** A flag (or Nomis status) says suppressed or missing, yet the row has a number. */
export const flagConflict = (
  row: number,
  column: string,
  flag: string,
  nomis: boolean,
  flagCode: number,
  value: string,
): Problem =>
  rowProblem(
    'flag-conflict',
    'warning',
    row,
    column,
    `Row ${row}, column "${column}": the ${nomis ? 'status' : 'flag'} ${q(flag)} says the value is ` +
      `${FLAG_FROM_CODE[flagCode]}, but the value is ${value}; the value was kept.`,
  );

export const nonNumericValue = (row: number, column: string, value: string): Problem =>
  rowProblem('non-numeric-value', 'error', row, column, `Row ${row}, column "${column}": ${q(value)} is not a number.`);

export const nonNumericCi = (row: number, column: string, ci: string): Problem =>
  rowProblem('non-numeric-ci', 'error', row, column, `Row ${row}, column "${column}": ${q(ci)} is not a number.`);

export const negativeCi = (row: number, column: string, ci: string): Problem =>
  rowProblem(
    'negative-ci',
    'error',
    row,
    column,
    `Row ${row}, column "${column}": ${ci} is negative, but a confidence interval half-width cannot be.`,
  );

// --- Across rows ---

export const inconsistentName = (
  what: 'area' | 'sector',
  row: number,
  column: string,
  code: string,
  name: string,
  firstName: string,
  firstRow: number,
): Problem =>
  rowProblem(
    'inconsistent-name',
    'warning',
    row,
    column,
    `Row ${row}, column "${column}": ${what} ${q(code)} is called ${q(name)} here but ${q(firstName)} in row ${firstRow} ` +
      `(this is said once per ${what}).`,
  );

export const duplicateKey = (row: number, area: string, sector: string, year: string, firstRow: number): Problem =>
  rowProblem(
    'duplicate-key',
    'error',
    row,
    null,
    `Row ${row} repeats area ${q(area)}, sector ${q(sector)}, year ${q(year)}, which row ${firstRow} already gives; ` +
      `only row ${firstRow} is kept.`,
  );

// --- The optional filters (one measure kept, another giving CIs) ---

/** Records set aside because their cell in `column` was `cell`, not the `chosen` value. */
export function setAside(column: string, cell: string, chosen: string, count: number, rows: number[]): Problem {
  const one = count === 1;
  const more = count > rows.length ? ', …' : '';
  return fileProblem(
    'set-aside',
    'info',
    `${count} row${one ? '' : 's'} (row${one ? '' : 's'} ${rows.join(', ')}${more}) ` +
      `${one ? 'has' : 'have'} ${q(cell)} in column "${column}", not the chosen ${q(chosen)}, so ` +
      `${one ? 'it was' : 'they were'} set aside.`,
    column,
  );
}

/** How many figures took a CI from the CI measure's records, and why the rest did not. */
export function cisFromMeasure(
  measure: string,
  column: string,
  s: { read: number; empty: number; repeated: number; matched: number; noFigure: number; ownCi: number },
): Problem {
  const parts = [
    `${plural(s.matched, 'figure')} took a 95% confidence interval from the ${s.read} ${q(measure)} row${s.read === 1 ? '' : 's'}`,
  ];
  if (s.empty > 0) parts.push(`${s.empty} of them had no number`);
  const notUsed = (n: number) => (n === 1 ? 'it was not used' : 'they were not used');
  if (s.repeated > 0)
    parts.push(`${s.repeated} repeated an area, sector and year already given, so ${notUsed(s.repeated)}`);
  if (s.noFigure > 0)
    parts.push(`${s.noFigure} went with a figure that is suppressed or missing, so ${notUsed(s.noFigure)}`);
  if (s.ownCi > 0) parts.push(`${s.ownCi} went with a figure that has a CI of its own, which was kept`);
  return fileProblem('ci-from-measure', 'info', `${parts.join('; ')}.`, column);
}
