// The science base's ranking rule in the pack: a research LQ is ranked only where at least
// MIN_RANKED_FTE FTE of staff were submitted, so the pack never claims a top subject the profile
// lists as too small to rank (one 3.8 FTE submission gave Black Country an LQ of 12).
import { cellValue } from '../data/cube';
import { MIN_RANKED_FTE, rankResearchLqs } from '../metrics/research';
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
