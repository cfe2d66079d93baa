// The whole import of one text, as the worker runs it: convert by the plan, build the cube,
// write the report. Pure and synchronous, so it runs in Node tests as in the worker.

import { cubeOfParse } from '../data/cube';
import type { Cube } from '../data/types';
import {
  collectRecords,
  convertImport,
  rejectedRowNumbers,
  rejectedRowsCsv,
  type ConvertResult,
  type ImportPlan,
} from './convert';
import { buildReport, type ImportReport } from './report';
import type { CodeReference } from './code-systems';

export interface ImportOutcome {
  cube: Cube;
  report: ImportReport;
}

export interface RunOptions {
  fileName?: string;
  knownCodes?: ReadonlySet<string>;
  /** What the atlas has boundaries for (names each code system in the report). */
  reference?: CodeReference;
  chunkSize?: number;
  onProgress?: (phase: 'parsing' | 'building' | 'checking', done: number, total: number) => void;
}

/** Convert, build the cube, report. Returns the conversion too (for the rejected rows CSV). */
export function runImport(
  text: string,
  plan: ImportPlan,
  options: RunOptions = {},
): ImportOutcome & { result: ConvertResult } {
  const { onProgress } = options;
  const result = convertImport(text, plan, {
    fileName: options.fileName,
    chunkSize: options.chunkSize,
    onProgress: onProgress && ((d, t) => onProgress('parsing', d, t)),
  });
  onProgress?.('building', 0, 1);
  const cube = cubeOfParse(result);
  onProgress?.('checking', 0, 1);
  const report = buildReport(result, cube, {
    fileName: options.fileName,
    knownCodes: options.knownCodes,
    reference: options.reference,
  });
  return { cube, report, result };
}

/** The CSV of rejected rows (with reasons), or null when none was rejected. */
export function rejectedCsvFor(text: string, result: ConvertResult): string | null {
  const rows = rejectedRowNumbers(result.problems);
  if (rows.length === 0) return null;
  return rejectedRowsCsv(result.problems, collectRecords(text, rows));
}

/** The typed arrays of a cube, to transfer (not copy) from a worker. */
export function cubeTransferables(cube: Cube): ArrayBuffer[] {
  return [cube.values, cube.flags, cube.ci95, cube.totals, cube.missingInTotal].map((a) => a.buffer as ArrayBuffer);
}
