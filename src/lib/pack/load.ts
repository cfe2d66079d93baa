// Opens every dataset the pack reads for one area (the cubes already open are reused), and makes
// the strands: each dataset's index of the area, its latest and earliest year, and its benchmark.
import type { Cube, DatasetMeta } from '../data/types';
import { buildDatasetCube } from '../state/dataset-loading';
import { areaBenchmark, defaultBenchmark, type Benchmark } from '../metrics';
import { packDatasets, packYears, roleOf } from './strands';
import { poolYears } from './pool-years';
import type { Strand } from './types';

const cubes = new Map<string, Promise<Cube>>();

function openCube(meta: DatasetMeta, datasets: readonly DatasetMeta[]): Promise<Cube> {
  let p = cubes.get(meta.id);
  if (!p) {
    // The app's own loader, so nested sectors (GVA) get their totals from the tree here too: a
    // parent is never added to its children, and the figures equal the GVA profile's.
    // Only the years the pack reads: a split cube's (GVA's) small first part holds them all, so the
    // 2 MB of its other years is neither fetched nor parsed; the cube has those years alone.
    p = buildDatasetCube(meta, packYears(meta, datasets)).then((r) => r.cube);
    cubes.set(meta.id, p);
    p.catch(() => cubes.delete(meta.id));
  }
  return p;
}

/**
 * Starts fetching the pack's datasets before the pack is opened (a pointer over, or focus on, a way
 * into it), so a click finds them on their way or here. The dataset on screen is already open.
 */
export function prefetchPackData(datasets: readonly DatasetMeta[], current: string): void {
  for (const meta of packDatasets(datasets, current)) {
    if (meta.id !== current && !meta.id.startsWith('local-')) void openCube(meta, datasets).catch(() => {});
    const staff = staffMeta(datasets, meta);
    if (staff && staff.id !== current) void openCube(staff, datasets).catch(() => {});
  }
}

/** REF 4* FTE's companion: the FTE of staff submitted (ref2021-4star-fte → ref2021-fte), when listed. */
export function staffMeta(datasets: readonly DatasetMeta[], meta: DatasetMeta): DatasetMeta | undefined {
  if (roleOf(meta) !== 'research') return undefined;
  const id = meta.id.replace(/-4star-fte$/, '-fte');
  return id === meta.id ? undefined : datasets.find((d) => d.id === id);
}

export interface StrandRequest {
  datasets: readonly DatasetMeta[];
  /** The dataset on screen: a user's own file makes a pack of that file alone. */
  current: string;
  /** Cubes already open (the user's files, the dataset on screen), by dataset id. */
  open: ReadonlyMap<string, Cube>;
  areaCode: string;
  /** The benchmark chosen in the app, used where a dataset has that area. */
  benchmark: string | null;
  /** The benchmark in use for the dataset on screen (it may be a sum of areas for a user's file). */
  currentBenchmark: Benchmark | null;
}

export async function loadStrands(req: StrandRequest): Promise<Strand[]> {
  const metas = packDatasets(req.datasets, req.current);
  // A cube on screen still waiting for some of its years (a split cube's first view) is not used:
  // the pack may read one of them.
  const open = (m: DatasetMeta) => {
    const c = req.open.get(m.id);
    return c && !c.pending ? c : openCube(m, req.datasets);
  };
  const staffMetas = metas.map((m) => staffMeta(req.datasets, m));
  // A staff cube that fails to load leaves the research ranked without the rule, not the pack unmade.
  const [cubesFor, staffFor] = await Promise.all([
    Promise.all(metas.map(open)),
    Promise.all(staffMetas.map((m) => (m ? Promise.resolve(open(m)).catch(() => undefined) : undefined))),
  ]);
  const strands: Strand[] = [];
  metas.forEach((meta, i) => {
    // Research income is every year's awards added up, as in the profile's science base (pool-years.ts).
    const cube = roleOf(meta) === 'funding' ? poolYears(cubesFor[i]) : cubesFor[i];
    const area = cube.areaIndex.get(req.areaCode);
    if (area === undefined || cube.years.length === 0) return;
    const b = req.benchmark !== null ? cube.areaIndex.get(req.benchmark) : cube.areaIndex.get(meta.benchmark);
    strands.push({
      role: roleOf(meta) ?? 'own',
      meta,
      cube,
      area,
      year: cube.years.length - 1,
      from: 0,
      benchmark:
        meta.id === req.current && req.currentBenchmark
          ? req.currentBenchmark
          : b !== undefined
            ? areaBenchmark(cube, b)
            : defaultBenchmark(cube),
      ...(staffFor[i] ? { staff: staffFor[i] } : {}),
    });
  });
  return strands;
}
