// Where research and business strengths meet: an area's research location quotient in each REF 2021
// subject beside its business location quotient in each industry the concordance links the subject to.
// Pure: the profile section and the evidence pack call strengthsMeet with the cubes they have loaded.
//
// Strong means LQ > 1 (more concentrated than England). Research: LQ on 4* FTE (REF is a census of
// submissions, so it has no sampling interval), counted only where at least MIN_RANKED_FTE FTE of staff
// were submitted in the subject, the science base's rule: below it one small submission makes the whole
// LQ, so it is shown but not counted as a strength. Business: LQ on enterprises (UK Business Counts, a
// register, no interval). Employment (Annual Population Survey, a sample) is shown beside it for the
// broader sector that holds the industry, with its 95% interval: "confirmed" when the whole interval is
// above 1, "not confirmed" when it spans or falls below 1.
import type { Cube } from '../data/types';
import { cellFlag, cellValue } from '../data/cube';
import { locationQuotient, lqConfidenceInterval } from '../metrics';
import { MIN_RANKED_FTE, researchLq } from '../metrics/research';
import { APS_SECTOR_OF_GROUP, CONCORDANCE, INDUSTRY_GROUPS, type ConcordanceLink } from './concordance';

export const ENGLAND = 'E92000001';

export interface StrengthsInputs {
  /** REF 2021 4* FTE by UoA (ref2021-4star-fte), one year. */
  research: Cube;
  /**
   * REF 2021 FTE of staff submitted by UoA (ref2021-fte), one year: a research LQ on under
   * MIN_RANKED_FTE is not counted as a strength. Null when it could not be loaded: every research LQ
   * then counts, and StrengthsMeet.fteRule says the rule was not applied.
   */
  fte: Cube | null;
  /** Enterprises by broad industry group (ubc-enterprises); null when not loaded. */
  enterprises: Cube | null;
  /** People in employment by broad sector with 95% CIs (aps-employment); null when not loaded. */
  employment: Cube | null;
  /** The benchmark area's code (England). */
  benchmark?: string;
}

/** both: strong on both sides; research / business: strong on one side only; neither; unknown: a side has no figure. */
export type PairKind = 'both' | 'research' | 'business' | 'neither' | 'unknown';

export interface StrengthPair {
  uoa: number;
  uoaName: string;
  industry: string;
  industryName: string;
  sic: string;
  reason: string;
  researchLq: number;
  /** The area's 4* FTE in the UoA. */
  fourStarFte: number;
  /** FTE of staff submitted in the UoA; NaN when the FTE cube is not loaded. */
  staffFte: number;
  /** The research LQ is above 1 but rests on under MIN_RANKED_FTE FTE: shown, not counted as a strength. */
  researchTooSmall: boolean;
  businessLq: number;
  enterprises: number;
  /** UBC rounds to 5: under 50 enterprises the LQ is approximate. */
  enterprisesRounded: boolean;
  /** The APS sector employment is read at, and its LQ with the 95% interval. */
  employmentSector: string | null;
  employmentLq: number;
  employmentLower: number;
  employmentUpper: number;
  /** 'above': the interval is wholly above 1; 'no'/'below': it is not; 'unknown': no interval. */
  employmentSignificant: 'above' | 'below' | 'no' | 'unknown';
  kind: PairKind;
}

export interface StrengthsMeet {
  areaCode: string;
  /** False when no institution in the area submitted to REF 2021 (no research LQ at all). */
  hasResearch: boolean;
  /** Year of the enterprise and employment figures (latest in each cube), or null. */
  enterprisesYear: string | null;
  employmentYear: string | null;
  /** Whether the minimum-FTE rule was applied (false when the FTE cube was not loaded). */
  fteRule: boolean;
  /** Every linked pair, strongest first within each kind: both, research only, business only, neither, unknown. */
  pairs: StrengthPair[];
  /** Subjects the concordance links to no industry, with the area's research LQ in each. */
  unlinked: { uoa: number; uoaName: string; researchLq: number; staffFte: number; reason: string }[];
}

const KIND_ORDER: Record<PairKind, number> = { both: 0, research: 1, business: 2, neither: 3, unknown: 4 };

/**
 * The kind of a pair from its two LQs: strong means > 1; a side without a figure is unknown. A research
 * LQ that does not count (on under MIN_RANKED_FTE FTE) is never strong, whatever its value.
 */
export function pairKind(researchLqValue: number, businessLqValue: number, researchCounts = true): PairKind {
  if (!Number.isFinite(researchLqValue) || !Number.isFinite(businessLqValue)) return 'unknown';
  const r = researchLqValue > 1 && researchCounts;
  const b = businessLqValue > 1;
  return r && b ? 'both' : r ? 'research' : b ? 'business' : 'neither';
}

/** The area's research LQ in every UoA (by UoA number), from the 4* FTE cube. */
function researchLqs(cube: Cube, areaCode: string, benchmark: string): Map<number, { lq: number; four: number }> {
  const a = cube.areaIndex.get(areaCode);
  const e = cube.areaIndex.get(benchmark);
  const out = new Map<number, { lq: number; four: number }>();
  if (a === undefined || e === undefined) return out;
  const col = (i: number) => cube.sectors.map((_, s) => cellValue(cube, i, s, 0));
  const area = col(a);
  const eng = col(e);
  const areaAll = area.reduce((t, x) => t + (x > 0 ? x : 0), 0);
  const engAll = eng.reduce((t, x) => t + (x > 0 ? x : 0), 0);
  cube.sectors.forEach((s, i) =>
    out.set(Number(s.code), { lq: researchLq(area[i], areaAll, eng[i], engAll), four: area[i] }),
  );
  return out;
}

/**
 * The area's FTE of staff submitted in every UoA (by UoA number) in the FTE cube's year matching the
 * research's (its only year when they differ in label); an empty cell is 0, since every institution is
 * placed. Null without the cube, or when it lacks the area (the rule cannot be applied).
 */
function staffFte(cube: Cube | null, areaCode: string, year: string | undefined): Map<number, number> | null {
  if (!cube) return null;
  const a = cube.areaIndex.get(areaCode);
  const y = (year !== undefined ? cube.yearIndex.get(year) : undefined) ?? cube.years.length - 1;
  if (a === undefined || y < 0) return null;
  const out = new Map<number, number>();
  cube.sectors.forEach((s, i) => {
    const v = cellValue(cube, a, i, y);
    out.set(Number(s.code), Number.isFinite(v) ? v : 0);
  });
  return out;
}

export function strengthsMeet(inp: StrengthsInputs, areaCode: string): StrengthsMeet {
  const benchmark = inp.benchmark ?? ENGLAND;
  const research = researchLqs(inp.research, areaCode, benchmark);
  const staff = staffFte(inp.fte, areaCode, inp.research.years[0]);
  const uoaName = new Map(inp.research.sectors.map((s) => [Number(s.code), s.name]));
  const hasResearch = [...research.values()].some((r) => r.four > 0);

  const ent = inp.enterprises;
  const ea = ent?.areaIndex.get(areaCode);
  const ey = ent ? ent.years.length - 1 : -1;
  const eb = ent?.areaIndex.get(benchmark);
  const emp = inp.employment;
  const pa = emp?.areaIndex.get(areaCode);
  const py = emp ? emp.years.length - 1 : -1;
  const pb = emp?.areaIndex.get(benchmark);

  const business = (industry: string) => {
    const s = ent?.sectorIndex.get(industry);
    if (!ent || ea === undefined || eb === undefined || s === undefined) return { lq: NaN, n: NaN, rounded: false };
    const n = cellValue(ent, ea, s, ey);
    return { lq: locationQuotient(ent, ea, s, ey, eb), n, rounded: cellFlag(ent, ea, s, ey) === 'rounded' };
  };
  const employment = (industry: string) => {
    const code = APS_SECTOR_OF_GROUP[industry] ?? null;
    const s = code === null ? undefined : emp?.sectorIndex.get(code);
    if (!emp || pa === undefined || pb === undefined || s === undefined)
      return { sector: null, lq: NaN, lower: NaN, upper: NaN, significant: 'unknown' as const };
    const ci = lqConfidenceInterval(emp, pa, s, py, pb);
    return { sector: emp.sectors[s].name, lq: ci.lq, lower: ci.lower, upper: ci.upper, significant: ci.significant };
  };

  const pairs: StrengthPair[] = [];
  const unlinked: StrengthsMeet['unlinked'] = [];
  for (const link of CONCORDANCE as readonly ConcordanceLink[]) {
    const r = research.get(link.uoa) ?? { lq: NaN, four: NaN };
    const name = uoaName.get(link.uoa) ?? `UoA ${link.uoa}`;
    const fte = staff ? (staff.get(link.uoa) ?? 0) : NaN;
    // Without the FTE cube the rule cannot be applied: the LQ counts as it stands (fteRule says so).
    const counts = !staff || fte >= MIN_RANKED_FTE;
    if (link.industry === null) {
      unlinked.push({ uoa: link.uoa, uoaName: name, researchLq: r.lq, staffFte: fte, reason: link.reason });
      continue;
    }
    const b = business(link.industry);
    const p = employment(link.industry);
    pairs.push({
      uoa: link.uoa,
      uoaName: name,
      industry: link.industry,
      industryName: INDUSTRY_GROUPS[link.industry],
      sic: link.sic,
      reason: link.reason,
      researchLq: r.lq,
      fourStarFte: r.four,
      staffFte: fte,
      researchTooSmall: !counts && r.lq > 1,
      businessLq: b.lq,
      enterprises: b.n,
      enterprisesRounded: b.rounded,
      employmentSector: p.sector,
      employmentLq: p.lq,
      employmentLower: p.lower,
      employmentUpper: p.upper,
      employmentSignificant: p.significant,
      kind: pairKind(r.lq, b.lq, counts),
    });
  }
  // Within a kind, the pair whose weaker side is stronger comes first (both sides count).
  const weaker = (p: StrengthPair) => Math.min(p.researchLq, p.businessLq);
  pairs.sort(
    (x, y) =>
      KIND_ORDER[x.kind] - KIND_ORDER[y.kind] ||
      (x.kind === 'unknown' ? 0 : weaker(y) - weaker(x)) ||
      x.uoa - y.uoa ||
      Number(x.industry) - Number(y.industry),
  );
  return {
    areaCode,
    hasResearch,
    fteRule: staff !== null,
    enterprisesYear: ent ? ent.years[ey] : null,
    employmentYear: emp ? emp.years[py] : null,
    pairs,
    unlinked,
  };
}
