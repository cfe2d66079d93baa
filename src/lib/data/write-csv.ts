// Writing AuditRows as a canonical audit CSV (see DESIGN.md, "The canonical audit CSV").
// parseAuditCsv reads what this writes back into the same rows (row numbers aside).
//
// This is the data format, not a spreadsheet export: cells are written exactly, so a name that
// starts with "=" or "-" is not neutralised here (the CSV download of a view does that).

import { CANONICAL_COLUMNS, type AuditRow } from './types';
import { quoteCsv } from './csv-quote';

/** Quote a cell when a CSV reader would otherwise split, merge or trim it (the one rule, csv-quote.ts). */
const cell = quoteCsv;

/** A number as plain digits ("1234.5", no separators); empty for null. */
function num(x: number | null, r: AuditRow, what: string): string {
  if (x === null) return '';
  // NaN or Infinity in an AuditRow is a bug upstream; writing it as empty would hide it.
  if (!Number.isFinite(x)) throw new RangeError(`Row ${r.row}: ${what} is ${x}, which a CSV cannot hold.`);
  return String(x);
}

/**
 * The canonical CSV of `rows`: header `area_code,area_name,sector_code,sector_name,year,value,flag,ci95`,
 * one line per row, lines ending in "\n" (the last one too). Cells that contain a comma, quote or
 * line break, or start or end with a space, are quoted. A null value, flag or ci95 is an empty cell.
 * Throws a RangeError for a value or ci95 that is NaN or infinite (AuditRows never hold those).
 */
export function writeCanonicalCsv(rows: readonly AuditRow[]): string {
  const lines: string[] = [CANONICAL_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push(
      cell(r.areaCode) +
        ',' +
        cell(r.areaName) +
        ',' +
        cell(r.sectorCode) +
        ',' +
        cell(r.sectorName) +
        ',' +
        cell(r.year) +
        ',' +
        num(r.value, r, 'value') +
        ',' +
        (r.flag ?? '') +
        ',' +
        num(r.ci95, r, 'ci95'),
    );
  }
  return lines.join('\n') + '\n';
}
