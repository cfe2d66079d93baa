// Specialisation against productivity: is an area specialised in industries where a worker produces a
// lot, or little? Across, the area's location quotient on GVA for each industry (the tree's leaves);
// against it, what a worker in that industry produces across England. The GVA files carry no jobs by
// industry, so the national figure is England's GVA in a broad industry group divided by England's
// people in employment in the same group (Annual Population Survey, 9 groups; mining is in the APS
// energy group but in GVA's agriculture section, so those two groups are taken together: 8 groups).
// Pure: the profile's chart and the evidence pack call the same function.
import type { Cube, Flag } from '../data/types';
import { cellFlag, cellValue } from '../data/cube';
import { leafCube } from '../data/cube-tree';
import { locationQuotient } from './location-quotient';
import { ENGLAND } from './benchmark';

/** A broad industry group both sources publish: its GVA sector codes and its APS industry codes. */
export interface IndustryGroup {
  name: string;
  /** GVA codes (ONS regional GVA) whose sum is the group; owner-occupiers' imputed rent left out. */
  gva: readonly string[];
  /** APS (Nomis T13a) industry codes whose sum is the group. */
  aps: readonly string[];
}

export const INDUSTRY_GROUPS: readonly IndustryGroup[] = [
  {
    name: 'Agriculture, mining, energy and water',
    gva: ['AB (1-9)', 'DE (35-39)'],
    aps: ['A', 'B,D,E'],
  },
  { name: 'Manufacturing', gva: ['C (10-33)'], aps: ['C'] },
  { name: 'Construction', gva: ['F (41-43)'], aps: ['F'] },
  { name: 'Distribution, hotels and restaurants', gva: ['G (45-47)', 'I (55-56)'], aps: ['G,I'] },
  { name: 'Transport and communication', gva: ['H (49-53)', 'J (58-63)'], aps: ['H,J'] },
  {
    name: 'Finance, property, professional and business services',
    gva: ['K (64-66)', '68', 'M (69-75)', 'N (77-82)'],
    aps: ['K-N'],
  },
  { name: 'Public administration, education and health', gva: ['O (84)', 'P (85)', 'Q (86-88)'], aps: ['O-Q'] },
  { name: 'Other services', gva: ['R (90-93)', 'S (94-96)', 'T (97-98)'], aps: ['R-U'] },
];

/** One group's national figures in one year. */
export interface GroupProductivity {
  name: string;
  /** England's GVA in the group, £m. */
  gva: number;
  /** England's people in employment in the group (APS). */
  workers: number;
  /** £ of GVA per person in employment. */
  perWorker: number;
  /** Some part is a sum of districts with a figure missing, or an unreliable survey estimate. */
  approximate: boolean;
}

/** Whether a cube's sectors are ONS regional GVA's industries (every group's codes present), so the chart applies. */
export function hasIndustryGroups(cube: Cube): boolean {
  return INDUSTRY_GROUPS.every((g) => g.gva.every((c) => cube.sectorIndex.has(c)));
}

/** The year of the employment survey used with a given year: itself if the survey has it, else the nearest. */
export function surveyYearFor(surveyYears: readonly string[], year: string): string | null {
  if (surveyYears.length === 0) return null;
  if (surveyYears.includes(year)) return year;
  const n = Number(year);
  let best = surveyYears[0];
  for (const y of surveyYears) if (Math.abs(Number(y) - n) < Math.abs(Number(best) - n)) best = y;
  return best;
}

/**
 * The survey year at which the productivity chart values GVA's latest year: of the survey's years
 * that GVA also has, the nearest (surveyYearFor). Null when they share none.
 */
export function productivitySurveyYear(gvaYears: readonly string[], surveyYears: readonly string[]): string | null {
  const latest = gvaYears[gvaYears.length - 1];
  return latest === undefined
    ? null
    : surveyYearFor(
        surveyYears.filter((v) => gvaYears.includes(v)),
        latest,
      );
}

function parentChain(cube: Cube, code: string): string[] {
  const out: string[] = [];
  const parent = cube.sectorParent ?? {};
  let c: string | undefined = code;
  while (c !== undefined && out.length < 50) {
    out.push(c);
    c = parent[c];
  }
  return out;
}

/** The group a GVA sector belongs to (its own code or an ancestor's is one of the group's), or null. */
export function groupOf(cube: Cube, code: string): IndustryGroup | null {
  for (const c of parentChain(cube, code)) {
    const g = INDUSTRY_GROUPS.find((g) => g.gva.includes(c));
    if (g) return g;
  }
  return null;
}

/**
 * Sum of some sectors for one area and year. A code the cube lacks (a leaf cube has no parents) is
 * the sum of the cube's sectors under it. NaN when any part has no figure.
 */
function sumOf(cube: Cube, a: number, y: number, codes: readonly string[]): { value: number; approximate: boolean } {
  let value = 0;
  let approximate = false;
  for (const code of codes) {
    const s = cube.sectorIndex.get(code);
    const parts =
      s !== undefined
        ? [s]
        : cube.sectors.flatMap((x, i) => (x.code !== code && parentChain(cube, x.code).includes(code) ? [i] : []));
    if (parts.length === 0) return { value: NaN, approximate };
    for (const p of parts) {
      value += cellValue(cube, a, p, y);
      if (cellFlag(cube, a, p, y) !== null) approximate = true;
    }
  }
  return { value, approximate };
}

/**
 * England's GVA per person in employment in each group, in one year (a year both cubes hold), and over
 * all groups. Null when either cube lacks England or the year, or any group has no figure.
 */
export function nationalProductivity(
  gva: Cube,
  aps: Cube,
  year: string,
): { groups: GroupProductivity[]; all: GroupProductivity } | null {
  const eg = gva.areaIndex.get(ENGLAND);
  const ea = aps.areaIndex.get(ENGLAND);
  const yg = gva.yearIndex.get(year);
  const ya = aps.yearIndex.get(year);
  if (eg === undefined || ea === undefined || yg === undefined || ya === undefined) return null;
  const groups: GroupProductivity[] = [];
  for (const g of INDUSTRY_GROUPS) {
    const v = sumOf(gva, eg, yg, g.gva);
    const w = sumOf(aps, ea, ya, g.aps);
    if (!(v.value >= 0) || !(w.value > 0)) return null;
    groups.push({
      name: g.name,
      gva: v.value,
      workers: w.value,
      perWorker: (v.value * 1e6) / w.value,
      approximate: v.approximate || w.approximate,
    });
  }
  const gvaAll = groups.reduce((t, g) => t + g.gva, 0);
  const workers = groups.reduce((t, g) => t + g.workers, 0);
  return {
    groups,
    all: {
      name: 'All industries',
      gva: gvaAll,
      workers,
      perWorker: (gvaAll * 1e6) / workers,
      approximate: groups.some((g) => g.approximate),
    },
  };
}

/** One industry of the area: how specialised the area is in it, and what its group's worker produces nationally. */
export interface IndustryPoint {
  code: string;
  name: string;
  group: string;
  /** Location quotient on GVA (NaN when the area's or England's figure is missing). */
  lq: number;
  /** The area's GVA in the industry, £m (NaN when suppressed). */
  value: number;
  flag: Flag | null;
  /** England's GVA per person employed in the industry's group, £. */
  perWorker: number;
}

export interface SpecialisationProductivity {
  /** The year of the LQs. */
  year: string;
  /** The year of the national GVA per worker (the employment survey's nearest year). */
  nationalYear: string;
  /** The first and last year of the employment survey loaded (what "the survey covers" says). */
  surveyYears: { first: string; last: string };
  /** Groups, highest GVA per worker first. */
  groups: GroupProductivity[];
  england: GroupProductivity;
  /** Industries (the tree's leaves) that belong to a group, in group order then by LQ, highest first. */
  points: IndustryPoint[];
  /**
   * GVA per worker the area's mix of industry groups would give at England's figure for each group:
   * the area's GVA over the workers it would need (Σ GVA_g / perWorker_g). NaN when a group has no figure.
   */
  mixPerWorker: number;
  /** mixPerWorker with England = 100. */
  mixIndex: number;
}

/**
 * The area's LQ in each industry (the tree's leaves, less excluded sectors, as the profile's charts)
 * in `year`, beside England's GVA per person employed in the industry's group in the survey's
 * nearest year. Null when the cubes cannot give it (not a GVA cube, no England, no such area or year).
 */
export function specialisationProductivity(
  gva: Cube,
  aps: Cube,
  areaCode: string,
  year: string,
  benchmarkCode: string = ENGLAND,
): SpecialisationProductivity | null {
  const a = gva.areaIndex.get(areaCode);
  const y = gva.yearIndex.get(year);
  const nationalYear = surveyYearFor(
    aps.years.filter((v) => gva.yearIndex.has(v)),
    year,
  );
  if (a === undefined || y === undefined || nationalYear === null) return null;
  const national = nationalProductivity(gva, aps, nationalYear);
  if (!national) return null;
  const perGroup = new Map(national.groups.map((g) => [g.name, g]));

  const leaves = leafCube(gva);
  const la = leaves.areaIndex.get(areaCode)!;
  const bench = leaves.areaIndex.get(benchmarkCode);
  if (bench === undefined) return null;
  const order = new Map(INDUSTRY_GROUPS.map((g, i) => [g.name, i]));
  const points: IndustryPoint[] = [];
  leaves.sectors.forEach((s, i) => {
    const g = groupOf(gva, s.code);
    if (!g) return;
    points.push({
      code: s.code,
      name: s.name,
      group: g.name,
      lq: locationQuotient(leaves, la, i, y, bench),
      value: cellValue(leaves, la, i, y),
      flag: cellFlag(leaves, la, i, y),
      perWorker: perGroup.get(g.name)!.perWorker,
    });
  });
  points.sort((p, q) => order.get(p.group)! - order.get(q.group)! || (q.lq || 0) - (p.lq || 0));

  // The area's GVA by group (parents are published even where a child is suppressed), and the
  // workers it would take at England's GVA per worker in each group.
  let gvaSum = 0;
  let workersNeeded = 0;
  for (const g of INDUSTRY_GROUPS) {
    const v = sumOf(gva, a, y, g.gva).value;
    gvaSum += v;
    workersNeeded += (v * 1e6) / perGroup.get(g.name)!.perWorker;
  }
  const mixPerWorker = workersNeeded > 0 ? (gvaSum * 1e6) / workersNeeded : NaN;
  return {
    year,
    nationalYear,
    surveyYears: { first: aps.years[0], last: aps.years[aps.years.length - 1] },
    groups: [...national.groups].sort((p, q) => q.perWorker - p.perWorker),
    england: national.all,
    points,
    mixPerWorker,
    mixIndex: (mixPerWorker / national.all.perWorker) * 100,
  };
}

/** £ per worker in thousands, as people say it: "£72k". */
export function formatPerWorker(v: number): string {
  return Number.isFinite(v) ? `£${Math.round(v / 1000).toLocaleString('en-GB')}k` : 'no figure';
}

/** The finding in one sentence: what the area's mix of industries is worth per worker at England's rates. */
export function mixSentence(r: SpecialisationProductivity, area: string): string {
  if (!Number.isFinite(r.mixIndex)) {
    return `${area}'s industry mix cannot be valued: a broad industry group has no published figure in ${r.year}.`;
  }
  const idx = Math.round(r.mixIndex);
  const lean =
    Math.abs(r.mixIndex - 100) < 2
      ? 'about the same as England’s mix'
      : r.mixIndex > 100
        ? 'it leans towards industries where a worker produces more'
        : 'it leans towards industries where a worker produces less';
  return `If each of its industry groups produced England’s GVA per worker, ${area}’s mix of industries in ${r.year} would produce ${formatPerWorker(r.mixPerWorker)} per worker, ${idx} where England’s ${formatPerWorker(r.england.perWorker)} is 100: ${lean}.`;
}
