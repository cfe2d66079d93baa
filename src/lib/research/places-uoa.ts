// The national view "Places strong in both" for one REF 2021 subject (UoA): every LEP (or district)
// whose research LQ in the subject is above 1 and whose enterprise LQ is above 1 in at least one
// industry group the concordance links the subject to. Each place's pairs come from strengthsMeet
// itself, so this view, each area's profile and the evidence pack can never disagree on "strong in both".
import { strengthsMeet, type StrengthsInputs } from './strengths-meet';
import { CONCORDANCE, INDUSTRY_GROUPS } from './concordance';
import { levelWords } from '../words';
import type { PlacesSort } from './places-sort';
import { MIN_RANKED_FTE } from '../metrics/research';

export { PLACES_SORTS, PLACES_SORT_NUMERIC, type PlacesSort } from './places-sort';

export type PlacesLevel = 'lep' | 'lad';

export interface UoaLink {
  industry: string;
  industryName: string;
  sic: string;
  reason: string;
}

export interface UoaPlace {
  code: string;
  name: string;
  researchLq: number;
  /** The place's 4* FTE in the subject: the research behind its research LQ. */
  fourStarFte: number;
  /** FTE of staff submitted in the subject (at least MIN_RANKED_FTE where the rule applied); NaN without the FTE cube. */
  staffFte: number;
  /** The linked industry groups where the place's enterprise LQ is above 1, strongest first. */
  industries: { code: string; name: string; lq: number; reason: string }[];
}

export interface UoaPlaces {
  uoa: number;
  uoaName: string;
  level: PlacesLevel;
  /** The industry groups the concordance links the subject to, with why. */
  links: UoaLink[];
  /** When the concordance links the subject to no industry: its reason; otherwise null. */
  unlinkedReason: string | null;
  /** How many places of the level the research data has. */
  areas: number;
  places: UoaPlace[];
  /** Whether the minimum-FTE rule was applied (false when the FTE cube could not be loaded). */
  fteRule: boolean;
  /** Places whose research LQ is above 1 with a linked industry above 1, but on under MIN_RANKED_FTE FTE: not counted. */
  tooSmall: { code: string; name: string; researchLq: number; staffFte: number }[];
}

/** Inputs as strengthsMeet takes them, employment aside (this view reads enterprises only). */
export type PlacesInputs = Omit<StrengthsInputs, 'employment'>;

export function placesForUoa(inp: PlacesInputs, uoa: number, level: PlacesLevel): UoaPlaces {
  const mine = CONCORDANCE.filter((l) => l.uoa === uoa);
  const links = mine
    .filter((l) => l.industry !== null)
    .map((l) => ({ industry: l.industry!, industryName: INDUSTRY_GROUPS[l.industry!], sic: l.sic, reason: l.reason }));
  const unlinked = mine.find((l) => l.industry === null);
  const areas = inp.research.areas.filter((a) => a.level === level);
  const uoaName = inp.research.sectors.find((s) => Number(s.code) === uoa)?.name ?? `UoA ${uoa}`;
  const places: UoaPlace[] = [];
  const tooSmall: UoaPlaces['tooSmall'] = [];
  let fteRule = inp.fte !== null;
  if (inp.enterprises && links.length > 0) {
    for (const area of areas) {
      // Spread, so whatever else strengthsMeet learns to read reaches it.
      const m = strengthsMeet({ ...inp, employment: null }, area.code);
      fteRule &&= m.fteRule;
      const pairs = m.pairs.filter((p) => p.uoa === uoa);
      const small = pairs.find((p) => p.researchTooSmall && p.businessLq > 1);
      if (small)
        tooSmall.push({ code: area.code, name: area.name, researchLq: small.researchLq, staffFte: small.staffFte });
      const both = pairs.filter((p) => p.kind === 'both');
      if (both.length === 0) continue;
      places.push({
        code: area.code,
        name: area.name,
        researchLq: both[0].researchLq,
        fourStarFte: both[0].fourStarFte,
        staffFte: both[0].staffFte,
        industries: both
          .map((p) => ({ code: p.industry, name: p.industryName, lq: p.businessLq, reason: p.reason }))
          .sort((x, y) => y.lq - x.lq || Number(x.code) - Number(y.code)),
      });
    }
  }
  return {
    uoa,
    uoaName,
    level,
    links,
    unlinkedReason: links.length === 0 ? (unlinked?.reason ?? 'The concordance has no row for it.') : null,
    areas: areas.length,
    places: sortUoaPlaces(places, 'researchLq', true),
    fteRule,
    tooSmall: tooSmall.sort((x, y) => y.researchLq - x.researchLq || x.name.localeCompare(y.name, 'en-GB')),
  };
}

// A place with two strong industries sorts by its strongest (listed first).
const KEY: Record<PlacesSort, (p: UoaPlace) => string | number> = {
  area: (p) => p.name,
  researchLq: (p) => p.researchLq,
  fourStarFte: (p) => p.fourStarFte,
  staffFte: (p) => p.staffFte,
  industry: (p) => p.industries[0]?.name ?? '',
  enterpriseLq: (p) => p.industries[0]?.lq ?? -Infinity,
};

/** Sorted by one column; ties by name A to Z, then code, whichever way the column runs. */
export function sortUoaPlaces(places: readonly UoaPlace[], by: PlacesSort, descending: boolean): UoaPlace[] {
  const cmp = (a: string | number, b: string | number) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'en-GB');
  return [...places].sort(
    (x, y) => (descending ? -1 : 1) * cmp(KEY[by](x), KEY[by](y)) || cmp(x.name, y.name) || cmp(x.code, y.code),
  );
}

const joinAnd = (xs: readonly string[]) =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`;

/** The sentence above the table, which is also the whole answer when no place is strong in both. */
export function placesSummary(p: UoaPlaces, enterprisesLoaded: boolean): string {
  const w = levelWords(p.level);
  if (p.unlinkedReason !== null) {
    return `The atlas's concordance links ${p.uoaName} to no single industry group (${p.unlinkedReason.replace(/\.$/, '')}), so no place can be strong in both research and business in it.`;
  }
  if (!enterprisesLoaded) {
    return `The enterprise counts could not be loaded, so the business side of ${p.uoaName} is unknown here; no place is named rather than guessed.`;
  }
  const industries = joinAnd(p.links.map((l) => l.industryName));
  if (p.places.length === 0) {
    const floor = p.fteRule ? ` (on at least ${MIN_RANKED_FTE} FTE of staff submitted)` : '';
    return `No ${w.one} is strong in both research and business in ${p.uoaName}: none of the ${p.areas} ${w.many} has both a research LQ above 1 in it${floor} and an enterprise LQ above 1 in ${industries}.`;
  }
  const n = p.places.length;
  const floor = p.fteRule ? ` on at least ${MIN_RANKED_FTE} FTE of staff submitted` : '';
  return `${n} of the ${p.areas} ${w.many} ${n === 1 ? 'has' : 'have'} a research LQ above 1 in ${p.uoaName} (REF 2021 world-leading 4* FTE)${floor} and an enterprise LQ above 1 in ${industries} (UK Business Counts).`;
}

/** The subjects of an area's pairs strong in both, once each, in the order the pairs come (strongest first). */
export function bothSubjects(
  pairs: readonly { uoa: number; uoaName: string; kind: string }[],
): { uoa: number; uoaName: string }[] {
  const seen = new Set<number>();
  return pairs
    .filter((p) => p.kind === 'both' && !seen.has(p.uoa) && seen.add(p.uoa))
    .map((p) => ({ uoa: p.uoa, uoaName: p.uoaName }));
}

/** What the view says of the minimum-FTE rule: the places it leaves out, or that it could not be applied. */
export function fteRuleWords(p: UoaPlaces, fte: (x: number) => string): string | null {
  if (p.unlinkedReason !== null) return null;
  if (!p.fteRule) {
    return `The staff FTE could not be loaded, so the rule that a research LQ counts only on at least ${MIN_RANKED_FTE} FTE submitted is not applied here.`;
  }
  const rule = `A research LQ counts as a strength only on at least ${MIN_RANKED_FTE} FTE of staff submitted in the subject, as in the science base: below that one small submission makes the whole LQ.`;
  if (p.tooSmall.length === 0) return rule;
  const named = p.tooSmall.map((t) => `${t.name} (LQ ${t.researchLq.toFixed(2)} on ${fte(t.staffFte)})`);
  return `${rule} Not counted for that reason: ${named.join('; ')}.`;
}
