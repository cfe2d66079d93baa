// The dataset a user's own file becomes: its name and URL id, a guess at what its numbers count,
// and the DatasetMeta the atlas lists, credits and caveats it with.

import { longDate } from '../long-date';
import type { AreaLevel, Cube, DatasetMeta, MeasureKind } from '../data/types';
import { geographyOfCodes } from '../data/geography-set';
import type { ImportReport } from './report';
import type { ImportPlan } from './convert';
import type { Detection } from './detect';
import { plural } from './import-words';

/** "my_jobs-2022.csv" → "my jobs 2022". */
export function nameFromFile(fileName: string): string {
  const base = fileName
    .replace(/\.(csv|tsv|txt)$/i, '')
    .replace(/[_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return base.slice(0, 80) || 'My data';
}

/** A dataset id the URL can carry, starting with `local-`, not clashing with `taken`. */
export function localId(name: string, taken: readonly string[]): string {
  const slug =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'data';
  let id = `local-${slug}`;
  for (let k = 2; taken.includes(id); k++) id = `local-${slug}-${k}`;
  return id;
}

/** A guess at what the numbers count, from the value column's header. */
export function guessMeasure(valueHeader: string | null | undefined, chosenMeasure: string | null): string {
  const h = (valueHeader ?? '').trim();
  if (h && !/^(obs[_ ]?value|value|values|count|amount|number|total)$/i.test(h) && !/^\d/.test(h)) {
    return h.charAt(0).toUpperCase() + h.slice(1).toLowerCase().replace(/_/g, ' ');
  }
  if (chosenMeasure && !/^(value|count)$/i.test(chosenMeasure)) return chosenMeasure;
  return 'Values';
}

/** The measure to suggest for a planned import: from the value column's header, or the measure the plan keeps. */
export function measureOfPlan(detection: Detection | null, plan: ImportPlan | null): string {
  if (!detection || !plan) return 'Values';
  const m = plan.mapping.value;
  const measureChoice = detection.choices.find((c) => c.isMeasure);
  const chosen = measureChoice ? (plan.filters?.find((f) => f.column === measureChoice.column)?.value ?? null) : null;
  const header = plan.format === 'wide' || m === null ? null : detection.header[m];
  return guessMeasure(plan.format === 'nomis' ? null : header, chosen);
}

const LEVEL_ORDER: AreaLevel[] = ['country', 'lep', 'lad', 'other'];

export function levelsOf(cube: Cube): AreaLevel[] {
  const seen = new Set(cube.areas.map((a) => a.level));
  return LEVEL_ORDER.filter((l) => seen.has(l));
}

function hasAnyCi(cube: Cube): boolean {
  const ci = cube.ci95;
  for (let i = 0; i < ci.length; i++) if (ci[i] === ci[i]) return true;
  return false;
}

/** The DatasetMeta for a user's file, as the atlas lists and credits it. */
export function localMeta(opts: {
  id: string;
  title: string;
  measure: string;
  fileName: string;
  cube: Cube;
  report: ImportReport;
  /** Benchmark area code from the file, or '' for the sum of the loaded areas. */
  benchmark: string;
  date?: Date;
  /** 'indicator' for a file of one figure per area that does not add up (no share, no LQ). */
  measureKind?: MeasureKind;
}): DatasetMeta {
  const { cube, report } = opts;
  const caveats: string[] = [];
  if (!opts.benchmark) caveats.push(report.benchmark.sumSentence);
  if (report.rejectedRowCount > 0) {
    caveats.push(
      `${plural(report.rejectedRowCount, 'row')} of the file ${report.rejectedRowCount === 1 ? 'was' : 'were'} rejected and ${report.rejectedRowCount === 1 ? 'is' : 'are'} not shown (see the import report).`,
    );
  }
  if (report.counts.setAside > 0) {
    caveats.push(`${plural(report.counts.setAside, 'row')} of other measures or categories were set aside.`);
  }
  if (report.unmatchedAreaCount > 0) caveats.push(report.unmatchedSentence);
  const levels = levelsOf(cube);
  const measure = opts.measure.trim() || 'Values';
  const date = longDate(opts.date ?? new Date());
  return {
    id: opts.id,
    title: opts.title.trim() || nameFromFile(opts.fileName),
    measure,
    unit: measure.toLowerCase(),
    file: opts.fileName,
    years: [...cube.years],
    levels,
    sectorCount: cube.sectors.length,
    benchmark: opts.benchmark,
    ...(opts.measureKind === 'indicator' ? { measureKind: 'indicator' as const } : {}),
    totals:
      opts.measureKind === 'indicator'
        ? 'An indicator does not add up across sectors, so there are no area totals, shares or location quotients.'
        : `Area totals are the sum of the ${plural(cube.sectors.length, 'sector')} in your file.`,
    source: `Your file: ${opts.fileName}`,
    sourceUrl: '',
    release: `Loaded on ${date}; the file stays on this computer`,
    licence: 'As given by the file’s publisher',
    attribution: [],
    caveats,
    hasCi: hasAnyCi(cube),
    // Codes of the April 2023 districts: drawn on the 2023 boundaries.
    ...(geographyOfCodes(cube.areas.map((a) => a.code)).geography ? { geography: 'lad23' as const } : {}),
  };
}
