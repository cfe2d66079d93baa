// What the tooltip (and a focused area's accessible label) says about one area.
import type { AreaTableRow } from './area-table';
import type { RowLookup } from './area-list';
import { shownZero, zeroText, type ZeroWords } from './true-zero';
import { fteText } from '../research/map-lq-rank';
import { flagLabel, flagShort, type FlagWords } from '../data/flag-words';
import { formatMetric, formatLq, metricLabel, type MetricKey } from '../format';

export interface TooltipContext {
  metric: MetricKey;
  measure: string;
  year: string;
  from: string;
  benchmark: string;
  rank: number | undefined;
  of: number;
  /** For a district in two LEPs on the LEP map: the names of both LEPs. */
  sharedBetween?: string[];
  /** Words for a true zero (e.g. "No research submitted"); without them a zero reads as no figure. */
  zeroWords?: ZeroWords;
  /** An indicator dataset: no LQ line and no partial-total note (measure-kind.ts). */
  indicator?: boolean;
  /** What this area's LQ means for this measure (lq-meaning.ts), and its ▲▼ mark for survey data. */
  lqNote?: { text: string; mark: string } | null;
  /** The dataset's own words for its flags ("suppressed (disclosive)"): DatasetMeta.flagWords. */
  flagWords?: FlagWords;
  /** The dataset's unit: a GPA's figure is written with two decimals (formatMetric). */
  unit?: string;
}

export interface TooltipContent {
  title: string;
  lines: { label: string; value: string }[];
  notes: string[];
}

export function areaTooltip(row: AreaTableRow, ctx: TooltipContext): TooltipContent {
  const lines: { label: string; value: string }[] = [];
  const label = metricLabel(ctx.metric, { measure: ctx.measure, from: ctx.from, benchmark: ctx.benchmark });
  const zero = ctx.zeroWords ? shownZero(row, ctx.metric) : null;
  // An empty figure whose cell the source flags says why beside the dash: "– suppressed (disclosive)".
  const why = (v: number) =>
    !Number.isFinite(v) && row.flag && Number.isNaN(row.value) ? ` ${flagShort(row.flag, ctx.flagWords)}` : '';
  // A survey LQ whose whole interval is above or below 1 carries ▲ or ▼, as on the profile's bars.
  const mark = !ctx.indicator && ctx.lqNote?.mark && Number.isFinite(row.lq) ? ` ${ctx.lqNote.mark}` : '';
  lines.push({
    label,
    value: zero
      ? zeroText(ctx.zeroWords!, zero, row.fte)
      : formatMetric(ctx.metric, row[ctx.metric], ctx.unit) + (ctx.metric === 'lq' ? mark : '') + why(row[ctx.metric]),
  });
  if (ctx.metric !== 'value')
    lines.push({
      label: `${ctx.measure}, ${ctx.year}`,
      value: formatMetric('value', row.value, ctx.unit) + why(row.value),
    });
  if (ctx.metric !== 'lq' && !ctx.indicator) lines.push({ label: 'Location quotient', value: formatLq(row.lq) + mark });
  // A research LQ map says the FTE behind each figure, and which are too small to rank (research/map-lq-rank.ts).
  if (row.fte !== undefined) lines.push({ label: 'Staff submitted in the subject', value: fteText(row.fte) });
  lines.push({
    label: 'Rank',
    value: row.notRanked
      ? row.notRanked
      : ctx.rank === undefined
        ? zero
          ? 'not ranked'
          : 'not ranked (no figure)'
        : `${ctx.rank} of ${ctx.of}`,
  });
  const notes: string[] = [];
  if (!ctx.indicator && ctx.lqNote?.text && !zero) notes.push(ctx.lqNote.text);
  if (row.flag) notes.push(`${ctx.year} figure ${flagLabel(row.flag, ctx.flagWords)}.`);
  if ((ctx.metric === 'growth' || ctx.metric === 'lqChange') && row.fromFlag) {
    notes.push(`${ctx.from} figure ${flagLabel(row.fromFlag, ctx.flagWords)}.`);
  }
  if (row.partialTotal && !ctx.indicator)
    notes.push("The area's total leaves out sectors with no published figure, so share and LQ are approximate.");
  if (ctx.sharedBetween && ctx.sharedBetween.length > 1) {
    notes.push(`This district belongs to two LEPs (${ctx.sharedBetween.join(' and ')}); both are shown, striped.`);
  }
  return { title: row.name, lines, notes };
}

/** One sentence for screen readers: the tooltip in words. */
export function tooltipSentence(t: TooltipContent): string {
  return [t.title, ...t.lines.map((l) => `${l.label}: ${l.value}`), ...t.notes].join('. ').replace(/\.\./g, '.');
}

/** Tooltip for a district that two LEPs share, on the LEP map: both LEPs' figures, neither hidden. */
export function overlapTooltip(
  districtName: string,
  leps: AreaTableRow[],
  ctx: Omit<TooltipContext, 'rank' | 'of' | 'sharedBetween'>,
): TooltipContent {
  const label = metricLabel(ctx.metric, { measure: ctx.measure, from: ctx.from, benchmark: ctx.benchmark });
  return {
    title: `${districtName} (district in two LEPs)`,
    lines: leps.map((r) => ({ label: r.name, value: formatMetric(ctx.metric, r[ctx.metric], ctx.unit) })),
    notes: [`${label}. ONS counts this district in both LEPs, so the map shows both colours as stripes.`],
  };
}

/**
 * The short accessible name of an area on the map: name, figure and rank, and whether the figure
 * is approximate. (The full tooltip appears on focus; this is what a screen reader announces first.)
 */
export function areaAccessibleName(row: AreaTableRow, ctx: TooltipContext): string {
  return accessibleName(row, ctx, ctx.rank, metricLabel(ctx.metric, ctx));
}

/** areaAccessibleName with the rank and the metric's label given: the label is the same for every area. */
function accessibleName(
  row: AreaTableRow,
  ctx: Omit<TooltipContext, 'rank' | 'lqNote'>,
  rank: number | undefined,
  label: string,
): string {
  const v = row[ctx.metric];
  const zero = ctx.zeroWords ? shownZero(row, ctx.metric) : null;
  if (zero) return `${row.name}: ${zeroText(ctx.zeroWords!, zero, row.fte)}`;
  // A flagged empty cell says why (e.g. "suppressed (disclosive)"), not just that it is empty.
  if (!Number.isFinite(v))
    return `${row.name}: no figure${row.flag && Number.isNaN(row.value) ? `, ${flagShort(row.flag, ctx.flagWords)}` : ''}`;
  const ranked = row.notRanked ? `, ${row.notRanked}` : rank === undefined ? '' : `, rank ${rank} of ${ctx.of}`;
  const approx = row.flag !== null || (row.partialTotal && !ctx.indicator) ? ', approximate' : '';
  return `${row.name}: ${label} ${formatMetric(ctx.metric, v, ctx.unit)}${ranked}${approx}`;
}

/** One map area's accessible name, as areaAccessibleNames gives it (for an area focused before they catch up). */
export function areaAccessibleNameOf(
  area: { code: string; name: string },
  rowByCode: RowLookup<AreaTableRow>,
  ranks: ReadonlyMap<string, number>,
  ctx: Omit<TooltipContext, 'rank' | 'lqNote'>,
  label = metricLabel(ctx.metric, ctx),
): string {
  const row = rowByCode.get(area.code);
  return row ? accessibleName(row, ctx, ranks.get(area.code), label) : `${area.name}: no data`;
}

/**
 * Every map area's accessible name, by code: areaAccessibleName for an area with a row (with its
 * rank), "<name>: no data" for one the data lacks.
 */
export function areaAccessibleNames(
  areas: readonly { code: string; name: string }[],
  rowByCode: RowLookup<AreaTableRow>,
  ranks: ReadonlyMap<string, number>,
  ctx: Omit<TooltipContext, 'rank' | 'lqNote'>,
): Map<string, string> {
  const names = new Map<string, string>();
  const label = metricLabel(ctx.metric, ctx);
  for (const a of areas) names.set(a.code, areaAccessibleNameOf(a, rowByCode, ranks, ctx, label));
  return names;
}

/** The map's tooltip for an area, found by code (null when the area has no row: nothing to say). */
export function codeTooltip(
  code: string,
  rowByCode: RowLookup<AreaTableRow>,
  ranks: ReadonlyMap<string, number>,
  ctx: Omit<TooltipContext, 'rank' | 'lqNote'>,
  lqNote?: (row: AreaTableRow) => { text: string; mark: string } | null,
): TooltipContent | null {
  const row = rowByCode.get(code);
  if (!row) return null;
  return areaTooltip(row, { ...ctx, rank: ranks.get(code), lqNote: lqNote?.(row) ?? null });
}

/** The map's tooltip for a district two LEPs share, found by code (null for an unknown district). */
export function sharedDistrictTooltip(
  ladCode: string,
  shared: readonly { code: string; name: string }[],
  ladToLep: Record<string, string[]>,
  rowByCode: RowLookup<AreaTableRow>,
  ctx: Omit<TooltipContext, 'rank' | 'of' | 'sharedBetween'>,
): TooltipContent | null {
  const lad = shared.find((a) => a.code === ladCode);
  const lepRows = (ladToLep[ladCode] ?? []).map((c) => rowByCode.get(c)).filter((r): r is AreaTableRow => !!r);
  return lad ? overlapTooltip(lad.name, lepRows, ctx) : null;
}
