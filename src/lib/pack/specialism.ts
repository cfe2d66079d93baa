// "What is this area's top specialism?" in one sentence, from the profile's LQ bars (sorted by LQ,
// missing last). A sector whose figure is missing or unreliable is never the one claimed.
import type { Flag } from '../data/types';
import { formatLq, formatValueIn } from '../format';
import { possessive } from '../profile/words';
import { claim, refused, scopeWords, unusable, type Claim } from './claim';
import { significanceWords, type Interval } from './significance';

export interface SpecialismBar {
  sector: { code: string; name: string };
  value: number;
  lq: number;
  flag: Flag | null;
  ci: Interval | null;
}

export interface SpecialismContext {
  area: string;
  /** Plural noun of what is counted: "enterprises", "people in employment". */
  unit: string;
  /** Unit of one count, for "(4,735 enterprises)", "(£1,757m)"; default `unit`. */
  countUnit?: string;
  year: string;
  benchmark: string;
  sectorCount: number;
  ownData: boolean;
  /** What the dataset's "sectors" are: 'sectors', 'subjects', 'research councils'. */
  sectorWord?: string;
}

/** The claimable bar with the highest LQ (bars sorted by LQ, highest first), and the bars passed over. */
export function topClaimable<T extends SpecialismBar>(bars: readonly T[]): { top: T | null; skipped: T[] } {
  const skipped: T[] = [];
  for (const b of bars) {
    if (!Number.isFinite(b.lq)) continue;
    if (unusable(b.value, b.flag)) {
      skipped.push(b);
      continue;
    }
    return { top: b, skipped };
  }
  return { top: null, skipped };
}

export function topSpecialism(bars: readonly SpecialismBar[], ctx: SpecialismContext): Claim {
  const { area, unit, year, benchmark } = ctx;
  const scope = scopeWords(ctx.sectorCount, ctx.ownData, ctx.sectorWord);
  const { top, skipped } = topClaimable(bars);
  const passed = skipped.length
    ? ` ${skipped.map((b) => b.sector.name).join(', ')} ${skipped.length === 1 ? 'has' : 'have'} a higher location quotient, but ${skipped.length === 1 ? 'its figure is' : 'their figures are'} ${skipped.every((b) => b.flag === 'unreliable') ? 'marked unreliable by the source' : 'not reliable enough to state'}, so ${skipped.length === 1 ? 'it is' : 'they are'} not claimed.`
    : '';
  if (bars.length > 0 && bars.every((b) => b.value === 0)) {
    return refused(
      `${possessive(area)} ${unit} in ${year} is 0 in every one ${scope}, so there is no share to compare with ${possessive(benchmark)} and no specialism is claimed.`,
    );
  }
  if (!top) {
    return refused(
      `None ${scope} has a reliable location quotient for ${area} in ${year}, so no specialism is claimed.${passed}`,
    );
  }
  const lq = formatLq(top.lq);
  if (!(top.lq > 1)) {
    return claim(
      `None ${scope} is more concentrated in ${area} than in ${benchmark} in ${year}: the highest reliable location quotient is ${top.sector.name}'s, ${lq}.${passed}`,
      `LQ ${lq}`,
    );
  }
  const approx = top.flag === 'rounded' ? ' (approximate: a small count the source rounds to the nearest 5)' : '';
  const text =
    `${possessive(area)} top specialism by ${unit} in ${year}, ${scope}, is ${top.sector.name} (${formatValueIn(top.value, ctx.countUnit ?? unit)}): ` +
    `a location quotient of ${lq}${approx} against ${benchmark}, so its share of ${possessive(area)} ${unit} is ${lq} times ${possessive(benchmark)}. ` +
    significanceWords(top.lq, top.ci, benchmark) +
    passed;
  return claim(text, `LQ ${lq}`);
}
