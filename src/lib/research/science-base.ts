// The "science base" of one area, for its profile: which subjects it is strong in (research LQ on
// 4* FTE, with the FTE and GPA behind each), its world-leading volume per 1,000 enterprises, what
// it wins from the research councils and how often, and how its share of England moved since REF 2014.
// Pure: the component loads the files and renders what this returns.
import type { Cube } from '../data/types';
import { rankResearchLqs, researchLq, shareOfEngland } from '../metrics/research';
import { crosswalkGroups, type CrosswalkGroup } from './crosswalk';
import { cellValue } from '../data/cube';

export const ENGLAND = 'E92000001';

export interface ResearchExtras {
  areas: string[];
  ref2014: {
    groups: Pick<CrosswalkGroup, 'key' | 'uoa2021' | 'uoa2014' | 'note'>[];
    fourStarFte: number[][];
    fte: number[][];
  };
  ukri: { councils: { code: string; name: string }[]; years: string[]; applications: number[][]; awards: number[][] };
}

export interface InstitutionRecord {
  ukprn: string;
  name: string;
  lon: number;
  lat: number;
  district: string;
  leps: string[];
  fte: number;
  fourStarFte: number;
  /** % of the submission rated 4* (0–100): 4* FTE ÷ FTE. */
  pct4: number;
  /** FTE-weighted grade point average (0–4). */
  gpa: number;
  uoas: { uoa: number; fte: number; fourStarFte: number; pct4: number; gpa: number }[];
}

export interface ResearchInputs {
  /** REF 2021 cubes: 4* FTE, FTE and research power by UoA (one year). */
  fourStar: Cube;
  fte: Cube;
  power: Cube;
  /** UKRI £ thousands by council and financial year. */
  ukri: Cube;
  extras: ResearchExtras;
  institutions: InstitutionRecord[];
  /** Enterprises in the area (all industries, latest year), for volume per 1,000 enterprises. */
  enterprises: { area: number; england: number; year: string } | null;
}

export interface SubjectRow {
  code: string;
  name: string;
  fourStarFte: number;
  fte: number;
  gpa: number;
  englandGpa: number;
  lq: number;
  shareOfEngland: number;
}

export interface CouncilRow {
  code: string;
  name: string;
  /** £ thousands over all years in the file. */
  awarded: number;
  applications: number;
  awards: number;
  /** awards / applications; NaN with no applications. */
  rate: number;
  englandRate: number;
}

export interface ChangeRow {
  key: string;
  name: string;
  /** The area's share of England's 4* FTE in this group in 2014 and 2021 (0–1). */
  share2014: number;
  share2021: number;
}

export interface ScienceBase {
  areaCode: string;
  /** False when no institution in the area submitted to REF 2021. */
  hasResearch: boolean;
  fourStarFte: number;
  fte: number;
  gpa: number;
  englandGpa: number;
  shareOfEngland: number;
  perThousandEnterprises: number;
  englandPerThousandEnterprises: number;
  enterprisesYear: string | null;
  /** Subjects with at least MIN_RANKED_FTE FTE, by research LQ, highest first. */
  subjects: SubjectRow[];
  /** Subjects with staff submitted but under MIN_RANKED_FTE FTE: too few to rank, largest first. */
  smallSubjects: SubjectRow[];
  councils: CouncilRow[];
  ukriYears: string[];
  change: ChangeRow[];
  institutions: InstitutionRecord[];
}

function column(cube: Cube, areaCode: string): number[] {
  const a = cube.areaIndex.get(areaCode);
  return cube.sectors.map((_, s) => (a === undefined ? NaN : cellValue(cube, a, s, 0)));
}

const sum = (xs: number[]) => xs.reduce((t, x) => t + x, 0);

export function scienceBase(d: ResearchInputs, areaCode: string): ScienceBase | null {
  if (!d.fourStar.areaIndex.has(areaCode)) return null;
  const four = column(d.fourStar, areaCode);
  const fte = column(d.fte, areaCode);
  const power = column(d.power, areaCode);
  const eFour = column(d.fourStar, ENGLAND);
  const eFte = column(d.fte, ENGLAND);
  const ePower = column(d.power, ENGLAND);
  const areaAll = sum(four);
  const englandAll = sum(eFour);
  const submitted: SubjectRow[] = d.fourStar.sectors
    .map((s, i) => ({
      code: s.code,
      name: s.name,
      fourStarFte: four[i],
      fte: fte[i],
      gpa: fte[i] > 0 ? power[i] / fte[i] : NaN,
      englandGpa: eFte[i] > 0 ? ePower[i] / eFte[i] : NaN,
      lq: researchLq(four[i], areaAll, eFour[i], englandAll),
      shareOfEngland: shareOfEngland(four[i], eFour[i]),
    }))
    .filter((r) => r.fte > 0);
  // Ranked by LQ where enough staff stand behind it (MIN_RANKED_FTE); the small ones listed apart.
  const { ranked: subjects, tooSmall: smallSubjects } = rankResearchLqs(submitted);

  // UKRI: £ over all years; award rate from the counts of applications and awards.
  const ai = d.extras.areas.indexOf(areaCode);
  const ei = d.extras.areas.indexOf(ENGLAND);
  const Y = d.ukri.years.length;
  const ua = d.ukri.areaIndex.get(areaCode);
  const councils: CouncilRow[] = d.extras.ukri.councils.map((c, ci) => {
    const s = d.ukri.sectorIndex.get(c.code);
    let awarded = 0;
    if (s !== undefined && ua !== undefined) for (let y = 0; y < Y; y++) awarded += cellValue(d.ukri, ua, s, y);
    const apps = ai >= 0 ? d.extras.ukri.applications[ai][ci] : NaN;
    const awards = ai >= 0 ? d.extras.ukri.awards[ai][ci] : NaN;
    const eApps = d.extras.ukri.applications[ei][ci];
    const eAwards = d.extras.ukri.awards[ei][ci];
    return {
      code: c.code,
      name: c.name,
      awarded,
      applications: apps,
      awards,
      rate: apps > 0 ? awards / apps : NaN,
      englandRate: eApps > 0 ? eAwards / eApps : NaN,
    };
  });

  // Change since REF 2014, on the crosswalk's comparable groups, as shares of England (FTE rules changed).
  const groups = crosswalkGroups();
  const names = new Map(d.fourStar.sectors.map((s) => [Number(s.code), s.name]));
  const e14 = d.extras.ref2014.fourStarFte[ei];
  const a14 = ai >= 0 ? d.extras.ref2014.fourStarFte[ai] : [];
  const change: ChangeRow[] = groups
    .map((g, gi) => {
      const idx = g.uoa2021.map((u) => d.fourStar.sectors.findIndex((s) => Number(s.code) === u));
      const a21 = sum(idx.map((i) => four[i]));
      const en21 = sum(idx.map((i) => eFour[i]));
      return {
        key: g.key,
        name: g.uoa2021.map((u) => names.get(u) ?? String(u)).join(' and '),
        share2014: shareOfEngland(a14[gi] ?? NaN, e14[gi]),
        share2021: shareOfEngland(a21, en21),
      };
    })
    .filter((r) => r.share2014 > 0 || r.share2021 > 0);

  const institutions = d.institutions
    .filter((i) => areaCode === ENGLAND || i.district === areaCode || i.leps.includes(areaCode))
    .sort((x, y) => y.fte - x.fte);
  const areaFte = sum(fte);
  const englandFte = sum(eFte);
  const e = d.enterprises;
  return {
    areaCode,
    hasResearch: areaFte > 0,
    fourStarFte: areaAll,
    fte: areaFte,
    gpa: areaFte > 0 ? sum(power) / areaFte : NaN,
    englandGpa: englandFte > 0 ? sum(ePower) / englandFte : NaN,
    shareOfEngland: shareOfEngland(areaAll, englandAll),
    perThousandEnterprises: e && e.area > 0 ? (1000 * areaAll) / e.area : NaN,
    englandPerThousandEnterprises: e && e.england > 0 ? (1000 * englandAll) / e.england : NaN,
    enterprisesYear: e?.year ?? null,
    subjects,
    smallSubjects,
    councils,
    ukriYears: d.ukri.years,
    change,
    institutions,
  };
}
