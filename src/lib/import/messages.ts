// Messages between the import worker (src/workers/import-worker.ts) and worker-client.ts.

import type { Cube } from '../data/types';
import type { ImportPlan } from './convert';
import type { Detection } from './detect';
import type { ImportReport } from './report';
import type { CodeReference } from './code-systems';
import type { BenchmarkSums } from '../metrics/benchmark';

export type ImportPhase = 'reading' | 'parsing' | 'building' | 'checking';

/** Main thread → worker. */
export type ToWorker =
  /** Read the file (or pasted text), keep it, and detect its layout. */
  | { type: 'load'; source: Blob | string; fileName: string }
  /** Convert the loaded text by `plan`; `reference` is what the atlas has boundaries for. */
  | { type: 'convert'; plan: ImportPlan; reference: CodeReference | null }
  /** Stop between steps (a running parse is stopped by terminating the worker). */
  | { type: 'cancel' };

/** Worker → main thread. */
export type FromWorker =
  /** loaded/total in bytes of the file (estimated from characters while parsing). */
  | { type: 'progress'; phase: ImportPhase; loaded: number; total: number }
  | { type: 'detected'; detection: Detection }
  /** The cube's typed arrays are transferred, not copied. */
  /** benchmarkSums: the default benchmark's sums when the file has no country row, made beside the cube. */
  | { type: 'done'; cube: Cube; report: ImportReport; benchmarkSums: BenchmarkSums | null }
  /** After 'done': the rejected rows with reasons as a CSV Blob (null when none). */
  | { type: 'rejected-csv'; blob: Blob | null }
  | { type: 'error'; message: string };
