// Turn a user's file into canonical AuditRows, following a plan: the detected (or hand-corrected)
// layout and column mapping, and which measure to keep. Canonical and Nomis files go through
// parseAuditCsv as they are; long tables mapped by hand and wide tables (one column per year) go
// through the same reader with the columns given by index, so every check, message and row
// number is the same whatever the layout.
//
// Accounting: every non-blank data record ends up used, rejected with an error problem naming its
// row, or (when a measure was chosen) set aside and counted in a 'set-aside' problem. In a wide
// table the unit is one value (record × year column): `stats.read` = records × year columns.

import { detectDelimiter, fileProblem } from '../data/parse-header';
import { parseAuditCsv, type MappedColumns } from '../data/parse';
import { readRecords } from '../data/parse-read';
import { periodSortKey } from '../data/period';
import type { MeasureKind, ParseResult, Problem } from '../data/types';
import { detectImport, type ColumnMapping, type Detection, type ImportFormat } from './detect';
import { csvText } from '../export/csv-cell';

/** How to read a file: what the UI confirms after detection (and the column-mapping step). */
export interface ImportPlan {
  /** 'canonical' and 'nomis' are read by their header names; 'unknown' (a long table) and 'wide' by `mapping`. */
  format: ImportFormat;
  /** Column indices into the header. Ignored for 'canonical' and 'nomis'. For 'wide', year and value are ignored. */
  mapping: ColumnMapping;
  /** Wide tables: the year columns to read, and their period labels (default: the header text). */
  wide?: { yearColumns: number[]; labels?: string[] } | null;
  /** Keep only records with these cells (a chosen measure, say); the others are set aside and counted. */
  filters?: { column: number; value: string }[];
  /**
   * Records with this cell (another measure in a filtered column, such as Nomis's "Confidence") give
   * the kept records their 95% confidence intervals instead of being set aside.
   */
  ci?: { column: number; value: string } | null;
  /**
   * 'count' (the default): negative values are rejected. 'indicator' (an index, a rate): negatives are
   * kept, and the file may have no sector column (every row is one "sector" named after the measure).
   */
  measureKind?: MeasureKind;
  /** The measure's name, for an indicator with no sector column (its one "sector"). */
  measureName?: string;
}

/** The one "sector" of an indicator file with no sector column. */
export const INDICATOR_SECTOR_CODE = 'all';

export interface ConvertOptions {
  /** Named in file-level messages. */
  fileName?: string;
  /** Characters per papaparse chunk (tests set it small). */
  chunkSize?: number;
  /** Characters read so far and in all, after each chunk. */
  onProgress?: (done: number, total: number) => void;
}

export interface ConvertResult extends ParseResult {
  /** The layout that was read. */
  layout: ImportFormat;
  /** Values per data record: the number of year columns in a wide table, else 1. */
  valuesPerRecord: number;
}

/**
 * The plan detection suggests: its format and mapping, the wide layout, and the first value of
 * each choice column (or the value given in `chosen`, by column index) as a filter.
 */
export function planFromDetection(d: Detection, chosen: Record<number, string> = {}): ImportPlan {
  return {
    format: d.format,
    mapping: { ...d.mapping },
    wide: d.wide ? { yearColumns: [...d.wide.yearColumns], labels: [...d.wide.labels] } : null,
    filters: d.choices.map((c) => ({ column: c.column, value: chosen[c.column] ?? c.values[0] })),
    ci: d.choices.map((c) => confidenceMeasure(c, chosen[c.column] ?? c.values[0])).find((x) => x !== null) ?? null,
  };
}

/**
 * The measure in a choice column that holds confidence intervals (Nomis: "Confidence"), if there is
 * one and it is not the measure being shown: its rows can give the shown figures their 95% CIs.
 */
export function confidenceMeasure(
  c: { column: number; values: string[]; isMeasure: boolean },
  chosen: string,
): { column: number; value: string } | null {
  if (!c.isMeasure) return null;
  const value = c.values.find((v) => /^(confidence( interval)?|ci ?95|95% ci)$/i.test(v.trim()));
  return value !== undefined && value !== chosen ? { column: c.column, value } : null;
}

/** Convert a text by a plan into canonical rows and problems. Never throws. */
export function convertImport(text: string, plan: ImportPlan, options: ConvertOptions = {}): ConvertResult {
  const base = {
    fileName: options.fileName,
    chunkSize: options.chunkSize,
    onProgress: options.onProgress,
    keep: plan.filters?.filter((f) => f.column >= 0),
    ciFrom: plan.ci && plan.ci.column >= 0 ? plan.ci : undefined,
    counts: plan.measureKind !== 'indicator',
  };
  if (plan.format === 'canonical' || plan.format === 'nomis') {
    // Object.assign, not a spread: a spread would make every row object the table spares us.
    return Object.assign(parseAuditCsv(text, base), { layout: plan.format, valuesPerRecord: 1 });
  }

  const m = plan.mapping;
  const area = m.areaCode ?? m.areaName;
  const sector = m.sectorCode ?? m.sectorName;
  const columns: MappedColumns = {
    area: area ?? -1,
    areaName: m.areaName ?? area ?? -1,
    sector: sector ?? -1,
    sectorName: m.sectorName ?? sector ?? -1,
    year: m.year ?? -1,
    value: m.value ?? -1,
    flag: m.flag ?? -1,
    ci: m.ci95 ?? -1,
  };
  if (plan.measureKind === 'indicator' && sector === null) {
    columns.fixedSector = {
      code: INDICATOR_SECTOR_CODE,
      name: plan.measureName?.trim() || 'All (one figure per area)',
    };
  }
  let valuesPerRecord = 1;
  if (plan.format === 'wide') {
    const yearColumns = plan.wide?.yearColumns ?? [];
    let labels = plan.wide?.labels;
    if (!labels || labels.length !== yearColumns.length) {
      const header = detectImport(text, { previewRows: 0, sampleChars: 1 << 16 }).header;
      labels = yearColumns.map((j) => (header[j] ?? '').trim());
    }
    const bad = labels.map((l, k) => [l, yearColumns[k]] as const).filter(([l]) => periodSortKey(l) === null);
    if (bad.length > 0) {
      const problems: Problem[] = [
        fileProblem(
          'not-a-period',
          'error',
          `These year columns do not have a year or period as their heading: ` +
            bad.map(([l, j]) => `column ${j + 1} ("${l.slice(0, 40)}")`).join(', ') +
            '. Choose only columns headed by a year or period, such as 2022, 2021/22 or 2022 Q1.',
        ),
      ];
      return {
        format: null,
        rows: [],
        problems,
        stats: { read: 0, accepted: 0, rejected: 0 },
        layout: 'wide',
        valuesPerRecord: 1,
      };
    }
    columns.wide = { columns: [...yearColumns], labels };
    columns.year = -1;
    columns.value = -1;
    columns.flag = -1;
    columns.ci = -1;
    valuesPerRecord = Math.max(1, yearColumns.length);
  }
  const result = parseAuditCsv(text, { ...base, columns });
  // A wide table is read one year column at a time; put its problems back in row order.
  if (plan.format === 'wide') result.problems.sort((x, y) => (x.row ?? 0) - (y.row ?? 0));
  return Object.assign(result, { layout: plan.format, valuesPerRecord });
}

/**
 * The records at the given spreadsheet rows, read again from the text exactly as written, and the
 * header. For the download of rejected rows; row numbers count as parseAuditCsv counts them.
 */
export function collectRecords(
  text: string,
  rows: Iterable<number>,
  chunkSize = 1 << 18,
): { header: string[]; records: Map<number, string[]> } {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const wanted = new Set(rows);
  const records = new Map<number, string[]>();
  let header: string[] | null = null;
  let before = 0;
  let max = 0;
  for (const r of wanted) max = Math.max(max, r);
  readRecords(text, detectDelimiter(text), chunkSize, (data) => {
    for (let i = 0; i < data.length; i++) {
      const r = data[i];
      const row = before + i + 1;
      if (header === null) {
        if (r.some((c) => c.trim() !== '')) header = r.map((c) => c.trim());
        continue;
      }
      if (wanted.has(row)) records.set(row, r);
    }
    before += data.length;
    return before < max;
  });
  return { header: header ?? [], records };
}

/** A cell of the rejected rows: neutralised against formulas and quoted, as every spreadsheet CSV the atlas writes. */
const csvCell = csvText;

/**
 * The rejected rows as a CSV to download: columns `row`, `reason`, then the file's own columns,
 * one line per rejected row in row order, the row's cells as written and every reason it was
 * rejected. Cells that a spreadsheet would run as a formula are neutralised with a leading '.
 * `originalRecords` is what collectRecords returns.
 */
export function rejectedRowsCsv(
  problems: readonly Problem[],
  originalRecords: { header: string[]; records: Map<number, string[]> },
): string {
  const reasons = new Map<number, string[]>();
  for (const p of problems) {
    if (p.severity !== 'error' || p.row === null) continue;
    let list = reasons.get(p.row);
    if (!list) reasons.set(p.row, (list = []));
    list.push(p.message);
  }
  const lines = [['row', 'reason', ...originalRecords.header].map(csvCell).join(',')];
  for (const row of [...reasons.keys()].sort((a, b) => a - b)) {
    const record = originalRecords.records.get(row) ?? [];
    lines.push([String(row), reasons.get(row)!.join(' '), ...record].map(csvCell).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** Spreadsheet rows that were rejected (have an error problem), in order. */
export function rejectedRowNumbers(problems: readonly Problem[]): number[] {
  const rows = new Set<number>();
  for (const p of problems) if (p.severity === 'error' && p.row !== null) rows.add(p.row);
  return [...rows].sort((a, b) => a - b);
}
