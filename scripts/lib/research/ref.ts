// REF quality profiles (2021 workbook, 2014 CSV) → one record per submission, Overall profile only.

import readXlsxFile from 'read-excel-file/node';
import { readSourceCsv } from '../csv.ts';
import { SourceError } from '../errors.ts';

export interface Submission {
  ukprn: string;
  institution: string;
  panel: string;
  uoa: number;
  uoaName: string;
  /** Multiple submission letter ("" for most). */
  letter: string;
  fte: number;
  p4: number;
  p3: number;
  p2: number;
  p1: number;
  unclassified: number;
  /** Spreadsheet row of the Overall profile. */
  row: number;
}

export const REF2021_COLUMNS = [
  'Institution code (UKPRN)',
  'Institution name',
  'Institution sort order',
  'Main panel',
  'Unit of assessment number',
  'Unit of assessment name',
  'Multiple submission letter',
  'Multiple submission name',
  'Joint submission',
  'Profile',
  'FTE of submitted staff',
  'Total FTE of submitted staff for joint submission',
  '% of eligible staff submitted',
  '4*',
  '3*',
  '2*',
  '1*',
  'Unclassified',
] as const;

export const REF2014_COLUMNS = [
  'Institution code (UKPRN)',
  'Institution name',
  'Main panel',
  'Unit of assessment number',
  'Unit of assessment name',
  'Multiple submission letter',
  'Profile',
  'FTE Category A staff submitted',
  '4*',
  '3*',
  '2*',
  '1*',
  'unclassified',
] as const;

/** The header is on row 7 of the workbook; six title rows above it. */
export const REF2021_HEADER_ROW = 7;
const PROFILES = ['Overall', 'Outputs', 'Impact', 'Environment'];

/** Reads the first sheet of an .xlsx file as rows of cells (build time only). */
export async function readWorkbookRows(file: string, label: string): Promise<unknown[][]> {
  let sheets: unknown;
  try {
    sheets = await readXlsxFile(file);
  } catch (e) {
    throw new SourceError(label, `could not be read as an Excel workbook (${(e as Error).message}).`);
  }
  // read-excel-file returns one { sheet, data } per sheet.
  const first = Array.isArray(sheets) ? (sheets[0] as { data?: unknown[][] } | unknown[]) : null;
  const data = first && !Array.isArray(first) ? first.data : (sheets as unknown[][]);
  if (!Array.isArray(data)) throw new SourceError(label, 'has no sheet.');
  return data;
}

function text(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

function percent(v: unknown, file: string, row: number, column: string): number {
  const n = typeof v === 'number' ? v : Number(text(v));
  if (text(v) === '' || !Number.isFinite(n) || n < 0 || n > 100) {
    throw new SourceError(file, `${text(v) === '' ? 'is empty' : `"${text(v)}" is not a percentage`}.`, row, column);
  }
  return n;
}

function positive(v: unknown, file: string, row: number, column: string): number {
  const n = typeof v === 'number' ? v : Number(text(v));
  if (text(v) === '' || !Number.isFinite(n) || n <= 0) {
    throw new SourceError(file, `${text(v) === '' ? 'is empty' : `"${text(v)}" is not a positive FTE`}.`, row, column);
  }
  return n;
}

/** Percentages of one profile must add up to 100 (allowing for rounding to one decimal). */
function checkSum(s: Submission, file: string): void {
  const total = s.p4 + s.p3 + s.p2 + s.p1 + s.unclassified;
  if (Math.abs(total - 100) > 0.51) {
    throw new SourceError(file, `the quality profile adds up to ${total.toFixed(1)}%, not 100%.`, s.row);
  }
}

function checkUnique(subs: Submission[], file: string): void {
  const seen = new Map<string, number>();
  for (const s of subs) {
    const key = `${s.ukprn}|${s.uoa}|${s.letter}`;
    const prev = seen.get(key);
    if (prev !== undefined) {
      throw new SourceError(
        file,
        `a second Overall profile for ${s.institution} in UoA ${s.uoa}${s.letter ? ` (${s.letter})` : ''} (first on row ${prev}).`,
        s.row,
      );
    }
    seen.set(key, s.row);
  }
}

/** The REF 2021 sheet's rows (row 1 first, as read from the workbook) → Overall submissions. */
export function readRef2021Rows(rows: unknown[][], file: string): Submission[] {
  const header = (rows[REF2021_HEADER_ROW - 1] ?? []).map(text);
  const missing = REF2021_COLUMNS.filter((c, i) => header[i] !== c);
  if (missing.length > 0) {
    throw new SourceError(
      file,
      `row ${REF2021_HEADER_ROW} should be the header ${REF2021_COLUMNS.join(', ')}; found ${header.join(', ') || 'nothing'}.`,
    );
  }
  const col = (name: (typeof REF2021_COLUMNS)[number]) => REF2021_COLUMNS.indexOf(name);
  const out: Submission[] = [];
  for (let i = REF2021_HEADER_ROW; i < rows.length; i++) {
    const cells = rows[i];
    const row = i + 1;
    if (!cells || cells.every((c) => text(c) === '')) continue;
    const profile = text(cells[col('Profile')]);
    if (!PROFILES.includes(profile)) throw new SourceError(file, `unknown profile "${profile}".`, row, 'Profile');
    if (profile !== 'Overall') continue;
    const ukprn = text(cells[col('Institution code (UKPRN)')]);
    if (!/^\d{8}$/.test(ukprn))
      throw new SourceError(file, `"${ukprn}" is not an eight-digit UKPRN.`, row, 'Institution code (UKPRN)');
    const uoa = Number(text(cells[col('Unit of assessment number')]));
    if (!Number.isInteger(uoa) || uoa < 1 || uoa > 34) {
      throw new SourceError(
        file,
        `"${text(cells[col('Unit of assessment number')])}" is not a REF 2021 unit (1–34).`,
        row,
        'Unit of assessment number',
      );
    }
    const s: Submission = {
      ukprn,
      institution: text(cells[col('Institution name')]),
      panel: text(cells[col('Main panel')]),
      uoa,
      uoaName: text(cells[col('Unit of assessment name')]),
      letter: text(cells[col('Multiple submission letter')]),
      fte: positive(cells[col('FTE of submitted staff')], file, row, 'FTE of submitted staff'),
      p4: percent(cells[col('4*')], file, row, '4*'),
      p3: percent(cells[col('3*')], file, row, '3*'),
      p2: percent(cells[col('2*')], file, row, '2*'),
      p1: percent(cells[col('1*')], file, row, '1*'),
      unclassified: percent(cells[col('Unclassified')], file, row, 'Unclassified'),
      row,
    };
    checkSum(s, file);
    out.push(s);
  }
  if (out.length === 0) throw new SourceError(file, 'has no Overall profiles.');
  checkUnique(out, file);
  return out;
}

/** The REF 2014 results CSV → Overall submissions (UKPRN kept as published, e.g. "ZZZZZZZZ"). */
export function readRef2014(textIn: string, file: string): Submission[] {
  const table = readSourceCsv(textIn, file, REF2014_COLUMNS);
  const out: Submission[] = [];
  for (const r of table.rows) {
    const profile = r.get('Profile');
    if (!PROFILES.includes(profile)) throw new SourceError(file, `unknown profile "${profile}".`, r.row, 'Profile');
    if (profile !== 'Overall') continue;
    const uoa = Number(r.get('Unit of assessment number'));
    if (!Number.isInteger(uoa) || uoa < 1 || uoa > 36) {
      throw new SourceError(
        file,
        `"${r.get('Unit of assessment number')}" is not a REF 2014 unit (1–36).`,
        r.row,
        'Unit of assessment number',
      );
    }
    const s: Submission = {
      ukprn: r.get('Institution code (UKPRN)'),
      institution: r.get('Institution name'),
      panel: r.get('Main panel'),
      uoa,
      uoaName: r.get('Unit of assessment name'),
      letter: r.get('Multiple submission letter'),
      fte: positive(r.get('FTE Category A staff submitted'), file, r.row, 'FTE Category A staff submitted'),
      p4: percent(r.get('4*'), file, r.row, '4*'),
      p3: percent(r.get('3*'), file, r.row, '3*'),
      p2: percent(r.get('2*'), file, r.row, '2*'),
      p1: percent(r.get('1*'), file, r.row, '1*'),
      unclassified: percent(r.get('unclassified'), file, r.row, 'unclassified'),
      row: r.row,
    };
    checkSum(s, file);
    out.push(s);
  }
  if (out.length === 0) throw new SourceError(file, 'has no Overall profiles.');
  checkUnique(out, file);
  return out;
}
