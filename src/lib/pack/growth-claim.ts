// A growth claim names both counts it rests on, and refuses when either is missing or unreliable.
import type { Flag } from '../data/types';
import { formatGrowth, formatValue, formatValueIn } from '../format';
import { claim, refused, unusable, type Claim } from './claim';

export interface GrowthInput {
  area: string;
  sector: string;
  /** What is counted, capitalised: "Enterprises", "People aged 16+ in employment". */
  measure: string;
  /** Unit of one count ("£m"): written after each count when the measure's words do not name it. */
  unit?: string;
  from: string;
  to: string;
  start: number;
  end: number;
  startFlag: Flag | null;
  endFlag: Flag | null;
}

export function growthClaim(g: GrowthInput): Claim {
  const what = `${g.measure} in ${g.sector} in ${g.area}`;
  const whyStart = unusable(g.start, g.startFlag);
  const whyEnd = unusable(g.end, g.endFlag);
  if (whyStart || whyEnd) {
    const reasons = [whyStart && `the ${g.from} figure ${whyStart}`, whyEnd && `the ${g.to} figure ${whyEnd}`].filter(
      Boolean,
    );
    return refused(
      `No growth is claimed for ${what.charAt(0).toLowerCase() + what.slice(1)} between ${g.from} and ${g.to}: ${reasons.join(' and ')}.`,
    );
  }
  if (!(g.start > 0)) {
    return refused(
      `No percentage growth is stated for ${what.charAt(0).toLowerCase() + what.slice(1)} between ${g.from} and ${g.to}: it starts from ${formatValue(g.start)}.`,
    );
  }
  const pct = (100 * (g.end - g.start)) / g.start;
  // "from 1,341 £m", not a bare "from 1,341", when the measure ("Gross value added …") does not say what one count is.
  const u = g.unit && !g.measure.toLowerCase().includes(g.unit.toLowerCase()) ? g.unit : '';
  const counts = `from ${formatValueIn(g.start, u)} in ${g.from} to ${formatValueIn(g.end, u)} in ${g.to}`;
  const approx =
    g.startFlag === 'rounded' || g.endFlag === 'rounded' ? ' (approximate: small counts rounded to the nearest 5)' : '';
  if (g.end === g.start)
    return claim(
      `${what} held steady at ${formatValueIn(g.end, u)} between ${g.from} and ${g.to}${approx}.`,
      formatGrowth(0),
    );
  const verb = g.end > g.start ? 'grew' : 'fell';
  return claim(
    `${what} ${verb} by ${formatGrowth(Math.abs(pct)).replace('+', '')}, ${counts}${approx}.`,
    formatGrowth(pct),
  );
}
