// The science base's ranking rule in the pack: a research LQ is ranked only where at least
// MIN_RANKED_FTE FTE of staff were submitted, so the pack never claims a top subject the profile
// lists as too small to rank (one 3.8 FTE submission gave Black Country an LQ of 12). Research
// income has its own minimum, MIN_RANKED_INCOME (£1m over the five years): no council is named a
// strength on one or two awards (Black Country's £801k from AHRC gave an LQ of 22.34).
import { cellValue } from '../data/cube';
import { MIN_RANKED_FTE, MIN_RANKED_INCOME, rankResearchLqs } from '../metrics/research';
import { formatLq, formatPoundsK, formatValueIn } from '../format';
import type { ProfileBar } from '../profile/lq-bars';
import type { Strand } from './types';

export interface ResearchRanking {
  /** Bars with enough staff behind them, by LQ, highest first. */
  ranked: ProfileBar[];
  /** Bars under the threshold, with the FTE behind each, largest first. */
  tooSmall: { bar: ProfileBar; fte: number }[];
}

/** Null when the strand is not research or its staff FTE is not loaded: the bars stand as they are. */
export function researchRanking(s: Strand, bars: readonly ProfileBar[]): ResearchRanking | null {
  const staff = s.staff;
  if (s.role !== 'research' || !staff) return null;
  const area = staff.areaIndex.get(s.cube.areas[s.area].code);
  const year = staff.yearIndex.get(s.cube.years[s.year]);
  if (area === undefined || year === undefined) return null;
  const rows = bars.map((bar) => {
    const sector = staff.sectorIndex.get(bar.sector.code);
    // No staff figure: treated as none submitted, so it cannot be ranked on its own.
    const fte = sector === undefined ? 0 : cellValue(staff, area, sector, year);
    return { bar, lq: bar.lq, fte: Number.isFinite(fte) ? fte : 0 };
  });
  const { ranked, tooSmall } = rankResearchLqs(rows, MIN_RANKED_FTE);
  return {
    ranked: ranked.map((r) => r.bar),
    tooSmall: tooSmall.filter((r) => r.fte > 0).map((r) => ({ bar: r.bar, fte: r.fte })),
  };
}

/** "2 subjects with under 10 FTE of staff submitted are not ranked: Area Studies (3.8 FTE), …" */
export function tooSmallWords(tooSmall: ResearchRanking['tooSmall']): string {
  if (tooSmall.length === 0) return '';
  const fmt = (v: number) => v.toLocaleString('en-GB', { maximumFractionDigits: 1 });
  const names = tooSmall.map((t) => `${t.bar.sector.name} (${fmt(t.fte)} FTE)`).join(', ');
  const n = tooSmall.length;
  return ` ${n === 1 ? '1 subject' : `${n} subjects`} with under ${MIN_RANKED_FTE} FTE of staff submitted ${n === 1 ? 'is' : 'are'} not ranked, as in the area profile: one small submission makes ${n === 1 ? 'its' : 'their'} location quotient${n === 1 ? '' : 's'} swing widely. ${n === 1 ? 'It is' : 'They are'} ${names}.`;
}

export interface IncomeRanking {
  /** Bars with at least MIN_RANKED_INCOME behind them, in the bars' order (by LQ, highest first). */
  ranked: ProfileBar[];
  /** Bars with some income under the minimum, largest first. */
  tooSmall: ProfileBar[];
}

/** Null when the strand is not research income: the bars stand as they are. */
export function incomeRanking(s: Strand, bars: readonly ProfileBar[], min = MIN_RANKED_INCOME): IncomeRanking | null {
  if (s.role !== 'funding') return null;
  const small = (b: ProfileBar) => b.value > 0 && b.value < min;
  // Nothing won at all: the bars stand, and the claim says so. Otherwise a council with no awards is no
  // strength either, and a missing figure stays for the claim to pass over as unusable.
  if (bars.every((b) => b.value === 0)) return { ranked: [...bars], tooSmall: [] };
  return {
    ranked: bars.filter((b) => !(b.value < min)),
    tooSmall: bars.filter(small).sort((x, y) => y.value - x.value),
  };
}

/** £1m, as the words say it: "£1m" for 1,000 (£ thousands). */
const incomeWords = formatPoundsK;

/** The rule in one sentence, for the pack's words under research income and its notes. */
export const INCOME_RULE_WORDS = `A research council counts as a strength only where the area won at least ${incomeWords(MIN_RANKED_INCOME)} from it over the five years: below that its location quotient rests on one or two awards.`;

/** "1 research council with under £1m awarded over the period is not ranked: … It is Arts and Humanities (AHRC) (£801k, LQ 22.34)." */
export function tooSmallIncomeWords(tooSmall: readonly ProfileBar[], min = MIN_RANKED_INCOME): string {
  if (tooSmall.length === 0) return '';
  const n = tooSmall.length;
  const names = tooSmall
    .map((b) => `${b.sector.name} (${formatValueIn(b.value, '£ thousands')}, location quotient ${formatLq(b.lq)})`)
    .join(', ');
  return ` ${n === 1 ? '1 research council' : `${n} research councils`} with under ${incomeWords(min)} awarded over the period ${n === 1 ? 'is' : 'are'} not ranked: on so small a base one or two awards make the whole location quotient. ${n === 1 ? 'It is' : 'They are'} ${names}.`;
}

/** The claim when every council's awards are under the minimum: none is named, and the rule says why. */
export function noIncomeStrengthWords(area: string, period: string, min = MIN_RANKED_INCOME): string {
  return `No research council is named as ${area}’s top specialism for ${period}: it won under ${incomeWords(min)} from each of them over the period.`;
}
