// The atlas's one state object and what follows from it. Components read it through context
// (getAtlas) and change it only through its methods, which mirror every change in the URL.
import { getContext, setContext } from 'svelte';
import type { Topology } from 'topojson-specification';
import { loadBoundaryFiles, loadDatasetCube, loadDatasetText, loadManifest, DataLoadError } from '../data/load';
import { cubeOfParse } from '../data/cube';
import type { AreaLevel, Cube, DatasetMeta, DatasetsManifest } from '../data/types';
import { allowedMetric, areaBenchmark, defaultBenchmark, measureKindOf, scaleFor, sumBenchmark, type Benchmark } from '../metrics';

/** The benchmark choice that means "add up the areas shown" rather than one area. */
export const SUM_BENCHMARK = 'sum';
import { areaTableRows, ranks as rankAreas, sortAreaRows, type AreaTableRow } from '../views/area-table';
import { parseUrlState, serialiseUrlState, type AppState, type StateChoices } from './app-state';
import { boundariesFromTopology, type Boundaries, type DistrictSet, type Lookup } from '../map/geography';
import { geographyOf } from '../data/geography-set';
import { cubeWithSectorTree, leafCube } from '../data/cube-tree';
import { buildChoropleth, type Choropleth } from '../map/choropleth';
import { parseManualBreaks, type ClassMethod } from '../map/classify';
import { metricLabel } from '../format';

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

export class Atlas {
  manifest = $state<DatasetsManifest | null>(null);
  /** The cube last opened, with the id of the dataset it holds. */
  #opened = $state.raw<{ id: string; cube: Cube } | null>(null);
  loading = $state<string | null>('Loading the list of datasets…');
  error = $state<AtlasError | null>(null);
  state = $state<AppState>(parseUrlState(typeof location === 'undefined' ? '' : location.search));
  /** Area under the pointer or keyboard focus, shared by the map and the ranking (not in the URL). */
  highlighted = $state<string | null>(null);
  /** Datasets loaded from the user's own files during this visit. */
  local = $state.raw<LocalDataset[]>([]);
  /** A message about the URL that could not be honoured (e.g. a local dataset link opened elsewhere). */
  notice = $state<string | null>(null);

  #cubes = new Map<string, Cube>();
  /** See #opened: null while the state's dataset loads or after it failed to. */
  cube = $derived.by(() => {
    const c = this.#opened && this.#opened.id === this.state.dataset ? this.#opened.cube : null;
    // A nested dataset's profile shows the finest sectors that do not overlap (the tree's leaves), so
    // its indices and rankings never add a parent to its children; the map keeps every level.
    if (!c || !c.sectorParent || this.state.view !== 'profile') return c;
    let leaves = this.#leafCubes.get(c);
    if (!leaves) this.#leafCubes.set(c, (leaves = leafCube(c)));
    return leaves;
  });
  #leafCubes = new WeakMap<Cube, Cube>();

  datasets = $derived<DatasetMeta[]>([...(this.manifest?.datasets ?? []), ...this.local.map((d) => d.meta)]);
  meta = $derived(this.datasets.find((d) => d.id === this.state.dataset) ?? null);
  /** The boundary files once loaded; boundaries per district set are made from them on first use. */
  #boundaryFiles = $state.raw<{ topology: Topology<never>; lookup: Lookup; file: string } | null>(null);
  #boundarySets = new Map<DistrictSet, Boundaries | null>();
  /** The lookup file as loaded (2021 LEPs and districts, the April 2023 changes, the LEP code history), or null. */
  boundaryLookup = $derived(this.#boundaryFiles?.lookup ?? null);
  /** Which district boundaries the current dataset's codes belong to (GVA: April 2023). */
  districtSet = $derived<DistrictSet>(this.meta ? geographyOf(this.meta) : 'lad21');
  /** The boundaries the current dataset draws on. */
  boundaries = $derived.by<Boundaries | null>(() =>
    this.#boundaryFiles ? this.#boundariesFor(this.#boundaryFiles, this.districtSet) : null,
  );

  sectorIdx = $derived.by(() => {
    const cube = this.cube;
    if (!cube) return -1;
    const i = this.state.sector === null ? -1 : (cube.sectorIndex.get(this.state.sector) ?? -1);
    if (i >= 0) return i;
    // Default: Manufacturing where the dataset has it, the first sector otherwise.
    const manufacturing = cube.sectors.findIndex((s) => /manufactur/i.test(s.name));
    return manufacturing >= 0 ? manufacturing : 0;
  });
  yearIdx = $derived.by(() => {
    const cube = this.cube;
    if (!cube) return -1;
    const i = this.state.year === null ? -1 : (cube.yearIndex.get(this.state.year) ?? -1);
    return i >= 0 ? i : cube.years.length - 1;
  });
  fromIdx = $derived.by(() => {
    const cube = this.cube;
    if (!cube) return -1;
    const i = this.state.from === null ? -1 : (cube.yearIndex.get(this.state.from) ?? -1);
    return i >= 0 ? i : 0;
  });

  /** The benchmark E: the chosen area, else the dataset's (England), else the sum of the areas. */
  benchmark = $derived.by((): Benchmark | null => {
    const cube = this.cube;
    if (!cube) return null;
    if (this.state.benchmark === SUM_BENCHMARK) {
      // The sum of the areas shown (for a user's file, "the loaded areas"), counted as ONS does.
      const level = this.levelInData;
      const members = cube.areas.flatMap((a, i) => (a.level === level ? [i] : []));
      return sumBenchmark(cube, members, `the sum of the ${members.length} loaded areas`);
    }
    for (const code of [this.state.benchmark, this.meta?.benchmark]) {
      const i = code ? cube.areaIndex.get(code) : undefined;
      if (i !== undefined) return areaBenchmark(cube, i);
    }
    return defaultBenchmark(cube);
  });
  benchmarkName = $derived(this.benchmark?.label ?? 'England');
  /** Whether the data has a country row (England, UK or GB) to compare with. */
  hasCountryRow = $derived(!!this.cube?.areas.some((a) => a.level === 'country'));

  /** 'count' or 'indicator': an indicator has no share or LQ (measure-kind.ts). */
  measureKind = $derived(measureKindOf(this.meta));
  /** The metric shown: the state's, unless the measure does not support it (an indicator's LQ). */
  metric = $derived(allowedMetric(this.measureKind, this.state.metric));
  classes = $derived<ClassMethod>(this.state.classes ?? (this.metric === 'lq' ? 'bands' : 'quantiles'));

  rows = $derived.by((): AreaTableRow[] => {
    const { cube, sectorIdx, yearIdx, fromIdx, benchmark } = this;
    if (!cube || sectorIdx < 0 || yearIdx < 0 || !benchmark) return [];
    const level = this.levelInData;
    const rows = areaTableRows(cube, { level, sector: sectorIdx, year: yearIdx, from: fromIdx, benchmark });
    const within = this.lepFilter;
    return within ? rows.filter((r) => within.lads.has(r.code)) : rows;
  });
  /** The district → LEP lookup (with the boundaries; null until they load). */
  lookup = $derived(this.boundaries?.lookup ?? null);
  /** On the district map, the LEP whose districts are shown (null: all of England). */
  lepFilter = $derived.by((): { code: string; name: string; lads: Set<string> } | null => {
    const code = this.state.lep;
    if (!code || this.levelInData !== 'lad' || !this.lookup?.lepToLads[code]) return null;
    return { code, name: this.lepName(code), lads: new Set(this.lookup.lepToLads[code]) };
  });
  /** A LEP's name: from the data where it has the LEP, else from the lookup. */
  lepName(code: string): string {
    const i = this.cube?.areaIndex.get(code);
    return (i !== undefined ? this.cube!.areas[i].name : this.lookup?.names?.[code]) ?? code;
  }
  /** Every LEP the lookup knows, by name, for the "Districts of" choice. */
  lepChoices = $derived(
    Object.keys(this.lookup?.lepToLads ?? {})
      .map((code) => ({ code, name: this.lepName(code) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  );
  /** The chosen geography, or for a user's file without LEPs or districts, the level it has. */
  levelInData = $derived.by((): AreaLevel => {
    const cube = this.cube;
    const want = this.state.geography;
    if (!cube || cube.areas.some((a) => a.level === want)) return want;
    return cube.areas.some((a) => a.level === 'lad') ? 'lad' : cube.areas.some((a) => a.level === 'lep') ? 'lep' : 'other';
  });
  sortedRows = $derived(sortAreaRows(this.rows, this.state.sort, this.state.descending));
  ranks = $derived(rankAreas(this.rows, this.metric));
  colourValues = $derived(this.rows.map((r) => r[this.metric]));
  colourScale = $derived(scaleFor(this.metric, this.measureKind, this.colourValues, this.meta?.valueCentre));
  // Breaks are read against the scale the map colours with (an indicator may diverge from its own centre),
  // which also decides how many classes its colours can keep apart.
  manual = $derived(
    this.classes === 'manual' ? parseManualBreaks(this.state.breaks ?? '', this.colourScale) : null,
  );
  choropleth = $derived.by<Choropleth>(() => {
    return buildChoropleth(this.metric, this.classes === 'bands' && this.metric !== 'lq' ? 'quantiles' : this.classes, this.colourValues, {
      classes: 5,
      manualBreaks: this.manual?.ok ? this.manual.breaks : undefined,
      scale: this.colourScale,
    });
  });

  sectorName = $derived(this.cube && this.sectorIdx >= 0 ? this.cube.sectors[this.sectorIdx].name : '');
  yearLabel = $derived(this.cube && this.yearIdx >= 0 ? this.cube.years[this.yearIdx] : '');
  fromLabel = $derived(this.cube && this.fromIdx >= 0 ? this.cube.years[this.fromIdx] : '');
  metricText = $derived(
    this.meta
      ? metricLabel(this.metric, { measure: this.meta.measure, from: this.fromLabel, benchmark: this.benchmarkName })
      : '',
  );
  selectedIdx = $derived(this.cube && this.state.area ? (this.cube.areaIndex.get(this.state.area) ?? -1) : -1);

  choices(): StateChoices {
    return { datasets: this.datasets.map((d) => d.id) };
  }

  async start(): Promise<void> {
    this.error = null;
    this.loading = 'Loading the list of datasets…';
    try {
      this.manifest = await loadManifest();
      performance.mark('atlas:manifest');
    } catch (e) {
      this.error = describeError(e);
      this.loading = null;
      return;
    }
    const requested = new URLSearchParams(location.search).get('dataset');
    this.state = parseUrlState(location.search, this.choices());
    if (requested && requested.startsWith('local-') && !this.datasets.some((d) => d.id === requested)) {
      this.notice =
        'This link points to a dataset someone loaded from their own file. Files never leave the computer they were opened on, so it cannot be shown here; the default dataset is shown instead.';
    }
    if (!this.datasets.some((d) => d.id === this.state.dataset)) this.state.dataset = this.manifest.default;
    const manifest = this.manifest;
    await Promise.all([this.openDataset(this.state.dataset), this.boundaries ? null : this.openBoundaries(manifest)]);
  }

  async openDataset(id: string): Promise<void> {
    const local = this.local.find((d) => d.meta.id === id);
    if (local) {
      this.#opened = { id, cube: local.cube };
      return;
    }
    const m = this.manifest?.datasets.find((d) => d.id === id);
    if (!m) return;
    const cached = this.#cubes.get(id);
    if (cached) {
      this.#opened = { id, cube: cached };
      return;
    }
    this.loading = `Loading ${m.title}…`;
    this.error = null;
    try {
      let built: Cube;
      if (m.cube) {
        built = await loadDatasetCube({ ...m, cube: m.cube });
      } else {
        // Only datasets without a cube file need the CSV parser, so it loads on demand.
        const [text, { parseAuditCsv }] = await Promise.all([loadDatasetText(m), import('../data/parse')]);
        const parsed = parseAuditCsv(text, { fileName: m.file });
        const errors = parsed.problems.filter((p) => p.severity === 'error');
        if (errors.length > 0) {
          // Built data should always parse cleanly; if not, say so rather than show a partial picture silently.
          this.error = {
            title: `${m.file} has ${errors.length} problem${errors.length === 1 ? '' : 's'}`,
            message: errors.slice(0, 3).map((p) => p.message).join(' '),
          };
        }
        built = cubeOfParse(parsed);
      }
      // Nested sectors (GVA): totals from the tree, so no parent is added to its children.
      if (m.sectorParent) built = cubeWithSectorTree(built, m.sectorParent, m.sectorExclude ?? []);
      performance.mark('atlas:cube-built');
      this.#cubes.set(id, built);
      if (this.state.dataset === id) this.#opened = { id, cube: built };
    } catch (e) {
      this.error = describeError(e);
    } finally {
      this.loading = null;
    }
  }

  async openBoundaries(m: DatasetsManifest): Promise<void> {
    try {
      const { topology, lookup } = await loadBoundaryFiles(m);
      performance.mark('atlas:boundaries-fetched');
      try {
        const files = { topology: topology as Topology<never>, lookup: lookup as Lookup, file: m.topology.file };
        // Made now so a damaged file is reported here; other district sets are made when first needed.
        this.#boundarySets.set(this.districtSet, boundariesFromTopology(files.topology, files.lookup, this.districtSet));
        this.#boundaryFiles = files;
      } catch (e) {
        // A damaged file: say which file, and what is wrong with it.
        throw new Error(`The map cannot be drawn from ${m.topology.file}: ${e instanceof Error ? e.message : String(e)}.`);
      }
      performance.mark('atlas:boundaries-ready');
    } catch (e) {
      // The table still works without the map; say what failed.
      this.error = describeError(e);
    }
  }

  /** One district set's boundaries, made once (a memo, not state). Null, with the error shown, if the file lacks them. */
  #boundariesFor(files: { topology: Topology<never>; lookup: Lookup; file: string }, set: DistrictSet): Boundaries | null {
    if (this.#boundarySets.has(set)) return this.#boundarySets.get(set)!;
    let b: Boundaries | null = null;
    try {
      b = boundariesFromTopology(files.topology, files.lookup, set);
    } catch (e) {
      const message = `The map cannot be drawn from ${files.file}: ${e instanceof Error ? e.message : String(e)}.`;
      queueMicrotask(() => (this.error = describeError(new Error(message))));
    }
    this.#boundarySets.set(set, b);
    return b;
  }

  /** Changes the state and records it in the browser history, so back and forward work. */
  update(change: Partial<AppState>): void {
    const before = this.sectorName; // named before the change, for the word on a sector the new data lacks
    const datasetChanged = change.dataset !== undefined && change.dataset !== this.state.dataset;
    this.state = { ...this.state, ...change };
    const url = serialiseUrlState(this.state) || location.pathname;
    // Write the URL after the frame is painted: history.pushState costs a few milliseconds.
    requestAnimationFrame(() => setTimeout(() => history.pushState(null, '', url)));
    if (datasetChanged) {
      const id = this.state.dataset;
      void this.openDataset(id).then(() => this.#keepSector(id, before));
    }
  }

  /** After a dataset change: a sector the new dataset does not have gives way to its default, with a word why. */
  #keepSector(id: string, before: string): void {
    const cube = this.cube;
    const code = this.state.sector;
    if (!cube || this.state.dataset !== id || code === null || cube.sectorIndex.has(code)) return;
    this.state = { ...this.state, sector: null };
    const title = this.meta?.title ?? 'This dataset';
    this.notice = `${title} has no sector “${before}”, so the map shows ${this.sectorName} instead.`;
  }

  select(code: string | null): void {
    if (code !== this.state.area) this.update({ area: code, compare: this.state.compare.filter((c) => c !== code) });
  }

  /** Back/forward: re-read the URL. */
  restoreFromUrl(): void {
    const next = parseUrlState(location.search, this.choices());
    const datasetChanged = next.dataset !== this.state.dataset;
    this.state = next;
    if (datasetChanged) void this.openDataset(next.dataset);
  }

  /** Adds a dataset from the user's own file and shows it. */
  addLocal(dataset: LocalDataset): void {
    this.local = [...this.local.filter((d) => d.meta.id !== dataset.meta.id), dataset];
    this.update({ dataset: dataset.meta.id, sector: null, year: null, from: null, area: null, compare: [], benchmark: null });
  }
}

const KEY = Symbol('atlas');
export const setAtlas = (atlas: Atlas) => setContext(KEY, atlas);
export const getAtlas = (): Atlas => getContext<Atlas>(KEY);
