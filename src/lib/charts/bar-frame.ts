// The frame the profile's bar charts share (every sector's LQ bars, an indicator's bars, the
// side-by-side comparison): names on the left, the plot in the middle, the figures on the right, one
// row per sector. On a phone (narrower than NARROW) the names sit above the marks and the plot takes
// the whole width. Pure geometry in pixels; the component that draws it is BarFrame.svelte.
import type { LqAxis } from './lq-axis';
import type { Flag } from '../data/types';

/** Below this width (px) a chart is drawn for a phone. */
export const NARROW = 560;

export interface BarFrameOptions {
  rows: number;
  /** Share of the width the names take on a wide chart, and the most they take (px). */
  labelShare: number;
  labelMax: number;
  /** Room right of the plot for the figures (px). */
  valueW: number;
  /** Gap between the plot and the names, and between the plot and the figures (px). */
  gap: number;
  /** Row height: on a phone (a line of name above the mark) and on a wide chart. */
  rowH: readonly [narrow: number, wide: number];
  /** Where a row's mark is centred, from the row's top: on a phone and on a wide chart. */
  markY: readonly [narrow: number, wide: number];
  /** Height of a row's mark (a bar, a dot): on a phone and on a wide chart. */
  markH: readonly [narrow: number, wide: number];
  /** Top of the first row: room above it for the axis labels. */
  top: number;
}

export interface BarFrame {
  width: number;
  height: number;
  narrow: boolean;
  /** Right edge of the names (0 on a phone, where names start at the left edge above the marks). */
  labelW: number;
  plotLeft: number;
  plotRight: number;
  top: number;
  rowH: number;
  /** Offset of a mark's centre from its row's top. */
  markY: number;
  markH: number;
  /** How many characters of a name fit: the width of the name column at about 6.4 px a character. */
  maxChars: number;
}

/** Room below the last row (px). */
const BOTTOM = 8;

export function barFrame(width: number, o: BarFrameOptions): BarFrame {
  const narrow = width < NARROW;
  const labelW = narrow ? 0 : Math.min(o.labelMax, Math.round(width * o.labelShare));
  const rowH = narrow ? o.rowH[0] : o.rowH[1];
  const plotLeft = labelW + o.gap;
  return {
    width,
    height: o.top + o.rows * rowH + BOTTOM,
    narrow,
    labelW,
    plotLeft,
    // At least 60 px of plot, however long the names and figures.
    plotRight: Math.max(plotLeft + 60, width - o.valueW - o.gap),
    top: o.top,
    rowH,
    markY: narrow ? o.markY[0] : o.markY[1],
    markH: narrow ? o.markH[0] : o.markH[1],
    maxChars: narrow ? Math.floor(width / 6.6) : Math.floor(labelW / 6.4),
  };
}

/** The rows of a chart of one bar per sector (the LQ bars, an indicator's bars). */
export const SECTOR_BARS = {
  labelShare: 0.36,
  labelMax: 250,
  gap: 6,
  rowH: [40, 26],
  markY: [26, 13],
  markH: [16, 18],
  top: 30,
} as const satisfies Omit<BarFrameOptions, 'rows' | 'valueW'>;

/** The frame's axis: gridlines with their labels, and the line the marks start from. */
export interface FrameAxis {
  /** Gridlines at x, each with its label (null: a line without one). */
  ticks: { x: number; label: string | null }[];
  /** Where bars start: the line at LQ 1, or an indicator's baseline. */
  centre: number;
  /** Words over the line at `centre` ("England = 1"). */
  oneLabel?: string;
  /** "← less" and "more →" over the plot's two ends. */
  sides?: boolean;
}

/** The frame's axis for an LQ chart: its gridlines (labelled as lqTickLabel says), the line at 1 named after the benchmark. */
export function lqFrameAxis(axis: LqAxis, narrow: boolean, benchmark: string, sides = false): FrameAxis {
  return {
    ticks: axis.ticks.map((t) => ({ x: axis.x(t), label: lqTickLabel(t, narrow) })),
    centre: axis.one,
    oneLabel: `${benchmark} = 1`,
    sides,
  };
}

/** An LQ tick's label: every tick on a wide chart; on a phone only 2, 5, 10 … and ½, 0.2 … (none between ½ and 2). */
export function lqTickLabel(t: number, narrow: boolean): string | null {
  return !narrow || Math.abs(Math.log(t)) >= Math.log(2) - 1e-9 ? String(+t.toPrecision(3)) : null;
}

/** The mark after a bar's figure: † a count the source rounded, ‡ an estimate it calls unreliable. */
export function flagMark(flag: Flag | null | undefined): string {
  return flag === 'rounded' ? '†' : flag === 'unreliable' ? '‡' : '';
}

/** Whether a bar is drawn dashed: its figure is rounded or unreliable. */
export function isApproximate(flag: Flag | null | undefined): boolean {
  return flag === 'rounded' || flag === 'unreliable';
}
