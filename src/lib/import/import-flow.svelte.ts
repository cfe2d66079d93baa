// The importer's stages, as a controller the import panel renders: choose a file → reading it →
// the plan (what is in it, or a column mapping) → converting → the report. One worker session per
// file; every run (a load, a conversion) gets a token, and an answer from a run that was cancelled
// or overtaken is dropped, so a late reply never shows one file's figures under another's name.
import type { ImportPlan } from './convert';
import type { Detection } from './detect';
import type { CodeReference } from './code-systems';
import type { ImportProgress, ImportResult, ImportSession, StartOptions } from './worker-client';

export type Stage = 'choose' | 'reading' | 'plan' | 'converting' | 'report';

/** The steps the panel lists, each lit while one of its stages is on. */
export const STEPS: { stage: Stage[]; label: string }[] = [
  { stage: ['choose', 'reading'], label: 'Load' },
  { stage: ['plan'], label: 'Check the columns' },
  { stage: ['converting', 'report'], label: 'Check the rows' },
];

export interface ImportFlowDeps {
  /** Starts a worker session for one file (worker-client's startImport). */
  start: (source: Blob | string, options: StartOptions) => ImportSession;
  /**
   * What the map has boundaries for, for the report to name each code system of the file: settles
   * when the boundaries load (or fail to: null). Waited for at most `referenceWaitMs`.
   */
  codeReference: () => Promise<CodeReference | null>;
  referenceWaitMs?: number;
  /** Called when a new stage wants the person's attention (the panel moves focus to its heading). */
  onStage?: () => void;
}

const isAbort = (e: unknown) => e instanceof Error && e.name === 'AbortError';
const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The reference, or null once `ms` have passed without one. */
function within<T>(p: Promise<T | null>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  return Promise.race([p.catch(() => null), late]).finally(() => clearTimeout(timer));
}

export class ImportFlow {
  stage = $state<Stage>('choose');
  fileName = $state('');
  detection = $state.raw<Detection | null>(null);
  plan = $state.raw<ImportPlan | null>(null);
  progress = $state.raw<ImportProgress | null>(null);
  result = $state.raw<ImportResult | null>(null);
  /** undefined while the worker is still writing it; null when no row was rejected. */
  rejectedBlob = $state.raw<Blob | null | undefined>(undefined);
  status = $state<string | null>(null);
  failure = $state<string | null>(null);

  // Not reactive: the file itself and the worker session.
  #source: Blob | string | null = null;
  #session: ImportSession | null = null;
  #sessionUsed = false;
  /** Bumped whenever a run starts or stops, so late answers from an old run are ignored. */
  #run = 0;

  constructor(private readonly deps: ImportFlowDeps) {}

  /** Stops the worker and any run in flight (their answers are then ignored). */
  stop(): void {
    this.#run++;
    this.#session?.cancel();
    this.#session = null;
  }

  #newSession(src: Blob | string): ImportSession {
    this.#sessionUsed = false;
    const s: ImportSession = this.deps.start(src, {
      fileName: this.fileName,
      onProgress: (p) => {
        if (this.#session === s) this.progress = p;
      },
    });
    return s;
  }

  /** Read a new file (or pasted text) and detect its layout; whatever was under way stops. */
  async load(src: Blob | string, name: string): Promise<void> {
    this.stop();
    const token = this.#run;
    this.#source = src;
    this.fileName = name;
    this.detection = null;
    this.plan = null;
    this.result = null;
    this.rejectedBlob = undefined;
    this.status = null;
    this.failure = null;
    this.progress = null;
    this.stage = 'reading';
    this.#session = this.#newSession(src);
    try {
      const d = await this.#session.detection;
      if (token !== this.#run) return;
      this.detection = d;
      this.stage = 'plan';
      this.deps.onStage?.();
    } catch (e) {
      if (token !== this.#run || isAbort(e)) return;
      this.failure = `The file could not be read: ${reason(e)}`;
      this.stage = 'choose';
    }
  }

  /** Convert the file by a plan (a second conversion reads the file again in a fresh worker). */
  async convert(p: ImportPlan): Promise<void> {
    const source = this.#source;
    if (source === null) return;
    this.plan = p;
    const token = ++this.#run;
    this.stage = 'converting';
    this.progress = null;
    this.failure = null;
    this.rejectedBlob = undefined;
    try {
      if (!this.#session || this.#sessionUsed) {
        this.#session?.cancel();
        this.#session = this.#newSession(source);
        await this.#session.detection;
      }
      this.#sessionUsed = true;
      const s = this.#session;
      const reference = await within(this.deps.codeReference(), this.deps.referenceWaitMs ?? 15_000);
      if (token !== this.#run) return;
      const r = await s.convert(p, reference);
      if (token !== this.#run) return;
      this.result = r;
      this.stage = 'report';
      this.deps.onStage?.();
      r.rejectedCsv.then(
        (blob) => {
          if (token === this.#run || this.result === r) this.rejectedBlob = blob;
        },
        () => {
          if (this.result === r) this.rejectedBlob = null;
        },
      );
    } catch (e) {
      if (token !== this.#run || isAbort(e)) return;
      this.failure = `The file could not be converted: ${reason(e)}`;
      this.stage = 'plan';
    }
  }

  /** Cancel reading or converting: back to the plan when there is one, else to choosing a file. */
  cancel(): void {
    const wasConverting = this.stage === 'converting';
    this.stop();
    this.progress = null;
    this.status = 'Import cancelled. Nothing was loaded.';
    this.stage = wasConverting && this.detection ? 'plan' : 'choose';
    if (this.stage === 'choose') this.#source = null;
    this.deps.onStage?.();
  }

  /** From the report back to the plan, to change the mapping. */
  back(): void {
    this.stage = 'plan';
    this.deps.onStage?.();
  }

  /** Start again with another file. */
  restart(): void {
    this.#clear();
    this.status = null;
    this.failure = null;
    this.deps.onStage?.();
  }

  /** The result went into the atlas: clear everything and say so. */
  done(status: string): void {
    this.#clear();
    this.status = status;
  }

  #clear(): void {
    this.stop();
    this.#source = null;
    this.detection = null;
    this.result = null;
    this.plan = null;
    this.stage = 'choose';
  }
}
