// What a location quotient of this size means for this measure, in one line (issue 17 item 9): the
// map tooltip, the profile's bars and its headlines use it. Counts (UK Business Counts) are complete,
// so they have no sampling error, but a small count moves a lot with a handful more or fewer; survey
// estimates (the Annual Population Survey) have 95% intervals, and an LQ is significantly above or
// below 1 only when its whole interval is (marked ▲ ▼).
import { formatLq, formatPoundsK, formatValue } from '../format';
import { lqConfidenceInterval, type LqInterval } from '../metrics/confidence';
import type { Cube } from '../data/types';
import type { BenchmarkRef } from '../metrics/benchmark';
import { MIN_RANKED_FTE, MIN_RANKED_INCOME } from '../metrics/research';
import { isRefVolume } from '../research/notes';

/** Counts below this are "small" in headlines and tooltips: a change of 10 in a count under 100 is over 10%. */
export const SMALL_COUNT = 100;

/** 'survey': the data has confidence intervals; 'count': a headcount of units; 'other': money and the like. */
export type LqEvidence = 'survey' | 'count' | 'other';

export interface LqMeaningInput {
  lq: number;
  /** The area's figure in this sector. */
  value: number;
  /** The LQ's 95% interval, where the data has one. */
  interval: Pick<LqInterval, 'lower' | 'upper' | 'significant'> | null;
  benchmark: string;
  /** Plural noun of what is counted: "enterprises". */
  unit: string;
  evidence: LqEvidence;
}

/** ▲ significantly above 1, ▼ below, '' otherwise. */
export function significanceMark(significant: LqInterval['significant'] | undefined | null): '▲' | '▼' | '' {
  return significant === 'above' ? '▲' : significant === 'below' ? '▼' : '';
}

/** "35% more concentrated here than in England", "2.4 times as concentrated …", "about as concentrated …". */
export function lqSizeWords(lq: number, benchmark: string): string {
  if (lq >= 2) return `${lq.toFixed(1)} times as concentrated here as in ${benchmark}`;
  const pct = Math.round(Math.abs(lq - 1) * 100);
  if (pct === 0) return `about as concentrated here as in ${benchmark}`;
  return `${pct}% ${lq > 1 ? 'more' : 'less'} concentrated here than in ${benchmark}`;
}

/** One sentence: what this LQ means, given how its figures were made. '' when there is no LQ. */
export function lqMeaning(p: LqMeaningInput): string {
  if (!Number.isFinite(p.lq) || p.lq < 0) return '';
  const size = lqSizeWords(p.lq, p.benchmark);
  if (p.evidence === 'survey') {
    const iv = p.interval;
    if (!iv || iv.significant === 'unknown' || !Number.isFinite(iv.lower) || !Number.isFinite(iv.upper)) {
      return 'A survey estimate with no interval for this figure: read its difference from 1 with caution.';
    }
    const range = `${formatLq(iv.lower)} to ${formatLq(iv.upper)}`;
    if (iv.significant === 'above')
      return `▲ Significantly above 1: its 95% interval, ${range}, lies wholly above 1, so it is ${size}.`;
    if (iv.significant === 'below')
      return `▼ Significantly below 1: its 95% interval, ${range}, lies wholly below 1, so it is ${size}.`;
    return `Not significantly different from 1: its 95% interval, ${range}, includes 1 (a survey estimate).`;
  }
  if (p.evidence === 'count') {
    if (Number.isFinite(p.value) && p.value < SMALL_COUNT) {
      return `A small count (${formatValue(p.value)} ${p.unit}, under ${SMALL_COUNT}): no sampling error, but a handful more or fewer would move this LQ noticeably.`;
    }
    return `A full count, not a survey, so no sampling error: ${size}.`;
  }
  return `${size.charAt(0).toUpperCase()}${size.slice(1)} (the source publishes no interval for it).`;
}

/** How a dataset's LQs should be read, for its unit and whether it has intervals: the evidence kind. */
export function lqEvidence(
  meta: { unit: string; hasCi: boolean; measureKind?: string } | null | undefined,
): LqEvidence {
  if (!meta) return 'other';
  if (meta.hasCi) return 'survey';
  return /£|index/i.test(meta.unit) ? 'other' : 'count';
}

/**
 * One line for a whole view: how sure its location quotients are, given how the figures were made.
 * `dataset`: a REF 2021 volume's LQ is a research LQ, whose small base is the staff submitted (the
 * science base's 10 FTE rule), not a count of a hundred.
 */
export function lqReadingGuide(evidence: LqEvidence, unit: string, dataset?: string): string {
  if (dataset && isRefVolume(dataset)) {
    return `These are REF 2021's results for every submission, not a sample; but a research location quotient on under ${MIN_RANKED_FTE} FTE of staff submitted rests on one small submission, so the science base below does not count it as a strength.`;
  }
  if (dataset === 'ukri-awarded') {
    return `These are UKRI's competitive awards to every organisation, not a sample; but a location quotient on under ${formatPoundsK(MIN_RANKED_INCOME)} awarded in a year rests on one or two awards, so “In brief” does not count it as a strength.`;
  }
  if (evidence === 'survey') {
    return 'These are survey estimates: a location quotient is significantly above or below 1 only when its whole 95% interval is (marked ▲ ▼); about one in twenty looks so by chance.';
  }
  if (evidence === 'count') {
    return `These are full counts of ${unit}, so they have no sampling error; but a location quotient built on fewer than ${SMALL_COUNT} ${unit} moves noticeably with a handful more or fewer.`;
  }
  return 'The source publishes no intervals for these figures, so a difference from 1 cannot be tested for significance.';
}

/** An area's LQ note for the map's tooltip: the meaning, and ▲▼ when its interval excludes 1; null when there is none. */
export function lqNoteOf(
  row: { lq: number; value: number },
  interval: LqInterval | null,
  p: { benchmark: string; unit: string; evidence: LqEvidence },
): { text: string; mark: string } | null {
  const text = lqMeaning({ lq: row.lq, value: row.value, interval, ...p });
  return text ? { text, mark: significanceMark(interval?.significant) } : null;
}

/**
 * The map tooltip's line on what an area's LQ means: none for an indicator or before a sector and
 * year are known; for survey data with ▲▼, its interval worked out here (on hover: one area at a time).
 */
export function areaLqNote(
  cube: Cube,
  row: { index: number; lq: number; value: number },
  at: { sector: number; year: number; benchmark: BenchmarkRef; indicator: boolean },
  p: { benchmark: string; unit: string; evidence: LqEvidence },
): { text: string; mark: string } | null {
  if (at.indicator || at.sector < 0 || at.year < 0) return null;
  const interval =
    p.evidence === 'survey' ? lqConfidenceInterval(cube, row.index, at.sector, at.year, at.benchmark) : null;
  return lqNoteOf(row, interval, p);
}
