// The validation report shown before an imported file is explored: what was read, used and
// rejected, and why; duplicates; areas the map cannot draw; sectors with no data; and which
// benchmark the location quotients will use. A plain object, small enough to post from a worker
// whatever the file's size (long lists are cut to `maxListed` entries, with full counts beside).

import type { Cube, Problem, ProblemCode, Sector } from '../data/types';
import type { ConvertResult } from './convert';
import type { ImportFormat } from './detect';
import { mapSentence, recogniseCodes, type CodeGroup, type CodeReference } from './code-systems';
import { rowStart } from '../data/cube';
import { wholeNumber } from '../whole-number';

/** Area codes a file may carry that make a natural benchmark, in order of preference. */
export const BENCHMARK_CODES: readonly { code: string; label: string }[] = [
  { code: 'E92000001', label: 'England' },
  { code: 'K02000001', label: 'United Kingdom' },
  { code: 'K03000001', label: 'Great Britain' },
];

export interface RejectedRow {
  /** Spreadsheet row (header = 1). */
  row: number;
  /** The first column named by the row's errors, if any. */
  column: string | null;
  /** Every reason, in plain English. */
  reason: string;
}

export interface BenchmarkChoice {
  /** Areas of the file that can be the benchmark (England, UK, GB), in order of preference. */
  options: { code: string; name: string }[];
  /** The suggested benchmark's area code, or null for the sum of the loaded areas. */
  suggested: string | null;
  /** A plain sentence for subtitles, for the suggested choice. */
  sentence: string;
  /** The sentence for "sum of the loaded areas", whether suggested or not. */
  sumSentence: string;
}

export interface ImportReport {
  fileName: string;
  layout: ImportFormat;
  counts: {
    /** Data values read (records × year columns in a wide table), blank lines and set-aside records not counted. */
    read: number;
    used: number;
    rejected: number;
    /** Records of another measure (or other choice) than the chosen one. */
    setAside: number;
    /** Problems of severity 'warning' (the rows are used). */
    warnings: number;
    /** 1, or the number of year columns of a wide table. */
    valuesPerRecord: number;
  };
  /** True when no row could be used: the UI should show the problems and not open the dataset. */
  failed: boolean;
  /** Problems about the whole file (row null): unreadable, unknown format, set-aside counts, ignored columns … */
  fileProblems: Problem[];
  /** Rejected rows, one entry per row, in row order; at most `maxListed`. */
  rejected: RejectedRow[];
  /** Distinct rejected rows (may exceed rejected.length). */
  rejectedRowCount: number;
  /** Warnings grouped by code: how many, and the first few. */
  warnings: { code: ProblemCode; count: number; examples: Problem[] }[];
  /** Rows that repeat an earlier row's area, sector and year (rejected; the first is kept); at most `maxListed`. */
  duplicates: { row: number; firstRow: number | null; message: string }[];
  duplicateCount: number;
  areaCount: number;
  sectorCount: number;
  years: string[];
  /** Areas whose code matches no boundary: they appear in charts and tables but not on the map. At most `maxListed`. */
  unmatchedAreas: { code: string; name: string }[];
  unmatchedAreaCount: number;
  /** A sentence for the map, e.g. "3 areas in this file have codes that match no boundary, so the map cannot draw them." */
  unmatchedSentence: string;
  /**
   * The file's area codes by code system (LEPs of 2021 or earlier years, districts of 2021, 2023 or
   * other years, ITL, NUTS, small areas …), each saying whether it draws and why. Empty when the
   * report was made without the atlas's reference lists.
   */
  codeSystems: CodeGroup[];
  /** Sectors with no value in any area or year. */
  sectorsWithNoData: Sector[];
  benchmark: BenchmarkChoice;
}

export interface ReportOptions {
  fileName?: string;
  /** What the atlas has boundaries for: the report then names each code system of the file. */
  reference?: CodeReference;
  /** Without a reference: area codes of the atlas's boundaries (LEPs, districts, England …). */
  knownCodes?: ReadonlySet<string>;
  /** Longest lists kept in the report (default 1000). */
  maxListed?: number;
}

const plural = (n: number, one: string, many = one + 's') => `${wholeNumber(n)} ${n === 1 ? one : many}`;

/** The benchmark to offer for a cube: England, UK or GB when the file has it, else the sum of its areas. */
export function benchmarkChoice(cube: Cube): BenchmarkChoice {
  const options: { code: string; name: string }[] = [];
  for (const b of BENCHMARK_CODES) {
    const i = cube.areaIndex.get(b.code);
    if (i !== undefined) options.push({ code: b.code, name: cube.areas[i].name || b.label });
  }
  const n = cube.areas.length;
  const sumSentence =
    `Benchmark: the sum of the ${plural(n, 'area')} loaded from this file` +
    (options.length === 0 ? ', because it has no row for England or the UK' : '') +
    '. A location quotient of 1 means the same mix of sectors as these areas together, not as England.';
  if (options.length === 0) return { options, suggested: null, sentence: sumSentence, sumSentence };
  const first = options[0];
  return {
    options,
    suggested: first.code,
    sentence: `Benchmark: ${first.name} (${first.code}), from this file.`,
    sumSentence,
  };
}

/** Build the report from a conversion and the cube built from its rows. */
export function buildReport(result: ConvertResult, cube: Cube, options: ReportOptions = {}): ImportReport {
  const max = options.maxListed ?? 1000;
  const fileProblems: Problem[] = [];
  const byRow = new Map<number, { column: string | null; reasons: string[] }>();
  const warningGroups = new Map<ProblemCode, { code: ProblemCode; count: number; examples: Problem[] }>();
  const duplicates: ImportReport['duplicates'] = [];
  let duplicateCount = 0;
  let warnings = 0;

  for (const p of result.problems) {
    if (p.row === null) {
      fileProblems.push(p);
      continue;
    }
    if (p.severity === 'error') {
      let entry = byRow.get(p.row);
      if (!entry) byRow.set(p.row, (entry = { column: p.column, reasons: [] }));
      entry.column ??= p.column;
      entry.reasons.push(p.message);
      if (p.code === 'duplicate-key') {
        duplicateCount++;
        if (duplicates.length < max) {
          const m = /which row (\d+)/.exec(p.message);
          duplicates.push({ row: p.row, firstRow: m ? +m[1] : null, message: p.message });
        }
      }
    } else if (p.severity === 'warning') {
      warnings++;
      let g = warningGroups.get(p.code);
      if (!g) warningGroups.set(p.code, (g = { code: p.code, count: 0, examples: [] }));
      g.count++;
      if (g.examples.length < 5) g.examples.push(p);
    }
  }

  const rejectedRows = [...byRow.keys()].sort((a, b) => a - b);
  const rejected: RejectedRow[] = rejectedRows.slice(0, max).map((row) => {
    const e = byRow.get(row)!;
    return { row, column: e.column, reason: e.reasons.join(' ') };
  });

  const recognition = options.reference ? recogniseCodes(cube.areas, options.reference) : null;
  const known = recognition?.drawn ?? options.knownCodes;
  const unmatched: { code: string; name: string }[] = [];
  let unmatchedAreaCount = 0;
  if (known) {
    for (const a of cube.areas) {
      if (known.has(a.code)) continue;
      unmatchedAreaCount++;
      if (unmatched.length < max) unmatched.push({ code: a.code, name: a.name });
    }
  }
  const unmatchedSentence = recognition
    ? mapSentence(recognition)
    : unmatchedAreaCount === 0
      ? 'Every area in this file has a boundary on the map.'
      : `${plural(unmatchedAreaCount, 'area')} in this file ${unmatchedAreaCount === 1 ? 'has a code' : 'have codes'} ` +
        `that match${unmatchedAreaCount === 1 ? 'es' : ''} no boundary, so the map cannot draw ${unmatchedAreaCount === 1 ? 'it' : 'them'}; ` +
        `${unmatchedAreaCount === 1 ? 'it still appears' : 'they still appear'} in charts and tables.`;

  // Sectors with no value in any cell.
  const A = cube.areas.length;
  const S = cube.sectors.length;
  const sectorsWithNoData: Sector[] = [];
  for (let s = 0; s < S; s++) {
    let any = false;
    for (let y = 0; y < cube.years.length && !any; y++) {
      const base = rowStart(cube, s, y);
      for (let a = 0; a < A; a++) {
        if (cube.values[base + a] === cube.values[base + a]) {
          any = true;
          break;
        }
      }
    }
    if (!any) sectorsWithNoData.push({ ...cube.sectors[s] });
  }

  return {
    fileName: options.fileName ?? '',
    layout: result.layout,
    counts: {
      read: result.stats.read,
      used: result.stats.accepted,
      rejected: result.stats.rejected,
      setAside: result.stats.setAside ?? 0,
      warnings,
      valuesPerRecord: result.valuesPerRecord,
    },
    failed: result.stats.accepted === 0,
    fileProblems,
    rejected,
    rejectedRowCount: rejectedRows.length,
    warnings: [...warningGroups.values()],
    duplicates,
    duplicateCount,
    areaCount: A,
    sectorCount: S,
    years: [...cube.years],
    unmatchedAreas: unmatched,
    unmatchedAreaCount,
    unmatchedSentence,
    codeSystems: recognition?.groups ?? [],
    sectorsWithNoData,
    benchmark: benchmarkChoice(cube),
  };
}
