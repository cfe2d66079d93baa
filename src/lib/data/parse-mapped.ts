// Columns chosen by hand in the importer, instead of recognised from the header's names.

import type { ColumnMap, HeaderOutcome } from './parse-header';
import { mappingDoesNotFit } from './parse-messages';
import type { Problem } from './types';

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

/** The header of a file whose columns were mapped by hand: check the indices against it. */
export function mappedHeader(record: string[], row: number, m: MappedColumns, problems: Problem[]): HeaderOutcome {
  const names = record.map((c) => c.trim());
  const indices = [m.area, m.areaName, m.sector, m.sectorName, m.year, m.value, m.flag, m.ci];
  for (const j of m.wide?.columns ?? []) indices.push(j);
  for (const k of m.keep ?? []) indices.push(k.column);
  const required = m.fixedSector ? [m.area, m.areaName] : [m.area, m.areaName, m.sector, m.sectorName];
  if (m.wide) {
    if (m.wide.columns.length === 0 || m.wide.columns.length !== m.wide.labels.length) required.push(-1);
  } else required.push(m.year, m.value);
  if (required.some((j) => j < 0) || indices.some((j) => j >= names.length)) {
    problems.push(mappingDoesNotFit(row, names.length));
    return { ok: false, format: null };
  }
  const columns: ColumnMap = {
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
  };
  return { ok: true, columns };
}
