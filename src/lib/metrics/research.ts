// Research measures from REF quality profiles (see ../shared/docs/DESIGN.md, "Research"). A quality
// profile gives, for one submission, the FTE of staff submitted and the percentage of the submission
// judged 4* (world-leading), 3* (internationally excellent), 2*, 1* and unclassified.

export interface QualityProfile {
  /** FTE of staff submitted. */
  fte: number;
  /** Percentages 0–100 of the submission at each star level. */
  p4: number;
  p3: number;
  p2: number;
  p1: number;
}

/** World-leading volume: FTE × %4* / 100. */
export function fourStarFte(p: QualityProfile): number {
  return (p.fte * p.p4) / 100;
}

/** Grade point average: (4·%4* + 3·%3* + 2·%2* + 1·%1*) / 100, from 0 (all unclassified) to 4. */
export function gradePointAverage(p: QualityProfile): number {
  return (4 * p.p4 + 3 * p.p3 + 2 * p.p2 + p.p1) / 100;
}

/** Research power: GPA × FTE, quality and volume together. */
export function researchPower(p: QualityProfile): number {
  return gradePointAverage(p) * p.fte;
}

/**
 * Several submissions taken together (an area's, or England's, in one unit of assessment): FTE,
 * 4* FTE and research power add up; the GPA of the whole is power / FTE (an FTE-weighted mean),
 * NaN when there is no FTE at all.
 */
export function combineProfiles(profiles: readonly QualityProfile[]): {
  fte: number;
  fourStarFte: number;
  power: number;
  gpa: number;
} {
  let fte = 0;
  let four = 0;
  let power = 0;
  for (const p of profiles) {
    fte += p.fte;
    four += fourStarFte(p);
    power += researchPower(p);
  }
  return { fte, fourStarFte: four, power, gpa: fte > 0 ? power / fte : NaN };
}

/** An area's share of England's figure: area / england, NaN when England has none. */
export function shareOfEngland(area: number, england: number): number {
  return england > 0 ? area / england : NaN;
}

/**
 * Research location quotient: the area's share of England's 4* FTE in a unit of assessment over its
 * share of England's 4* FTE in all units. 1 = as much of England's world-leading research in this
 * subject as in research overall. NaN when the area has no 4* FTE at all (no research submitted:
 * there is no mix to compare) or England has none in the subject.
 */
export function researchLq(areaInUoa: number, areaAll: number, englandInUoa: number, englandAll: number): number {
  if (!(areaAll > 0) || !(englandInUoa > 0) || !(englandAll > 0)) return NaN;
  return areaInUoa / englandInUoa / (areaAll / englandAll);
}

/**
 * The least FTE of staff submitted behind a research LQ for it to be ranked. Below it one small
 * submission makes the whole figure, and its LQ swings wildly: in REF 2021, 8% of the LEP and
 * district × subject figures have under 10 FTE, holding 0.4% of England's 4* FTE, yet they give 10 of
 * the 47 LQs above 10 (Forest of Dean's 61.7 in UoA 24 rests on 8.6 FTE). Such subjects are listed,
 * after the ranking, as too small to rank; their figures are not hidden.
 */
export const MIN_RANKED_FTE = 10;

/**
 * The least research council income (UKRI awards, £ thousands, added up over the five financial years
 * 2015/16 to 2019/20) behind an income LQ for it to be named a strength: £1 million. Below it the figure
 * is one or two awards (a median of 1 to 2 awards for LEP and district × council sums under £1m, 4 for
 * £1m–£2m), and an area that won little in all makes its whole mix from them: Black Country's £801k,
 * all from AHRC in 3 awards, gives an LQ of 22.34 (100% of its income over AHRC's 4.5% of England's).
 */
export const MIN_RANKED_INCOME = 1000;

/**
 * Ranks research LQs: rows with at least `min` FTE by LQ, highest first (no LQ last; ties by FTE,
 * larger first); the rest, too small to rank, apart, largest FTE first.
 */
export function rankResearchLqs<T extends { lq: number; fte: number }>(
  rows: readonly T[],
  min = MIN_RANKED_FTE,
): { ranked: T[]; tooSmall: T[] } {
  const byLq = (x: T, y: T) =>
    Number.isNaN(y.lq)
      ? Number.isNaN(x.lq)
        ? y.fte - x.fte
        : -1
      : Number.isNaN(x.lq)
        ? 1
        : y.lq - x.lq || y.fte - x.fte;
  return {
    ranked: rows.filter((r) => r.fte >= min).sort(byLq),
    tooSmall: rows.filter((r) => r.fte < min).sort((x, y) => y.fte - x.fte),
  };
}
