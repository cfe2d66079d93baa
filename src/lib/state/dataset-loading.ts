// Loading what the atlas shows: a dataset's cube (from its cube file, or parsed from its CSV when
// it has none) and the boundary files, with the words for what went wrong.
import type { Topology } from 'topojson-specification';
import {
  loadBoundaryFiles,
  loadDatasetCube,
  loadDatasetCubeFirst,
  loadDatasetCubeYears,
  loadDatasetText,
  DataLoadError,
} from '../data/load';
import { cubeOfParse } from '../data/cube';
import { cubeWithSectorTree } from '../data/cube-tree';
import type { Cube, DatasetMeta, DatasetsManifest } from '../data/types';
import { boundariesFromTopology, type Boundaries, type DistrictSet, type Lookup } from '../map/geography';
import type { LepPathsFile } from '../map/lep-paths';

export interface AtlasError {
  title: string;
  message: string;
}

/** A dataset the user loaded from their own file: it lives only in this tab. */
export interface LocalDataset {
  meta: DatasetMeta;
  cube: Cube;
}

export function describeError(e: unknown): AtlasError {
  if (e instanceof DataLoadError) {
    return { title: 'The data could not be loaded', message: `${e.message}. Check your connection and try again.` };
  }
  return { title: 'Something went wrong', message: e instanceof Error ? e.message : String(e) };
}

/**
 * A published dataset's cube. `problems` is set when its CSV (datasets without a cube file) has
 * errors: built data should always parse cleanly, so say so rather than show a partial picture silently.
 */
export async function buildDatasetCube(
  m: DatasetMeta,
  years?: readonly string[],
): Promise<{ cube: Cube; problems: AtlasError | null }> {
  let built: Cube;
  let problems: AtlasError | null = null;
  if (m.cube) {
    // Given `years` (a view that reads only those), a split cube's first part may be all it needs.
    built = await (years
      ? loadDatasetCubeYears({ ...m, cube: m.cube }, years)
      : loadDatasetCube({ ...m, cube: m.cube }));
  } else {
    // Only datasets without a cube file need the CSV parser, so it loads on demand.
    const [text, { parseAuditCsv }] = await Promise.all([loadDatasetText(m), import('../data/parse')]);
    const parsed = parseAuditCsv(text, { fileName: m.file });
    const errors = parsed.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      problems = {
        title: `${m.file} has ${errors.length} problem${errors.length === 1 ? '' : 's'}`,
        message: errors
          .slice(0, 3)
          .map((p) => p.message)
          .join(' '),
      };
    }
    built = cubeOfParse(parsed);
  }
  // Nested sectors (GVA): totals from the tree, so no parent is added to its children.
  if (m.sectorParent) built = cubeWithSectorTree(built, m.sectorParent, m.sectorExclude ?? []);
  return { cube: built, problems };
}

/**
 * A published dataset's cube for a first view that shows only `years`: a split cube file's first
 * part (the other years `pending`, cube-years.ts), then every year. Datasets that are not split
 * give the whole cube for both.
 */
export function buildDatasetCubeFirst(
  m: DatasetMeta,
  years: readonly string[],
): {
  first: Promise<{ cube: Cube; problems: AtlasError | null }>;
  full: Promise<{ cube: Cube; problems: AtlasError | null }>;
} {
  if (!m.cube || !m.cubeSplit) {
    const whole = buildDatasetCube(m);
    return { first: whole, full: whole };
  }
  const { first, full } = loadDatasetCubeFirst({ ...m, cube: m.cube }, years);
  const treed = (c: Cube) => ({
    cube: m.sectorParent ? cubeWithSectorTree(c, m.sectorParent, m.sectorExclude ?? []) : c,
    problems: null,
  });
  if (first === full) {
    const whole = first.then(treed);
    return { first: whole, full: whole };
  }
  return { first: first.then(treed), full: full.then(treed) };
}

export interface BoundaryFiles {
  topology: Topology<never>;
  lookup: Lookup;
  file: string;
  /** The data build's LEP paths (lib/map/lep-paths.ts), or null. */
  lepPaths: LepPathsFile | null;
}

const unusable = (file: string, e: unknown) =>
  new Error(`The map cannot be drawn from ${file}: ${e instanceof Error ? e.message : String(e)}.`);

/** The boundary files and one district set's boundaries made from them; throws, naming the file, when they are damaged. */
export async function loadBoundaries(
  m: DatasetsManifest,
  set: DistrictSet,
): Promise<{ files: BoundaryFiles; boundaries: Boundaries }> {
  const { topology, lookup, lepPaths } = await loadBoundaryFiles(m);
  performance.mark('atlas:boundaries-fetched');
  const files = {
    topology: topology as Topology<never>,
    lookup: lookup as Lookup,
    file: m.topology.file,
    lepPaths: lepPaths as LepPathsFile | null,
  };
  try {
    // Made now so a damaged file is reported here; other district sets are made when first needed.
    return { files, boundaries: boundariesFromTopology(files.topology, files.lookup, set, files.lepPaths) };
  } catch (e) {
    throw unusable(m.topology.file, e);
  }
}

/** One district set's boundaries, or the error that the file lacks them. */
export function boundariesOf(
  files: BoundaryFiles,
  set: DistrictSet,
): { boundaries: Boundaries | null; error: Error | null } {
  try {
    return { boundaries: boundariesFromTopology(files.topology, files.lookup, set, files.lepPaths), error: null };
  } catch (e) {
    return { boundaries: null, error: unusable(files.file, e) };
  }
}
