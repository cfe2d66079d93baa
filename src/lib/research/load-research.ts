// Fetches what the science base needs, once per page: the REF and UKRI cubes, the extras and the
// institutions file, and the enterprise counts for volume per 1,000 enterprises.
import { DATA_BASE, DataLoadError, loadDatasetCube } from '../data/load';
import type { Cube, DatasetMeta, DatasetsManifest } from '../data/types';
import type { InstitutionRecord, ResearchExtras, ResearchInputs } from './science-base';
import { areaTotal } from '../data/cube';

/** Everything but the area's enterprise count, which depends on the area; and the enterprise cube. */
export type LoadedResearch = { inputs: Omit<ResearchInputs, 'enterprises'>; ubc: Cube | null };

let pending: Promise<LoadedResearch> | null = null;

async function json<T>(file: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(DATA_BASE + file);
  } catch (e) {
    throw new DataLoadError(file, `the request failed (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!res.ok) throw new DataLoadError(file, `the server answered ${res.status}`);
  try {
    return (await res.json()) as T;
  } catch {
    throw new DataLoadError(file, 'it is not valid JSON');
  }
}

function cubeOf(manifest: DatasetsManifest, id: string): Promise<Cube> {
  const meta = manifest.datasets.find((d) => d.id === id);
  if (!meta?.cube) return Promise.reject(new DataLoadError('datasets.json', `it lists no ${id} cube`));
  return loadDatasetCube(meta as DatasetMeta & { cube: string });
}

let institutionsPending: Promise<InstitutionRecord[]> | null = null;

/** The institutions file alone (for the map's circles), fetched once per page. */
export function loadInstitutions(): Promise<InstitutionRecord[]> {
  institutionsPending ??= json<{ institutions: InstitutionRecord[] }>('research-institutions.json').then(
    (f) => f.institutions,
  );
  institutionsPending.catch(() => (institutionsPending = null));
  return institutionsPending;
}

let ftePending: Promise<Cube> | null = null;

/** The REF 2021 FTE cube alone (one year, ~40 KB), for the map's minimum-FTE rule; fetched once per page. */
export function loadRefFte(manifest: DatasetsManifest): Promise<Cube> {
  ftePending ??= cubeOf(manifest, 'ref2021-fte');
  ftePending.catch(() => (ftePending = null));
  return ftePending;
}

export function loadResearch(manifest: DatasetsManifest): Promise<LoadedResearch> {
  pending ??= (async () => {
    const [fourStar, fte, power, ukri, extras, inst, ubc] = await Promise.all([
      cubeOf(manifest, 'ref2021-4star-fte'),
      cubeOf(manifest, 'ref2021-fte'),
      cubeOf(manifest, 'ref2021-research-power'),
      cubeOf(manifest, 'ukri-awarded'),
      json<ResearchExtras>('research-extras.json'),
      loadInstitutions(),
      cubeOf(manifest, 'ubc-enterprises').catch(() => null),
    ]);
    return { inputs: { fourStar, fte, power, ukri, extras, institutions: inst }, ubc };
  })();
  pending.catch(() => (pending = null));
  return pending;
}

/** Enterprises of all industries in an area in the latest year (sum of the cube's total), or null. */
export function enterprisesOf(
  ubc: Cube | null,
  areaCode: string,
): { area: number; england: number; year: string } | null {
  if (!ubc) return null;
  const a = ubc.areaIndex.get(areaCode);
  const e = ubc.areaIndex.get('E92000001');
  if (a === undefined || e === undefined) return null;
  const y = ubc.years.length - 1;
  return { area: areaTotal(ubc, a, y), england: areaTotal(ubc, e, y), year: ubc.years[y] };
}

type BothInputs = { fourStar: Cube; fte: Cube | null; ubc: Cube | null };
let bothPending: Promise<BothInputs> | null = null;

/** What "places strong in both" reads: REF 2021 4* FTE and staff FTE, and the enterprise counts, fetched once per page. */
export function loadBothInputs(manifest: DatasetsManifest): Promise<BothInputs> {
  bothPending ??= Promise.all([
    cubeOf(manifest, 'ref2021-4star-fte'),
    // Without staff FTE the minimum-FTE rule is not applied, and said so; without enterprises the
    // business side is unknown: either way the view says so rather than failing whole.
    loadRefFte(manifest).catch(() => null),
    cubeOf(manifest, 'ubc-enterprises').catch(() => null),
  ]).then(([fourStar, fte, ubc]) => ({ fourStar, fte, ubc }));
  bothPending.catch(() => (bothPending = null));
  return bothPending;
}
