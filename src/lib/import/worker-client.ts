// Main-thread side of the import worker: start a worker for one file, get the detection, convert
// by a plan, follow progress, cancel. Cancelling terminates the worker, which stops a parse at once.

import type { Cube } from '../data/types';
import type { ImportPlan } from './convert';
import type { Detection } from './detect';
import type { FromWorker, ImportPhase, ToWorker } from './messages';
import { seedDefaultBenchmark } from '../metrics/benchmark';
import type { ImportReport } from './report';
import type { CodeReference } from './code-systems';

export interface ImportProgress {
  phase: ImportPhase;
  /** Bytes of the file processed so far (estimated while parsing) and in all. */
  loaded: number;
  total: number;
}

export interface ImportResult {
  cube: Cube;
  report: ImportReport;
  /** The rejected rows with their reasons as CSV (null when none); resolves shortly after the result. */
  rejectedCsv: Promise<Blob | null>;
}

export interface ImportSession {
  /** Resolves when the file is read and its layout detected. */
  detection: Promise<Detection>;
  /** Convert by a plan (from planFromDetection, or the mapping the user corrected), naming code systems against `reference` (null when the boundaries did not load). Call once. */
  convert(plan: ImportPlan, reference: CodeReference | null): Promise<ImportResult>;
  /** Stop now: terminates the worker; pending promises reject with an Error named 'AbortError'. */
  cancel(): void;
}

export interface StartOptions {
  fileName?: string;
  onProgress?: (p: ImportProgress) => void;
  /** For tests: make the worker some other way. */
  createWorker?: () => Worker;
}

const defaultWorker = () => new Worker(new URL('../../workers/import-worker.ts', import.meta.url), { type: 'module' });

function abortError(): Error {
  const e = new Error('The import was cancelled.');
  e.name = 'AbortError';
  return e;
}

/** Start importing a File (or pasted text) in a worker. */
export function startImport(source: Blob | string, options: StartOptions = {}): ImportSession {
  const worker = (options.createWorker ?? defaultWorker)();
  const fileName =
    options.fileName ?? (typeof File !== 'undefined' && source instanceof File ? source.name : 'pasted data');
  let finished = false;
  const pending: { reject(e: Error): void }[] = [];
  let onDetected: ((d: Detection) => void) | null = null;
  let onDone: ((r: { cube: Cube; report: ImportReport }) => void) | null = null;
  let onRejectedCsv: ((b: Blob | null) => void) | null = null;

  const fail = (e: Error) => {
    finished = true;
    worker.terminate();
    for (const p of pending.splice(0)) p.reject(e);
  };

  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    switch (m.type) {
      case 'progress':
        options.onProgress?.({ phase: m.phase, loaded: m.loaded, total: m.total });
        break;
      case 'detected':
        onDetected?.(m.detection);
        break;
      case 'done':
        seedDefaultBenchmark(m.cube, m.benchmarkSums);
        onDone?.({ cube: m.cube, report: m.report });
        break;
      case 'rejected-csv':
        onRejectedCsv?.(m.blob);
        finished = true;
        worker.terminate();
        break;
      case 'error':
        fail(new Error(m.message));
        break;
    }
  };
  worker.onerror = (e) => fail(new Error(e.message || 'The import worker failed.'));

  const send = (m: ToWorker) => worker.postMessage(m);
  const detection = new Promise<Detection>((resolve, reject) => {
    pending.push({ reject });
    onDetected = resolve;
  });
  send({ type: 'load', source, fileName });

  return {
    detection,
    convert(plan, reference) {
      if (finished) return Promise.reject(abortError());
      const rejectedCsv = new Promise<Blob | null>((resolve, reject) => {
        pending.push({ reject });
        onRejectedCsv = resolve;
      });
      rejectedCsv.catch(() => {});
      const result = new Promise<ImportResult>((resolve, reject) => {
        pending.push({ reject });
        onDone = (r) => resolve({ ...r, rejectedCsv });
      });
      send({ type: 'convert', plan, reference });
      return result;
    },
    cancel() {
      if (!finished) fail(abortError());
    },
  };
}
