// The atlas's one state object. Components read it through context (getAtlas) and change it only
// through its methods, which mirror every change in the URL (url-sync.ts). What the views show is
// derived in AtlasView (view-model.svelte.ts); loading lives in dataset-loading.ts.
import { getContext, setContext } from 'svelte';
import { loadManifest } from '../data/load';
import type { Cube, DatasetMeta, DatasetsManifest } from '../data/types';
import { parseUrlState, type AppState, type StateChoices } from './app-state';
import type { Boundaries, DistrictSet, Lookup } from '../map/geography';
import { geographyOf } from '../data/geography-set';
import { leafCube } from '../data/cube-tree';
import { hasYears } from '../data/cube-years';
import {
  boundariesOf,
  buildDatasetCubeFirst,
  describeError,
  loadBoundaries,
  type AtlasError,
  type BoundaryFiles,
  type LocalDataset,
} from './dataset-loading';
import {
  ignoredValuesNotice,
  lackingValues,
  lackingValuesNotice,
  localLinkNotice,
  pushUrl,
  replaceUrl,
  stateFromUrl,
  unknownNamesNotice,
  type DatasetValue,
} from './url-sync';
import { AtlasView } from './view-model.svelte';
import { applyChange } from './controls-transition';
import { assignChanged } from './state-diff';
import { nextTask } from './next-task';
import { bothViewDataset } from '../research/places-link';
import { isRefDataset } from '../research/notes';

export { SUM_BENCHMARK } from './view-model.svelte';
export { describeError, type AtlasError, type LocalDataset } from './dataset-loading';

export class Atlas extends AtlasView {
  manifest = $state<DatasetsManifest | null>(null);
  /** The cube last opened, with the id of the dataset it holds. */
  #opened = $state.raw<{ id: string; cube: Cube } | null>(null);
  #loadingText = $state<string | null>('Loading the list of datasets…');
  /** What is loading, in words; also while a view waits for the years a split dataset's first part lacks. */
  get loading(): string | null {
    if (this.#loadingText !== null) return this.#loadingText;
    const waiting = this.#opened?.id === this.state.dataset && this.#opened.cube.pending && !this.#shown();
    return waiting ? `Loading ${this.meta?.title ?? 'the data'}…` : null;
  }
  set loading(text: string | null) {
    this.#loadingText = text;
  }
  error = $state<AtlasError | null>(null);
  state = $state<AppState>(stateFromUrl());
  /** Area under the pointer or keyboard focus, shared by the map and the ranking (not in the URL). */
  highlighted = $state<string | null>(null);
  /** Datasets loaded from the user's own files during this visit. */
  local = $state.raw<LocalDataset[]>([]);
  /** Counts views rebuilt whole (a newly imported dataset's): each is drawn in stages, the map first (App). */
  viewRound = $state(0);
  /** A message about the URL that could not be honoured (e.g. a local dataset link opened elsewhere). */
  notice = $state<string | null>(null);

  #cubes = new Map<string, Cube>();
  /** Every year of a dataset whose first part is open (a split cube, see openDataset). */
  #loadingFull = new Map<string, Promise<{ cube: Cube; problems: AtlasError | null }>>();
  /** See #opened: null while the state's dataset loads or after it failed to. */
  cube = $derived.by(() => {
    const c = this.#shown();
    // A nested dataset's profile shows the finest sectors that do not overlap (the tree's leaves), so
    // its indices and rankings never add a parent to its children; the map keeps every level.
    // leafCube keeps one per cube, so going back to a profile does not make them again.
    if (!c || !c.sectorParent || this.state.view !== 'profile') return c;
    return leafCube(c);
  });
  /** The current dataset's cube with every level of its tree (the profile's `cube` holds only the leaves). */
  fullCube = $derived.by(() => this.#shown());

  /**
   * The opened cube if it is the state's dataset and has what the view reads. A split dataset's
   * first part (cube-years.ts) serves only the map, and only for the year and the year growth is
   * measured from; anything else waits for every year (null until then, as while loading).
   */
  #shown(): Cube | null {
    const c = this.#opened && this.#opened.id === this.state.dataset ? this.#opened.cube : null;
    if (!c?.pending) return c;
    if (this.state.view !== 'map' || this.state.embed) return null;
    return hasYears(c, this.#firstYears(c.years)) ? c : null;
  }

  /** Resolves once the state's dataset has every year (at once unless a split cube's rest is loading). */
  async whenComplete(): Promise<void> {
    await this.#loadingFull.get(this.state.dataset)?.catch(() => {});
  }

  /** The year shown and the year growth is measured from, as the view model resolves them. */
  #firstYears(years: readonly string[]): string[] {
    const pick = (label: string | null, fallback: string | undefined) =>
      label !== null && years.includes(label) ? label : fallback;
    return [pick(this.state.year, years.at(-1)), pick(this.state.from, years[0])].filter((y) => y !== undefined);
  }

  datasets = $derived<DatasetMeta[]>([...(this.manifest?.datasets ?? []), ...this.local.map((d) => d.meta)]);
  meta = $derived(this.datasets.find((d) => d.id === this.state.dataset) ?? null);
  /** The boundary files once loaded; boundaries per district set are made from them on first use. */
  #boundaryFiles = $state.raw<BoundaryFiles | null>(null);
  #boundarySets = new Map<DistrictSet, Boundaries | null>();
  /** The lookup file as loaded (2021 LEPs and districts, the April 2023 changes, the LEP code history), or null. */
  boundaryLookup = $derived(this.#boundaryFiles?.lookup ?? null);
  /** Which district boundaries the current dataset's codes belong to (GVA: April 2023). */
  districtSet = $derived<DistrictSet>(this.meta ? geographyOf(this.meta) : 'lad21');
  /** The boundaries the current dataset draws on. */
  boundaries = $derived.by<Boundaries | null>(() =>
    this.#boundaryFiles ? this.#boundariesFor(this.#boundaryFiles, this.districtSet) : null,
  );

  /** Who waits for the boundary lookup (the importer, to name a file's code systems). */
  #lookupWaiters: ((lookup: Lookup | null) => void)[] = [];

  /**
   * The boundary lookup once the boundaries load; null at once if something has already failed, or
   * when something fails before they load (the table still works without the map).
   */
  boundaryLookupReady(): Promise<Lookup | null> {
    if (this.boundaryLookup) return Promise.resolve(this.boundaryLookup);
    if (this.error) return Promise.resolve(null);
    return new Promise((resolve) => this.#lookupWaiters.push(resolve));
  }

  #settleLookup(lookup: Lookup | null): void {
    const waiters = this.#lookupWaiters;
    this.#lookupWaiters = [];
    for (const w of waiters) w(lookup);
  }

  /** Shows an error (and stops anyone waiting for the boundaries). */
  #fail(error: AtlasError): void {
    this.error = error;
    this.#settleLookup(null);
  }

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
      this.#fail(describeError(e));
      this.loading = null;
      return;
    }
    this.state = stateFromUrl(this.choices());
    const notices = [
      localLinkNotice(
        location.search,
        this.datasets.map((d) => d.id),
      ),
      unknownNamesNotice(location.search),
      ignoredValuesNotice(location.search, this.state),
    ].filter((n) => n !== null);
    if (!this.datasets.some((d) => d.id === this.state.dataset)) this.state.dataset = this.manifest.default;
    const both = bothViewDataset(
      this.state,
      new URLSearchParams(location.search).get('dataset'),
      (id) => this.datasets.find((d) => d.id === id)?.title,
    );
    if (both) {
      this.state.dataset = both.dataset;
      if (both.notice) notices.push(both.notice);
    }
    if (notices.length > 0) {
      this.notice = notices.join(' ');
      replaceUrl(this.state);
    }
    this.#linkValues = this.state.dataset;
    const manifest = this.manifest;
    await Promise.all([this.openDataset(this.state.dataset), this.boundaries ? null : this.openBoundaries(manifest)]);
  }

  /** The dataset the page's link opened, until its sector and years are checked against the link (#checkLinkValues). */
  #linkValues: string | null = null;

  /** Once the link's dataset shows: a sector or year it lacks gives way to the default, with a word naming it. */
  #checkLinkValues(): void {
    const full = this.fullCube;
    if (this.#linkValues !== this.state.dataset || !full) return;
    this.#linkValues = null;
    const lacking = lackingValues(this.state, { hasSector: (c) => full.sectorIndex.has(c), years: full.years });
    if (lacking.length === 0) return;
    const asked = { ...this.state };
    assignChanged(this.state, { ...this.state, ...Object.fromEntries(lacking.map((name) => [name, null])) });
    const notice = lackingValuesNotice(
      this.#title(),
      lacking.map((name) => this.#inPlaceOf(name, asked[name]!)),
      this.#sectorWord(),
    );
    this.notice = [this.notice, notice].filter((n) => n !== null).join(' ');
    replaceUrl(this.state);
  }

  /** REF 2021's sectors are its subjects (units of assessment). */
  #sectorWord(): string {
    return isRefDataset(this.state.dataset) ? 'subject' : 'sector';
  }

  #title(): string {
    return this.meta?.title ?? 'This dataset';
  }

  /** A value the dataset lacks, with what is shown in its place. */
  #inPlaceOf(name: DatasetValue, asked: string): { name: DatasetValue; asked: string; shown: string } {
    return {
      name,
      asked,
      shown: name === 'sector' ? this.sectorName : name === 'year' ? this.yearLabel : this.fromLabel,
    };
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
      // The map needs only its year and the year growth is measured from: a split dataset draws from
      // its first part while the other years arrive (cube-years.ts); other views wait for them all.
      let full = this.#loadingFull.get(id);
      let marked = false;
      if (!full) {
        const staged = buildDatasetCubeFirst(m, this.state.view === 'map' ? this.#firstYears(m.years) : m.years);
        full = staged.full;
        this.#loadingFull.set(id, full);
        full.then(
          ({ cube }) => {
            this.#cubes.set(id, cube);
            if (this.#opened?.id === id) this.#opened = { id, cube };
          },
          () => {},
        );
        void full.finally(() => this.#loadingFull.delete(id)).catch(() => {});
        if (staged.first !== full) {
          const { cube } = await staged.first;
          if (this.state.dataset === id && !this.#cubes.has(id)) this.#opened = { id, cube };
          this.#checkLinkValues();
          performance.mark('atlas:cube-built');
          marked = true;
          this.loading = null;
        }
      }
      const { cube, problems } = await full;
      if (problems) this.#fail(problems);
      if (!marked) performance.mark('atlas:cube-built');
      if (this.state.dataset === id) this.#opened = { id, cube };
      this.#checkLinkValues();
    } catch (e) {
      this.#fail(describeError(e));
    } finally {
      this.loading = null;
    }
  }

  async openBoundaries(m: DatasetsManifest): Promise<void> {
    try {
      const { files, boundaries } = await loadBoundaries(m, this.districtSet);
      this.#boundarySets.set(this.districtSet, boundaries);
      this.#boundaryFiles = files;
      performance.mark('atlas:boundaries-ready');
      this.#settleLookup(files.lookup);
    } catch (e) {
      // The table still works without the map; say what failed.
      this.#fail(describeError(e));
    }
  }

  /** One district set's boundaries, made once (a memo, not state). Null, with the error shown, if the file lacks them. */
  #boundariesFor(files: BoundaryFiles, set: DistrictSet): Boundaries | null {
    if (this.#boundarySets.has(set)) return this.#boundarySets.get(set)!;
    const { boundaries, error } = boundariesOf(files, set);
    if (error) queueMicrotask(() => (this.error = describeError(error)));
    this.#boundarySets.set(set, boundaries);
    return boundaries;
  }

  /** Changes the state and records it in the browser history, so back and forward work. */
  update(change: Partial<AppState>): void {
    const before = this.sectorName; // named before the change, for the word on a sector the new data lacks
    const datasetChanged = change.dataset !== undefined && change.dataset !== this.state.dataset;
    assignChanged(this.state, applyChange(this.state, change));
    pushUrl(this.state);
    if (datasetChanged) {
      this.#linkValues = null; // the sector and years are now the controls', kept or replaced by #keepSector
      const id = this.state.dataset;
      void this.openDataset(id).then(() => this.#keepSector(id, before));
    }
  }

  /** After a dataset change: a sector the new dataset does not have gives way to its default, with a word why. */
  #keepSector(id: string, before: string): void {
    const cube = this.cube;
    const code = this.state.sector;
    if (!cube || this.state.dataset !== id || code === null || cube.sectorIndex.has(code)) return;
    assignChanged(this.state, { ...this.state, sector: null });
    this.notice = lackingValuesNotice(this.#title(), [this.#inPlaceOf('sector', before)], this.#sectorWord());
  }

  select(code: string | null): void {
    if (code !== this.state.area) this.update({ area: code, compare: this.state.compare.filter((c) => c !== code) });
  }

  /** Back/forward: re-read the URL. */
  restoreFromUrl(): void {
    const next = parseUrlState(location.search, this.choices());
    const datasetChanged = next.dataset !== this.state.dataset;
    assignChanged(this.state, next);
    if (datasetChanged) void this.openDataset(next.dataset);
  }

  /**
   * Adds a dataset from the user's own file and, a task later (resolved then), shows it. Two tasks,
   * not one: Svelte marks every reader of each changed value, walking the whole graph of derived
   * values once per write (tens of thousands of visits), and the list and the switch each reach most
   * of the page; the new view is built in the second, in stages like the first view (viewRound; issue 15).
   */
  async addLocal(dataset: LocalDataset): Promise<void> {
    this.local = [...this.local.filter((d) => d.meta.id !== dataset.meta.id), dataset];
    // The staged parts of the view (controls, ranking, table) go in this task, with what they show
    // still the shown dataset's, so the switch's task does not also take them down.
    this.viewRound++;
    await nextTask();
    if (!this.local.includes(dataset)) return;
    this.update({
      dataset: dataset.meta.id,
      sector: null,
      year: null,
      from: null,
      area: null,
      compare: [],
      benchmark: null,
    });
  }
}

const KEY = Symbol('atlas');
export const setAtlas = (atlas: Atlas) => setContext(KEY, atlas);
export const getAtlas = (): Atlas => getContext<Atlas>(KEY);
