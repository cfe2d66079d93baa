// Headline facts of the area profile, in words ready to show. Every sentence states what is missing
// rather than hiding it ("2 sectors have no figure and are left out.").
import { FLAG_CODE, type Cube } from '../data/types';
import { oneYearNote } from './one-year';
import { formatGrowth, formatLq, formatPoundsK, formatShare, formatValue, formatValueIn } from '../format';
import { growth, herfindahlIndex, krugmanIndex, resolveBenchmark, type BenchmarkRef } from '../metrics';
import { profileBars } from './lq-bars';
import { moneyNoun, sectorWords } from '../words';
import { MIN_RANKED_FTE } from '../metrics/research';
import { fteText } from '../research/map-lq-rank';
import { profileAwardsMin } from '../research/profile-awards';
import { barFigure } from './bar-figure';
import { fractionWords, leftOut, listWords, numberWord, plural, possessive } from './words';

export interface FactsOptions {
  /** Year index of the facts (the end year of growth). */
  year: number;
  /** Year index growth is measured from; omitted (or equal to `year`) means no growth sentence. */
  startYear?: number;
  benchmark?: BenchmarkRef;
  /** What is counted, as a plural noun for "… of {unit} would have to change sector": 'enterprises', 'people in employment', 'GVA'. */
  unit: string;
  /** The figures are money in this unit ('£ thousands', '£m'): amounts are written "£1,617k", not "1,617 {unit}". */
  money?: string;
  /**
   * The figures come from the user's own file with this many sectors: totals, shares and LQs are over
   * those sectors only (not the whole economy), and every sentence that rests on them says so.
   */
  ownFileSectors?: number;
  /**
   * Growth headlines leave out sectors below this count in either year (small counts swing by large
   * percentages: 50 → 80 is +60%), and say so. Omitted: no threshold (money and indicators).
   */
  smallCount?: number;
  /** What the dataset's sectors are called in the sentences (REF's are subjects); default sector(s). */
  sectorWords?: { one: string; many: string };
  /**
   * REF 2021 volumes: the science base's rule that a research LQ counts as a strength only on at least
   * `min` FTE of staff submitted in the subject. `bySector`: the area's FTE in each sector of the cube
   * (by index, the facts' year); a subject under `min` is left out of the specialisms and named as not
   * counted. 'pending': the FTE is still loading, so no subject is named yet; 'failed': it could not
   * load, and the sentence says the rule is not applied.
   */
  staffFte?: { bySector: readonly number[]; min: number } | 'pending' | 'failed';
  /**
   * UKRI awards (£ thousands): a research council counts as a strength only where the area won at least
   * this much from it in the year of the facts (research/profile-awards.ts); one under it is left out of
   * the specialisms and named as not counted, with its figure.
   */
  awardsMin?: number;
}

export { SMALL_COUNT } from '../views/lq-meaning';
export { ownFileScope } from '../views/own-file';
import { ownFileScope } from '../views/own-file';
import { SMALL_COUNT } from '../views/lq-meaning';

/**
 * The profile's headline options for a dataset. A user's own file (`local-…`): shares are of the
 * file's sectors only, and say so. Small counts stay out of growth headlines only where the figure is
 * a count (not money, not an indicator).
 */
export function profileFactsOptions(o: {
  year: number;
  startYear: number;
  benchmark: BenchmarkRef;
  unit: string;
  /** The dataset's measure ("Research council funding awarded …"), which names what money counts. */
  measure?: string;
  dataset: string;
  indicator: boolean;
  sectors: number;
}): FactsOptions {
  const { year, startYear, benchmark, unit } = o;
  const money = /^£/.test(unit) ? unit : undefined;
  return {
    year,
    startYear,
    benchmark,
    unit: money ? moneyNoun(money, o.measure ?? '') : unit,
    money,
    ownFileSectors: o.dataset.startsWith('local-') && !o.indicator ? o.sectors : undefined,
    smallCount: !o.indicator && !/£/.test(unit) ? SMALL_COUNT : undefined,
    sectorWords: sectorWords(o.dataset),
    awardsMin: profileAwardsMin(o.dataset),
  };
}
import { cellFlagCode } from '../data/cube';

export interface FactSector {
  index: number;
  code: string;
  name: string;
  lq: number;
}

export interface HeadlineFacts {
  /** Sentence naming up to five sectors with LQ above 1, highest first. */
  topSpecialisms: string;
  /** Those sectors (for links). */
  top: FactSector[];
  /** Sentence naming the specialised sector that grew most, or saying none grew. */
  fastestGrowingSpecialised: string;
  fastest: (FactSector & { growth: number }) | null;
  /** Krugman dissimilarity against the benchmark (0 = its mix exactly, 1 = nothing in common). */
  krugman: { value: number; sentence: string };
  /** Hirschman–Herfindahl concentration (1/N for an even spread over N sectors, 1 for one sector). */
  herfindahl: { value: number; sentence: string };
  /** Sectors with no LQ in the year (left out of the specialisms). */
  missing: number;
  /** For the user's own file: what its shares and LQs are of, in one sentence; null otherwise. */
  scope: string | null;
}

/** Map a Herfindahl index, rescaled to 0…1 above its 1/N floor, to words. */
export function concentrationWords(h: number, n: number, many = 'sectors'): string {
  const normalised = n > 1 ? (h - 1 / n) / (1 - 1 / n) : 1;
  if (normalised < 0.05) return `spread almost evenly across ${many}`;
  if (normalised < 0.15) return 'fairly diverse';
  if (normalised < 0.35) return 'moderately concentrated';
  return 'highly concentrated';
}

function withMissing(sentence: string, note: string): string {
  return note ? `${sentence} ${note}` : sentence;
}

/**
 * What the minimum-FTE rule left out of the specialisms, naming up to five (LQ and FTE), or that the
 * rule could not be applied; '' without the rule or with nothing left out.
 */
function fteRuleWords(
  rule: FactsOptions['staffFte'],
  tooSmall: readonly { sector: { name: string }; lq: number; index: number }[],
  staffOf: (i: number) => number,
  sw: { one: string; many: string },
): string {
  if (rule === 'failed')
    return `The staff numbers (FTE) could not be loaded, so the rule that a location quotient counts as a strength only on at least ${formatValue(MIN_RANKED_FTE)} FTE of staff submitted is not applied here.`;
  if (!rule || rule === 'pending' || tooSmall.length === 0) return '';
  const n = tooSmall.length;
  const shown = tooSmall.slice(0, 5).map((bar) => {
    const fte = staffOf(bar.index);
    return `${bar.sector.name} (${formatLq(bar.lq)} on ${Number.isFinite(fte) ? fteText(fte) : 'no FTE'})`;
  });
  const more = n > 5 ? [`${numberWord(n - 5)} more`] : [];
  return `${plural(n, sw.one, sw.many)} with a location quotient above 1 on under ${formatValue(rule.min)} FTE of staff submitted ${n === 1 ? 'is' : 'are'} not counted as ${n === 1 ? 'a strength' : 'strengths'}, as in the science base: one small submission makes the whole figure. ${n === 1 ? 'It is' : 'They are'} ${listWords([...shown, ...more])}.`;
}

/** What the £ minimum for UKRI awards left out of the specialisms, naming up to five (LQ and £); '' if none. */
function awardsRuleWords(
  min: number,
  tooSmall: readonly { sector: { name: string }; lq: number; value: number }[],
  yearLabel: string,
  sw: { one: string; many: string },
): string {
  const n = tooSmall.length;
  if (n === 0) return '';
  const shown = tooSmall
    .slice(0, 5)
    .map((bar) => `${bar.sector.name} (${formatLq(bar.lq)} on ${formatPoundsK(bar.value)})`);
  const more = n > 5 ? [`${numberWord(n - 5)} more`] : [];
  return `${plural(n, sw.one, sw.many)} with a location quotient above 1 on under ${formatPoundsK(min)} awarded in ${yearLabel} ${n === 1 ? 'is' : 'are'} not counted as ${n === 1 ? 'a strength' : 'strengths'}: below that one or two awards make the whole figure (the evidence pack applies the same ${formatPoundsK(min)} to the five years added up). ${n === 1 ? 'It is' : 'They are'} ${listWords([...shown, ...more])}.`;
}

export function headlineFacts(cube: Cube, areaIndex: number, options: FactsOptions): HeadlineFacts {
  const b = resolveBenchmark(cube, options.benchmark);
  const { year: y, startYear: y0, unit } = options;
  const area = cube.areas[areaIndex]?.name ?? 'This area';
  const bench = b.label;
  const yearLabel = cube.years[y] ?? '';
  const own = options.ownFileSectors;
  // REF's sectors are subjects, UKRI's research councils (words.ts sectorWords).
  const sw = options.sectorWords ?? { one: 'sector', many: 'sectors' };
  // "against England (counting only the 5 sectors in your file)": an LQ over a file's few sectors.
  const against = own === undefined ? bench : `${bench} (counting only the ${plural(own, 'sector')} in your file)`;
  const ofUnit = own === undefined ? unit : `the ${unit} in the ${plural(own, 'sector')} in your file`;

  // Top specialisms.
  const bars = profileBars(cube, areaIndex, y, b);
  // Only figures the source did not publish are "no figure": none at all (an area with no awards in
  // the year, so no LQ) is a true zero and is said as such below.
  const missing = bars.filter((bar) => barFigure(bar) === 'no-figure').length;
  const nothingAtAll = bars.length > 0 && bars.every((bar) => bar.value === 0);
  // Headlines rest on reliable figures only: an estimate ONS calls unreliable (a survey sample of
  // 3–9) is left out, and the sentence says so.
  const unreliableAt = (s: number, yy: number) => cellFlagCode(cube, areaIndex, s, yy) === FLAG_CODE.unreliable;
  const aboveOne = bars.filter((bar) => bar.lq > 1);
  const specialised = aboveOne.filter((bar) => !unreliableAt(bar.index, y));
  const unreliableNote = leftOut(
    aboveOne.length - specialised.length,
    'a location quotient above 1 from an unreliable survey estimate',
    sw.one,
  );
  // The minimum-FTE rule (REF volumes): a subject's LQ on too few staff is not a strength.
  const rule = options.staffFte;
  const staffOf = (i: number) => (rule && typeof rule === 'object' ? rule.bySector[i] : NaN);
  const tooSmall =
    rule && typeof rule === 'object' ? specialised.filter((bar) => !(staffOf(bar.index) >= rule.min)) : [];
  // The £ minimum (UKRI awards): a council's LQ on under it in the year is not a strength either.
  const awardsMin = options.awardsMin ?? 0;
  const tooLittle = awardsMin > 0 ? specialised.filter((bar) => !(bar.value >= awardsMin)) : [];
  const strong =
    tooSmall.length + tooLittle.length > 0
      ? specialised.filter((bar) => !tooSmall.includes(bar) && !tooLittle.includes(bar))
      : specialised;
  const top = strong
    .slice(0, 5)
    .map((bar) => ({ index: bar.index, code: bar.sector.code, name: bar.sector.name, lq: bar.lq }));
  const named = listWords(top.map((t) => `${t.name} (${formatLq(t.lq)})`));
  const min = rule && typeof rule === 'object' ? rule.min : 0;
  const floor =
    min > 0
      ? ` on at least ${formatValue(min)} FTE of staff submitted`
      : awardsMin > 0
        ? ` on at least ${formatPoundsK(awardsMin)} awarded`
        : '';
  let topSentence: string;
  if (rule === 'pending') {
    topSentence = `Waiting for the staff numbers (FTE) that decide which ${sw.many} count as strengths.`;
  } else if (strong.length >= 5) {
    const which =
      min > 0
        ? ` (${sw.many} with at least ${formatValue(min)} FTE of staff submitted)`
        : awardsMin > 0
          ? ` (${sw.many} from which it won at least ${formatPoundsK(awardsMin)} in the year)`
          : '';
    topSentence = `The top five specialisms of ${area} in ${yearLabel}, by location quotient against ${against}${which}: ${named}.`;
  } else if (strong.length > 0) {
    const n = strong.length;
    topSentence = `Only ${numberWord(n)} ${n === 1 ? sw.one : sw.many} in ${area} ${n === 1 ? 'has' : 'have'} a location quotient above 1 against ${against}${floor} in ${yearLabel}: ${named}.`;
  } else if (nothingAtAll) {
    topSentence = `${area} has nothing in any ${sw.one} in ${yearLabel} (a true zero, not missing): with no total there is no mix to compare, so no location quotients.`;
  } else {
    topSentence = `No ${sw.one} in ${area} has a location quotient above 1 against ${against}${floor} in ${yearLabel}.`;
  }
  topSentence = withMissing(withMissing(topSentence, unreliableNote), leftOut(missing, undefined, sw.one));
  topSentence = withMissing(topSentence, fteRuleWords(rule, tooSmall, staffOf, sw));
  topSentence = withMissing(topSentence, awardsRuleWords(awardsMin, tooLittle, yearLabel, sw));

  // Fastest-growing specialised sector.
  let fastest: HeadlineFacts['fastest'] = null;
  let growthSentence: string;
  if (cube.years.length === 1) {
    growthSentence = oneYearNote(cube.years) ?? '';
  } else if (y0 === undefined || y0 === y || cube.years[y0] === undefined) {
    growthSentence = `Choose a start year to see which specialised ${sw.one} grew fastest.`;
  } else if (strong.length === 0) {
    growthSentence = withMissing(
      `${area} has no specialised ${sw.one} (location quotient above 1) in ${yearLabel}.`,
      unreliableNote,
    );
  } else {
    const from = cube.years[y0];
    const reliableStart = strong.filter((bar) => !unreliableAt(bar.index, y0));
    const unreliableStart = strong.length - reliableStart.length;
    const allGrowth = reliableStart
      .map((bar) => ({ bar, g: growth(cube, areaIndex, bar.index, y0, y) }))
      .filter((c) => Number.isFinite(c.g.pct));
    const noGrowth = reliableStart.length - allGrowth.length;
    // Small counts: both years must reach the threshold for a growth figure to headline.
    const min = options.smallCount ?? 0;
    const withGrowth = allGrowth.filter((c) => c.bar.value >= min && c.bar.value - c.g.change >= min);
    const small = allGrowth.length - withGrowth.length;
    const smallWords = `fewer than ${formatValue(min)} ${unit} in ${from} or ${yearLabel}`;
    if (allGrowth.length > 0 && withGrowth.length === 0) {
      growthSentence = `None of ${possessive(area)} specialised ${sw.many} has at least ${formatValue(min)} ${unit} in both ${from} and ${yearLabel}, so no growth is quoted: small counts swing by large percentages.`;
    } else if (withGrowth.length === 0) {
      growthSentence = `None of ${possessive(area)} specialised ${sw.many} has a ${unreliableStart > 0 ? 'reliable ' : ''}figure for both ${from} and ${yearLabel}.`;
    } else {
      // Highest % growth; ties go to the higher LQ (the order of `specialised`).
      let best = withGrowth[0];
      for (const c of withGrowth) if (c.g.pct > best.g.pct) best = c;
      const { bar, g } = best;
      fastest = { index: bar.index, code: bar.sector.code, name: bar.sector.name, lq: bar.lq, growth: g.pct };
      if (g.pct > 0) {
        const e1 = bar.value;
        const e0 = e1 - g.change;
        const amounts = options.money
          ? `${formatValueIn(e0, options.money)} to ${formatValueIn(e1, options.money)}`
          : `${formatValue(e0)} to ${formatValue(e1)} ${unit}`;
        growthSentence = `Of ${possessive(area)} specialised ${sw.many}, ${bar.sector.name} grew fastest between ${from} and ${yearLabel}: ${formatGrowth(g.pct)}, from ${amounts}.`;
      } else {
        const how = g.pct === 0 ? 'held steady' : 'fell least';
        growthSentence = `None of ${possessive(area)} specialised ${sw.many} grew between ${from} and ${yearLabel}; ${bar.sector.name} ${how} (${formatGrowth(g.pct)}).`;
      }
    }
    growthSentence = withMissing(
      growthSentence,
      withGrowth.length > 0 && noGrowth > 0
        ? `${plural(noGrowth, `specialised ${sw.one}`)} ${noGrowth === 1 ? 'has' : 'have'} no growth figure and ${noGrowth === 1 ? 'is' : 'are'} left out.`
        : '',
    );
    growthSentence = withMissing(
      growthSentence,
      withGrowth.length > 0 && small > 0
        ? `${plural(small, `specialised ${sw.one}`)} with ${smallWords} ${small === 1 ? 'is' : 'are'} left out: small counts swing by large percentages.`
        : '',
    );
    growthSentence = withMissing(
      growthSentence,
      unreliableStart > 0
        ? `${plural(unreliableStart, `specialised ${sw.one}`)} ${unreliableStart === 1 ? 'has' : 'have'} an unreliable survey estimate in ${from} and ${unreliableStart === 1 ? 'is' : 'are'} left out.`
        : '',
    );
    growthSentence = withMissing(growthSentence, unreliableNote);
  }

  // Krugman dissimilarity against the benchmark.
  const k = krugmanIndex(cube, areaIndex, y, b);
  let krugmanSentence: string;
  // With nothing at all there is no mix: say so, not that figures are missing.
  const noMix = `${area} has nothing in any ${sw.one} in ${yearLabel}, so there is no mix to compare`;
  if (nothingAtAll) {
    krugmanSentence = `Krugman index: does not apply, as ${noMix}.`;
  } else if (!Number.isFinite(k.value)) {
    krugmanSentence = `Krugman index: no figure, as no ${sw.one} has a value in both ${area} and ${bench} in ${yearLabel}.`;
  } else if (k.value === 0) {
    krugmanSentence = `Krugman index 0.00: ${area} has exactly ${possessive(bench)} mix of ${sw.many}.`;
  } else {
    krugmanSentence = `Krugman index ${k.value.toFixed(2)}: ${fractionWords(k.value)} of ${ofUnit} would have to change ${sw.one} for ${area} to match ${possessive(bench)} mix.`;
  }
  krugmanSentence = withMissing(
    krugmanSentence,
    Number.isFinite(k.value) ? leftOut(k.sectorsMissing, undefined, sw.one) : '',
  );

  // Hirschman–Herfindahl concentration.
  const h = herfindahlIndex(cube, areaIndex, y);
  let hhSentence: string;
  if (nothingAtAll) {
    hhSentence = `Hirschman–Herfindahl index: does not apply, as ${noMix}.`;
  } else if (!Number.isFinite(h.value)) {
    hhSentence = `Hirschman–Herfindahl index: no figure, as no ${sw.one} of ${area} has a value in ${yearLabel}.`;
  } else {
    const n = h.sectorsUsed;
    let largest = bars[0];
    for (const bar of bars) if (bar.share === bar.share && !(bar.share <= largest.share)) largest = bar;
    const range =
      n > 1
        ? `from ${(1 / n).toFixed(2)} for an even spread over ${n} ${sw.many} to 1 for a single ${sw.one}`
        : `only one ${sw.one} has a figure, so it is 1 by definition`;
    hhSentence = `Hirschman–Herfindahl index ${h.value.toFixed(2)} (${range}): ${possessive(area)} mix is ${concentrationWords(h.value, n, sw.many)}; its largest ${sw.one}, ${largest.sector.name}, has ${formatShare(largest.share)} of ${ofUnit}.`;
    hhSentence = withMissing(hhSentence, leftOut(h.sectorsMissing, undefined, sw.one));
  }

  return {
    topSpecialisms: topSentence,
    top,
    fastestGrowingSpecialised: growthSentence,
    fastest,
    krugman: { value: k.value, sentence: krugmanSentence },
    herfindahl: { value: h.value, sentence: hhSentence },
    missing,
    scope: own === undefined ? null : ownFileScope(own),
  };
}
