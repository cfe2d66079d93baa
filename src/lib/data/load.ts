// Fetches what the data build wrote into public/data/. Every failure names the file and the reason,
// so the error panel can say exactly what went wrong.
import type { Cube, DatasetMeta, DatasetsManifest } from './types';
import { cubeFromJson } from './cube-json';
import { mergeCubeYears } from './cube-years';

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`Could not load ${file}: ${reason}`);
    this.name = 'DataLoadError';
  }
}

/** Base URL of the data folder, relative to the page so any hosting folder works. */
export const DATA_BASE = `${import.meta.env?.BASE_URL ?? './'}data/`;

// Requests started before the app mounts (see prefetch), so data and code download together.
const early = new Map<string, Promise<string>>();

/**
 * Starts downloading files the first view will need, before the manifest has named them: the
 * manifest, the boundaries and a guess at the dataset file. A guess that turns out wrong only
 * costs the download; the loaders below use a prefetched file only when the manifest names it.
 */
export function prefetch(files: string[], fetcher: typeof fetch = fetch): void {
  for (const file of files) {
    if (early.has(file) || earlyJson.has(file)) continue;
    const p = fetchText(file, fetcher, false);
    p.catch(() => {}); // a failed prefetch is retried (and reported) by the real load
    early.set(file, p);
  }
}

// JSON files index.html has already fetched and parsed (see adoptEarly), each used once.
const earlyJson = new Map<string, Promise<unknown>>();

/**
 * Takes over requests index.html started before any of the app's code had loaded: a map from
 * file name to its parsed JSON, read while the app's script was still downloading. Each is used
 * once; a failed one (network, HTTP status or not JSON) is fetched again and reported as usual.
 */
export function adoptEarly(requests: Record<string, Promise<unknown>> | undefined): void {
  for (const [file, p] of Object.entries(requests ?? {})) adoptOne(file, p);
  lateEarly = requests ?? null;
}

function adoptOne(file: string, p: unknown): void {
  if (earlyJson.has(file) || early.has(file) || typeof (p as Promise<unknown> | null)?.then !== 'function') return;
  (p as Promise<unknown>).catch(() => {});
  earlyJson.set(file, p as Promise<unknown>);
}

// index.html names a dataset's cube file only once its list of datasets has arrived, which may be
// after adoptEarly: such a request is adopted when the file is first asked for.
let lateEarly: Record<string, Promise<unknown>> | null = null;

function adoptLate(file: string): void {
  if (!lateEarly || !(file in lateEarly)) return;
  const p = lateEarly[file];
  delete lateEarly[file];
  adoptOne(file, p);
}

async function fetchText(file: string, fetcher: typeof fetch, useEarly = true): Promise<string> {
  if (useEarly) {
    const pending = early.get(file);
    if (pending) {
      early.delete(file); // one use only: "Try again" must really fetch again
      try {
        return await pending;
      } catch {
        // fall through to a fresh request, which reports its own error
      }
    }
  }
  let res: Response;
  try {
    res = await fetcher(DATA_BASE + file);
  } catch (e) {
    throw new DataLoadError(file, `the network request failed (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!res.ok) throw new DataLoadError(file, `the server answered ${res.status} ${res.statusText}`.trim());
  return res.text();
}

export function validateManifest(json: unknown, file = 'datasets.json'): DatasetsManifest {
  const m = json as Partial<DatasetsManifest> | null;
  if (!m || typeof m !== 'object' || !Array.isArray(m.datasets) || m.datasets.length === 0) {
    throw new DataLoadError(file, 'it does not list any datasets');
  }
  for (const [i, d] of m.datasets.entries()) {
    for (const key of ['id', 'title', 'file', 'measure', 'unit'] as const) {
      if (typeof d?.[key] !== 'string' || d[key] === '') {
        throw new DataLoadError(file, `dataset ${i + 1} has no "${key}"`);
      }
    }
  }
  if (!m.datasets.some((d) => d.id === m.default)) {
    throw new DataLoadError(file, `its default dataset "${String(m.default)}" is not in its list`);
  }
  return m as DatasetsManifest;
}

export async function loadManifest(fetcher: typeof fetch = fetch): Promise<DatasetsManifest> {
  return validateManifest(await fetchJson('datasets.json', fetcher));
}

export function loadDatasetText(meta: DatasetMeta, fetcher: typeof fetch = fetch): Promise<string> {
  return fetchText(meta.file, fetcher);
}

async function fetchJson(file: string, fetcher: typeof fetch): Promise<unknown> {
  adoptLate(file);
  const pending = earlyJson.get(file);
  if (pending) {
    earlyJson.delete(file);
    try {
      return await pending;
    } catch {
      // fall through to a fresh request, which reports its own error
    }
  }
  const text = await fetchText(file, fetcher);
  try {
    return JSON.parse(text);
  } catch {
    throw new DataLoadError(file, 'it is not valid JSON');
  }
}

/** The boundary TopoJSON and the LAD → LEP lookup, as named in the manifest. */
export async function loadBoundaryFiles(
  manifest: DatasetsManifest,
  fetcher: typeof fetch = fetch,
): Promise<{ topology: unknown; lookup: unknown; lepPaths: unknown }> {
  const paths = manifest.topology.paths;
  const [topology, lookup, lepPaths] = await Promise.all([
    fetchJson(manifest.topology.file, fetcher),
    fetchJson(manifest.lookup.file, fetcher),
    // Only a head start: without it the paths are worked out from the topology, so a failure is no error.
    paths ? fetchJson(paths, fetcher).catch(() => null) : null,
  ]);
  return { topology, lookup, lepPaths };
}

/** One cube file (see cube-json.ts), checked as it is read. */
async function cubeFile(file: string, fetcher: typeof fetch): Promise<Cube> {
  const json = await fetchJson(file, fetcher);
  try {
    return cubeFromJson(json);
  } catch (e) {
    throw new DataLoadError(file, e instanceof Error ? e.message : String(e));
  }
}

/** A split cube's parts put together; a damaged pair is reported under the head file's name. */
function merged(meta: DatasetMeta, parts: Cube[], file: string): Cube {
  try {
    return mergeCubeYears(meta.years, parts);
  } catch (e) {
    throw new DataLoadError(file, e instanceof Error ? e.message : String(e));
  }
}

/**
 * A dataset's compact cube, every year of it: its one cube file, or a split cube's two parts
 * (cube-years.ts) fetched together, unless the whole file is already on its way (index.html).
 */
export async function loadDatasetCube(
  meta: DatasetMeta & { cube: string },
  fetcher: typeof fetch = fetch,
): Promise<Cube> {
  const split = meta.cubeSplit;
  if (!split || startedEarly(meta.cube)) return cubeFile(meta.cube, fetcher);
  const parts = await Promise.all([cubeFile(split.head, fetcher), cubeFile(split.rest, fetcher)]);
  return complete(merged(meta, parts, split.head), split.rest);
}

/** Whether a file's download has already started (then it is used rather than fetched again in parts). */
function startedEarly(file: string): boolean {
  adoptLate(file);
  return earlyJson.has(file) || early.has(file);
}

/** A merged cube with a year still missing means the files disagree with the manifest: say so. */
function complete(cube: Cube, file: string): Cube {
  if (cube.pending) throw new DataLoadError(file, `it lacks the years ${cube.pending.join(', ')}`);
  return cube;
}

/**
 * A dataset's cube in two steps, for the first view: `first` has the cells of `years` (and may list
 * the others as `pending`, see cube-years.ts), `full` has every year. When the dataset is not split,
 * or its first file lacks one of `years`, both are the whole cube. The rest is fetched only after
 * the first part has arrived, so it never slows the first view down.
 */
export function loadDatasetCubeFirst(
  meta: DatasetMeta & { cube: string },
  years: readonly string[],
  fetcher: typeof fetch = fetch,
): { first: Promise<Cube>; full: Promise<Cube> } {
  const split = meta.cubeSplit;
  if (!split || startedEarly(meta.cube) || !years.every((y) => split.headYears.includes(y))) {
    const whole = loadDatasetCube(meta, fetcher);
    return { first: whole, full: whole };
  }
  const head = cubeFile(split.head, fetcher);
  const first = head.then((h) => merged(meta, [h], split.head));
  const full = head.then(async (h) =>
    complete(merged(meta, [h, await cubeFile(split.rest, fetcher)], split.head), split.rest),
  );
  full.catch(() => {}); // reported by whoever awaits it; the first view may fail before it is asked for
  return { first, full };
}

/**
 * Only some years of a dataset, for a view that reads no others (the evidence pack): a split cube's
 * first part as it is, a cube of its years alone, when it holds every one of `years`; otherwise the
 * whole cube. One small file instead of the whole.
 */
export async function loadDatasetCubeYears(
  meta: DatasetMeta & { cube: string },
  years: readonly string[],
  fetcher: typeof fetch = fetch,
): Promise<Cube> {
  const split = meta.cubeSplit;
  if (!split || startedEarly(meta.cube) || !years.every((y) => split.headYears.includes(y)))
    return loadDatasetCube(meta, fetcher);
  const head = await cubeFile(split.head, fetcher);
  const lacking = years.filter((y) => !head.yearIndex.has(y));
  if (lacking.length > 0) throw new DataLoadError(split.head, `it lacks the years ${lacking.join(', ')}`);
  return head;
}
