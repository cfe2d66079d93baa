// What the views show, derived from the state and the open cube: the sector, years and benchmark
// in use, the table's rows, the map's classes and colours, and the words for them. Nothing here
// loads or writes anything; the Atlas (atlas.svelte.ts) supplies the four inputs.
import { densitySector } from '../next/leaf-cube';
import type { AreaLevel, Cube, DatasetMeta } from '../data/types';
import {
  allowedMetric,
  allowedSort,
  areaBenchmark,
  defaultBenchmark,
  measureKindOf,
  scaleFor,
  sumBenchmark,
  type Benchmark,
} from '../metrics';
import { areaTableRows, ranksInOrder, sortAreaRows, type AreaTableRow } from '../views/area-table';
import { areaListOf, type AreaList } from '../views/area-list';
import type { AppState } from './app-state';
import type { Boundaries } from '../map/geography';
import { buildChoropleth, type Choropleth } from '../map/choropleth';
import { NEXT_METRICS, parseManualBreaks, type ClassMethod } from '../map/classify';
import type { NextMapMeasures } from '../next/map-measures';
import { metricLabel } from '../format';
import { fteBySubject, fteRuleApplies, fteWanted, withFteRule } from '../research/map-lq-rank';
import { isRefVolume } from '../research/notes';

import { SUM_BENCHMARK } from '../views/benchmark-choices';
import { classedValues, zeroWords } from '../views/true-zero';

export { SUM_BENCHMARK };

export abstract class AtlasView {
  /** The inputs, kept by the Atlas. */
  abstract state: AppState;
  abstract readonly cube: Cube | null;
  abstract readonly meta: DatasetMeta | null;
  abstract readonly boundaries: Boundaries | null;

  sectorIdx = $derived.by(() => {
    const cube = this.cube;
    if (!cube) return -1;
    const i = this.state.sector === null ? -1 : (cube.sectorIndex.get(this.state.sector) ?? -1);
    if (i >= 0) return i;
    // Default: Manufacturing where the dataset has it, the first sector otherwise; for relatedness
    // density in a nested dataset, the first of the finest industries under it (a parent has none).
    const manufacturing = cube.sectors.findIndex((s) => /manufactur/i.test(s.name));
    const d = manufacturing >= 0 ? manufacturing : 0;
    if (this.metric !== 'density') return d;
    const codes = cube.sectors.map((s) => s.code);
    return cube.sectorIndex.get(densitySector(codes, this.meta, codes[d])) ?? d;
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
  benchmarkName = $derived.by(() => this.benchmark?.label ?? 'England');
  /** Whether the data has a country row (England, UK or GB) to compare with. */
  hasCountryRow = $derived.by(() => !!this.cube?.areas.some((a) => a.level === 'country'));

  /** 'count' or 'indicator': an indicator has no share or LQ (measure-kind.ts). */
  measureKind = $derived.by(() => measureKindOf(this.meta));
  /** Relatedness density and ECI can be mapped: a count across at least 10 districts (lib/next/base.ts). */
  nextOnMap = $derived.by(
    () => this.measureKind === 'count' && (this.cube?.areas.filter((a) => a.level === 'lad').length ?? 0) >= 10,
  );
  /** Share of England can be mapped: a REF volume with England's row (measure-kind.ts). */
  englandShareOn = $derived.by(
    () => isRefVolume(this.state.dataset) && this.englandIdx !== undefined && this.measureKind === 'count',
  );
  /** England's row in the cube, for each area's share of England. */
  englandIdx = $derived.by(() => (this.meta?.benchmark ? this.cube?.areaIndex.get(this.meta.benchmark) : undefined));
  /** The metric shown: the state's, unless the measure does not support it (an indicator's LQ). */
  metric = $derived.by(() => allowedMetric(this.measureKind, this.state.metric, this.nextOnMap, this.englandShareOn));
  /**
   * lib/next/map-measures.ts, fetched only when the map shows density or ECI (its own chunk, so the
   * first map never waits for complexity code): set by the map view.
   */
  nextModule = $state.raw<typeof import('../next/map-measures') | null>(null);
  /** Density in the sector and ECI of every area shown; null unless the map shows one of them. */
  nextMeasures = $derived.by((): NextMapMeasures | null => {
    const { cube, yearIdx, sectorIdx, benchmark, nextModule } = this;
    if (!NEXT_METRICS.includes(this.metric) || !nextModule || !cube || yearIdx < 0 || sectorIdx < 0 || !benchmark)
      return null;
    return nextModule.nextMapMeasures(
      cube,
      this.meta,
      yearIdx,
      benchmark,
      cube.sectors[sectorIdx].code,
      this.levelInData,
    );
  });
  /**
   * The REF 2021 FTE cube, for the research LQ's minimum-FTE rule (research/map-lq-rank.ts): set by
   * the map view when a REF volume's LQ is shown; 'failed' when it could not load (ranked as before).
   */
  researchFte = $state.raw<Cube | 'failed' | null>(null);
  /** Whether the rule is in force but its FTE could not be had (the map says so). */
  fteRuleMissing = $derived.by(() => fteRuleApplies(this.state.dataset, this.metric) && this.researchFte === 'failed');
  classes = $derived.by<ClassMethod>(() => this.state.classes ?? (this.metric === 'lq' ? 'bands' : 'quantiles'));

  rows = $derived.by((): AreaTableRow[] => {
    const { cube, sectorIdx, yearIdx, fromIdx, benchmark } = this;
    if (!cube || sectorIdx < 0 || yearIdx < 0 || !benchmark) return [];
    const level = this.levelInData;
    const emptyIsNone = this.meta?.emptyMeans === 'none';
    let rows = areaTableRows(cube, {
      level,
      sector: sectorIdx,
      year: yearIdx,
      from: fromIdx,
      benchmark,
      emptyIsNone,
      england: this.englandShareOn ? this.englandIdx : undefined,
    });
    const next = this.nextMeasures;
    if (next)
      rows = rows.map((r) => ({ ...r, density: next.density.get(r.code) ?? NaN, eci: next.eci.get(r.code) ?? NaN }));
    const fte = this.researchFte;
    if (fte && fte !== 'failed' && fteWanted(this.state.dataset, this.metric)) {
      const bySubject = fteBySubject(fte, cube.sectors[sectorIdx].code, cube.years[yearIdx]);
      // Off the rule (the 4* FTE map's other metrics) each row only carries its FTE, for its words.
      if (bySubject && fteRuleApplies(this.state.dataset, this.metric)) rows = withFteRule(rows, bySubject);
      else if (bySubject) rows = rows.map((r) => (bySubject.has(r.code) ? { ...r, fte: bySubject.get(r.code) } : r));
    }
    const within = this.lepFilter;
    return within ? rows.filter((r) => within.lads.has(r.code)) : rows;
  });
  /** The district → LEP lookup (with the boundaries; null until they load). */
  lookup = $derived.by(() => this.boundaries?.lookup ?? null);
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
  lepChoices = $derived.by(() =>
    Object.keys(this.lookup?.lepToLads ?? {})
      .map((code) => ({ code, name: this.lepName(code) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  );
  /** The chosen geography, or for a user's file without LEPs or districts, the level it has. */
  levelInData = $derived.by((): AreaLevel => {
    const cube = this.cube;
    const want = this.state.geography;
    if (!cube || cube.areas.some((a) => a.level === want)) return want;
    return cube.areas.some((a) => a.level === 'lad')
      ? 'lad'
      : cube.areas.some((a) => a.level === 'lep')
        ? 'lep'
        : 'other';
  });
  /** The table's sort column: the state's, unless the measure has no such column (an indicator's LQ). */
  sort = $derived.by(() => allowedSort(this.measureKind, this.state.sort));
  sortedRows = $derived.by(() => sortAreaRows(this.rows, this.sort, this.state.descending));
  /** The rows by the metric, highest first (missing last): the ranking's order, and the ranks are read from it. */
  rankOrder = $derived.by(() => sortAreaRows(this.rows, this.metric, true));
  ranks = $derived.by(() => ranksInOrder(this.rankOrder, this.metric));
  #areaList: AreaList | null = null;
  /**
   * The rows' areas and each one's place (lib/views/area-list): the same object while a change keeps the
   * same areas, so what depends on them alone (search, the selected row's place) is not redone per repaint.
   */
  areaList = $derived.by(() => (this.#areaList = areaListOf(this.rows, this.#areaList)));
  // A true zero drawn grey and named (an LQ, value or share of 0 in research data) takes no class.
  colourValues = $derived.by(() => classedValues(this.rows, this.metric, zeroWords(this.state.dataset)));
  colourScale = $derived.by(() => scaleFor(this.metric, this.measureKind, this.colourValues, this.meta?.valueCentre));
  // Breaks are read against the scale the map colours with (an indicator may diverge from its own centre),
  // which also decides how many classes its colours can keep apart.
  manual = $derived.by(() =>
    this.classes === 'manual' ? parseManualBreaks(this.state.breaks ?? '', this.colourScale) : null,
  );
  choropleth = $derived.by<Choropleth>(() => {
    return buildChoropleth(
      this.metric,
      this.classes === 'bands' && this.metric !== 'lq' ? 'quantiles' : this.classes,
      this.colourValues,
      {
        classes: 5,
        manualBreaks: this.manual?.ok ? this.manual.breaks : undefined,
        scale: this.colourScale,
      },
    );
  });

  sectorName = $derived.by(() => (this.cube && this.sectorIdx >= 0 ? this.cube.sectors[this.sectorIdx].name : ''));
  yearLabel = $derived.by(() => (this.cube && this.yearIdx >= 0 ? this.cube.years[this.yearIdx] : ''));
  fromLabel = $derived.by(() => (this.cube && this.fromIdx >= 0 ? this.cube.years[this.fromIdx] : ''));
  metricText = $derived.by(() =>
    this.meta
      ? metricLabel(this.metric, { measure: this.meta.measure, from: this.fromLabel, benchmark: this.benchmarkName })
      : '',
  );
  selectedIdx = $derived.by(() =>
    this.cube && this.state.area ? (this.cube.areaIndex.get(this.state.area) ?? -1) : -1,
  );
}
