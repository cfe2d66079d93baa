// What the "Where research and business strengths meet" section draws and downloads: which pairs the
// chart shows, where an LQ sits on its axis, the words for each kind of pair, and the CSV columns.
import type { CsvColumn } from '../export/csv-download';
import type { DatasetMeta } from '../data/types';
import { CONCORDANCE_SOURCE } from './concordance';
import { HEAD_OFFICE_NOTE, REF_SNAPSHOT_NOTE } from './notes';
import type { PairKind, StrengthPair, StrengthsMeet } from './strengths-meet';
import { MIN_RANKED_FTE } from '../metrics/research';
import { fteText } from './map-lq-rank';

export const KIND_WORDS: Record<PairKind, string> = {
  both: 'Research and industry strength meet',
  research: 'Research strength, industry not specialised',
  business: 'Industry strength, research not specialised',
  neither: 'Neither specialised',
  unknown: 'No figure on one side',
};

/** What a pair whose research LQ is above 1 on too few staff is said to be, after its kind. */
export const TOO_SMALL_WORDS = `research LQ on under ${MIN_RANKED_FTE} FTE submitted: not counted as a strength`;

/** The rule in one sentence, for the section's notes and its downloads. */
export const STRENGTH_FTE_RULE =
  `A research LQ counts as a strength only where at least ${MIN_RANKED_FTE} FTE of staff were submitted in the subject, ` +
  'as in the science base: below that one small submission makes the whole LQ, so it is shown but not counted.';

/** A pair's strength in words: its kind, and when its research LQ is too small to count, that too. */
export function strengthWords(p: StrengthPair): string {
  return p.researchTooSmall ? `${KIND_WORDS[p.kind]} (${TOO_SMALL_WORDS})` : KIND_WORDS[p.kind];
}

/** A research LQ as the lists write it: "2.50", or "3.20 on 6.0 FTE, too small to count". */
export function researchLqWords(p: StrengthPair, f2: (x: number) => string): string {
  return p.researchTooSmall ? `${f2(p.researchLq)} on ${fteText(p.staffFte)}, too small to count` : f2(p.researchLq);
}

/**
 * The subjects whose research LQ is above 1 but on under MIN_RANKED_FTE FTE (each once, by UoA number),
 * for the sentence saying they are not counted.
 */
export function tooSmallSubjects(m: StrengthsMeet): { uoa: number; uoaName: string; lq: number; fte: number }[] {
  const seen = new Map<number, { uoa: number; uoaName: string; lq: number; fte: number }>();
  for (const p of m.pairs)
    if (p.researchTooSmall && !seen.has(p.uoa))
      seen.set(p.uoa, { uoa: p.uoa, uoaName: p.uoaName, lq: p.researchLq, fte: p.staffFte });
  return [...seen.values()].sort((x, y) => x.uoa - y.uoa);
}

/**
 * The rule under the lists, and the subjects it leaves out here with their LQ and FTE; or, without the
 * staff figures, that it could not be applied.
 */
export function fteRuleWords(m: StrengthsMeet, f2: (x: number) => string): string {
  if (!m.fteRule)
    return `${STRENGTH_FTE_RULE} The staff numbers (FTE) could not be loaded, so here every research LQ above 1 is counted.`;
  const small = tooSmallSubjects(m);
  if (small.length === 0) return STRENGTH_FTE_RULE;
  return `${STRENGTH_FTE_RULE} Not counted here: ${small.map((t) => `${t.uoaName} (LQ ${f2(t.lq)} on ${fteText(t.fte)})`).join('; ')}.`;
}

/** The most pairs the chart draws (the table and the CSV have them all). */
export const CHART_MAX = 15;

/** The chart's rows: the pairs strong on both sides, strongest first, at most `max`. */
export function chartPairs(m: StrengthsMeet, max = CHART_MAX): StrengthPair[] {
  return m.pairs.filter((p) => p.kind === 'both').slice(0, max);
}

/** The strongest pairs of one one-sided kind, for the lists under the chart. */
export function oneSided(m: StrengthsMeet, kind: 'research' | 'business', n = 5): StrengthPair[] {
  const side = (p: StrengthPair) => (kind === 'research' ? p.researchLq : p.businessLq);
  return m.pairs
    .filter((p) => p.kind === kind)
    .sort((x, y) => side(y) - side(x))
    .slice(0, n);
}

/**
 * The chart's LQ axis: log scale from 1 (England) to the smallest of 2, 4 or 8 that holds every LQ drawn
 * (every pair drawn is above 1 on both sides); an LQ beyond 8 sits at the edge, marked as clipped.
 */
export function lqAxis(pairs: readonly StrengthPair[]): { min: number; max: number; ticks: number[] } {
  const top = Math.max(0, ...pairs.flatMap((p) => [p.researchLq, p.businessLq]).filter(Number.isFinite));
  const max = top <= 2 ? 2 : top <= 4 ? 4 : 8;
  return { min: 1, max, ticks: [1, 1.25, 1.5, 2, 3, 4, 6, 8].filter((t) => t <= max && (max === 2 || t !== 1.25)) };
}

/** Where an LQ sits from 0 (axis.min) to 1 (axis.max), clipped at the ends; NaN for no LQ. */
export function axisPosition(lq: number, axis: { min: number; max: number }): { t: number; clipped: boolean } {
  if (!Number.isFinite(lq) || !(lq > 0)) return { t: NaN, clipped: false };
  const lo = Math.log(axis.min);
  const hi = Math.log(axis.max);
  const v = Math.log(lq);
  if (v < lo) return { t: 0, clipped: true };
  if (v > hi) return { t: 1, clipped: true };
  return { t: (v - lo) / (hi - lo), clipped: false };
}

const lq2 = (x: number) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : null);

/** The CSV of every linked pair (and of the subjects linked to no industry). */
export function strengthColumns(): CsvColumn<StrengthPair>[] {
  return [
    { header: 'uoa', value: (p) => p.uoa, about: 'REF 2021 unit of assessment number' },
    { header: 'uoa_name', value: (p) => p.uoaName, about: 'REF 2021 unit of assessment' },
    { header: 'industry_group', value: (p) => p.industry, about: 'UK Business Counts broad industry group code' },
    { header: 'industry_name', value: (p) => p.industryName, about: 'UK Business Counts broad industry group' },
    { header: 'sic_2007', value: (p) => p.sic, about: 'the SIC 2007 divisions the link rests on' },
    { header: 'link_reason', value: (p) => p.reason, about: 'why the subject is linked to the industry (a judgement)' },
    {
      header: 'research_lq',
      value: (p) => lq2(p.researchLq),
      about: "research LQ: share of England's 4* FTE in the subject over share of all 4* FTE (REF 2021)",
    },
    { header: 'four_star_fte', value: (p) => p.fourStarFte, about: '4* FTE in the subject (REF 2021)' },
    {
      header: 'staff_submitted_fte',
      value: (p) => (Number.isFinite(p.staffFte) ? p.staffFte : null),
      about: 'FTE of staff submitted in the subject (REF 2021); empty when the staff figures could not be loaded',
    },
    {
      header: 'research_lq_not_counted',
      value: (p) => (p.researchTooSmall ? TOO_SMALL_WORDS : null),
      about: `"${TOO_SMALL_WORDS}" where the research LQ is above 1 but fewer than ${MIN_RANKED_FTE} FTE were submitted; empty otherwise`,
    },
    {
      header: 'enterprise_lq',
      value: (p) => lq2(p.businessLq),
      about: 'location quotient of enterprises in the industry group against England (UK Business Counts)',
    },
    { header: 'enterprises', value: (p) => p.enterprises, about: 'enterprises in the industry group (rounded to 5)' },
    {
      header: 'employment_sector',
      value: (p) => p.employmentSector,
      about: 'Annual Population Survey sector holding the group',
    },
    { header: 'employment_lq', value: (p) => lq2(p.employmentLq), about: 'location quotient of people in employment' },
    { header: 'employment_lq_lower95', value: (p) => lq2(p.employmentLower), about: '95% interval, lower end' },
    { header: 'employment_lq_upper95', value: (p) => lq2(p.employmentUpper), about: '95% interval, upper end' },
    {
      header: 'strength',
      value: (p) => KIND_WORDS[p.kind],
      about: `strong = LQ above 1 (research on 4* FTE with at least ${MIN_RANKED_FTE} FTE submitted, industry on enterprises)`,
    },
  ];
}

/** The metadata of the section's downloads: REF's, with the business sources and the concordance added. */
export function strengthsMeta(ref: DatasetMeta, business: (DatasetMeta | undefined)[], area: string): DatasetMeta {
  const others = business.filter((b): b is DatasetMeta => b !== undefined);
  return {
    ...ref,
    title: `Where research and business strengths meet: ${area}`,
    measure: 'Research and business location quotients',
    unit: 'location quotient',
    measureKind: undefined,
    emptyMeans: undefined,
    source: [ref.source, ...others.map((b) => b.source)].join('; '),
    release: [ref.release, ...others.map((b) => `${b.title}: ${b.release}`)].join(' '),
    licence: [ref.licence, ...others.map((b) => b.licence)].filter((x, i, a) => a.indexOf(x) === i).join('; '),
    attribution: [...ref.attribution, ...others.flatMap((b) => b.attribution)].filter((x, i, a) => a.indexOf(x) === i),
    caveats: [
      CONCORDANCE_SOURCE,
      'Strong means a location quotient above 1 on both sides: research on 4* FTE (REF 2021), industry on enterprises ' +
        '(UK Business Counts, latest year). Employment (Annual Population Survey) is read for the broader sector that holds ' +
        'the industry, with its 95% interval; it confirms the industry side only where the whole interval is above 1.',
      STRENGTH_FTE_RULE,
      HEAD_OFFICE_NOTE,
      REF_SNAPSHOT_NOTE,
      'An enterprise is counted once where its head office or main site is, as research is counted at its institution’s head office.',
    ],
  };
}
