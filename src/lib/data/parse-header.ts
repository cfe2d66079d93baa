// The header of an audit CSV: which delimiter it uses, which format it is, and where each column
// we read lives. Runs once per file.

import { REQUIRED_COLUMNS, type Problem, type ProblemCode, type Severity, type SourceFormat } from './types';
import { shorten } from '../words';

/** Where each column we read lives in a record (−1 when an optional column is absent). */
export interface ColumnMap {
  format: SourceFormat;
  area: number;
  areaName: number;
  sector: number;
  sectorName: number;
  year: number;
  value: number;
  /** `flag` (canonical) or OBS_STATUS (Nomis); −1 when absent. */
  flag: number;
  /** `ci95` (canonical only); −1 when absent. */
  ci: number;
  /** Column names as written in the header (trimmed). */
  names: string[];
  /** Mapped by hand: numbers and flags are read loosely (see MappedColumns in parse.ts). */
  loose?: boolean;
  /** Wide table: one value column per period; `year` is −1 and `value` the first of `columns`. */
  wide?: { columns: number[]; labels: string[] };
  /** Only records with these cells are read; the others are set aside and counted. */
  keep?: { column: number; value: string }[];
  /** Records with this cell, otherwise set aside by `keep`, give the kept records' 95% CIs (see ParseOptions). */
  ciFrom?: { column: number; value: string };
  /** An indicator file with no sector column: every row is this one "sector" (sector and sectorName are −1). */
  fixedSector?: { code: string; name: string };
}

export type HeaderOutcome = { ok: true; columns: ColumnMap } | { ok: false; format: SourceFormat | null };

/** Nomis bulk CSV columns we need, lower-cased; DATE (or DATE_NAME) is checked apart. */
const NOMIS_REQUIRED = ['geography_code', 'geography_name', 'industry_code', 'industry_name', 'obs_value'] as const;

/** Delimiters a file may use, in order of preference when a header has as many of two. */
const DELIMITERS = [',', ';', '\t', '|'];

/** Longest header text quoted back in a message. */
const MAX_HEADER_QUOTE = 300;

export function fileProblem(
  code: ProblemCode,
  severity: Severity,
  message: string,
  column: string | null = null,
): Problem {
  return { code, severity, row: null, column, message };
}

/**
 * The delimiter of a file, from its header line: the candidate that splits it into most columns
 * outside quotes. papaparse's own guess looks at ten records and can be thrown by a blank line in a
 * short file; the header is the line we know must have several columns.
 * Returns '' when no candidate occurs (a one-column header), leaving papaparse to guess.
 */
export function detectDelimiter(text: string): string {
  let start = 0;
  // Skip leading blank lines: the header is the first line with something on it.
  while (start < text.length && (text[start] === '\n' || text[start] === '\r' || text[start] === ' ')) start++;
  let end = text.indexOf('\n', start);
  if (end < 0 || end - start > 20000) end = Math.min(text.length, start + 20000);
  const counts = [0, 0, 0, 0];
  let inQuotes = false;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes) {
      const k = DELIMITERS.indexOf(c);
      if (k >= 0) counts[k]++;
    }
  }
  let best = -1;
  for (let k = 0; k < counts.length; k++) if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) best = k;
  return best < 0 ? '' : DELIMITERS[best];
}

function list(xs: readonly string[]): string {
  return xs.length === 1 ? xs[0] : xs.slice(0, -1).join(', ') + ' and ' + xs[xs.length - 1];
}

/**
 * Read the header record (spreadsheet row `row`): recognise the format, map the columns, and report
 * a one-column header, an unknown format, duplicate column names and ignored columns.
 */
export function readHeader(record: string[], row: number, problems: Problem[]): HeaderOutcome {
  const names = record.map((c) => c.trim());
  if (names.length === 1) {
    problems.push(
      fileProblem(
        'single-column',
        'error',
        `The header (row ${row}) reads as a single column: "${shorten(names[0], MAX_HEADER_QUOTE)}". ` +
          'The columns must be separated by commas, semicolons, tabs or "|".',
      ),
    );
    return { ok: false, format: null };
  }

  const lower = names.map((c) => c.toLowerCase());
  const idx = (name: string) => lower.indexOf(name);
  let columns: ColumnMap;
  const canonicalMissing = REQUIRED_COLUMNS.filter((c) => idx(c) < 0);
  const date = idx('date') >= 0 ? idx('date') : idx('date_name');
  const nomisMissing: string[] = NOMIS_REQUIRED.filter((c) => idx(c) < 0).map((c) => c.toUpperCase());
  if (date < 0) nomisMissing.unshift('DATE');

  if (canonicalMissing.length === 0) {
    columns = {
      format: 'canonical',
      area: idx('area_code'),
      areaName: idx('area_name'),
      sector: idx('sector_code'),
      sectorName: idx('sector_name'),
      year: idx('year'),
      value: idx('value'),
      flag: idx('flag'),
      ci: idx('ci95'),
      names,
    };
  } else if (nomisMissing.length === 0) {
    columns = {
      format: 'nomis',
      area: idx('geography_code'),
      areaName: idx('geography_name'),
      sector: idx('industry_code'),
      sectorName: idx('industry_name'),
      year: date,
      value: idx('obs_value'),
      flag: idx('obs_status'),
      ci: -1,
      names,
    };
  } else {
    const nomisFound = NOMIS_REQUIRED.length + 1 - nomisMissing.length;
    const canonicalFound = REQUIRED_COLUMNS.length - canonicalMissing.length;
    const closer =
      nomisFound > canonicalFound
        ? `It looks like a Nomis download but has no ${list(nomisMissing)} column${nomisMissing.length > 1 ? 's' : ''}.`
        : `It has no ${list(canonicalMissing)} column${canonicalMissing.length > 1 ? 's' : ''}.`;
    problems.push(
      fileProblem(
        'unknown-format',
        'error',
        `This file is not in a format we recognise. ${closer} An audit CSV needs the columns ` +
          `${list(REQUIRED_COLUMNS)}; a Nomis bulk download needs DATE, GEOGRAPHY_CODE, GEOGRAPHY_NAME, ` +
          `INDUSTRY_CODE, INDUSTRY_NAME and OBS_VALUE. The header (row ${row}) is: ` +
          `${shorten(names.join(', '), MAX_HEADER_QUOTE)}.`,
      ),
    );
    return { ok: false, format: null };
  }

  const used = new Set<number>();
  for (const j of [
    columns.area,
    columns.areaName,
    columns.sector,
    columns.sectorName,
    columns.year,
    columns.value,
    columns.flag,
    columns.ci,
  ]) {
    if (j >= 0) used.add(j);
  }

  // Duplicate names: an error that stops the file when we would read that column (we cannot
  // tell which one is meant), a warning when the column is ignored anyway.
  const seen = new Map<string, number>();
  let fatal = false;
  for (let j = 0; j < lower.length; j++) {
    if (lower[j] === '') continue;
    const first = seen.get(lower[j]);
    if (first === undefined) {
      seen.set(lower[j], j);
      continue;
    }
    const isUsed = used.has(first);
    fatal ||= isUsed;
    problems.push(
      fileProblem(
        'duplicate-column',
        isUsed ? 'error' : 'warning',
        `The header (row ${row}) has the column "${names[j]}" twice (columns ${first + 1} and ${j + 1}). ` +
          (isUsed
            ? 'We cannot tell which one to use, so the file was not read.'
            : 'It is not used, so this does not matter.'),
        names[j],
      ),
    );
  }
  if (fatal) return { ok: false, format: columns.format };

  const ignored: string[] = [];
  let unnamed = 0;
  for (let j = 0; j < names.length; j++) {
    if (used.has(j)) continue;
    if (names[j] === '') unnamed++;
    else ignored.push(`"${names[j]}"`);
  }
  if (ignored.length || unnamed) {
    const parts = ignored.length ? [ignored.join(', ')] : [];
    if (unnamed) parts.push(`${unnamed} column${unnamed > 1 ? 's' : ''} with no name`);
    problems.push(
      fileProblem('ignored-columns', 'info', `These columns are not used and were ignored: ${parts.join('; ')}.`),
    );
  }
  return { ok: true, columns };
}
