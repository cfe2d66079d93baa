// The map explorer's decisions that do not draw: what search offers, what picking an area does, the
// key's true-zero entries, and which CSV columns and filter lines "Share & download" writes.
import type { AreaLevel } from '../data/types';
import { elementBox } from '../export/element-box';
import type { ShareSpec } from '../export/share-spec';
import type { MetricKey } from '../format';
import { levelWords } from '../words';
import type { AreaTableRow } from './area-table';
import { shownZero, zeroCounts, ZERO_COLOURS, type ZeroWords } from './true-zero';

export interface SearchArea {
  code: string;
  name: string;
  kind: string | undefined;
}

/**
 * What search offers: the areas shown, and on the LEP or district map the other level's areas too
 * (LEPs only when the lookup knows their districts), each said to be which.
 */
export function searchAreas(
  rows: readonly { code: string; name: string }[],
  level: AreaLevel,
  cubeAreas: readonly { code: string; name: string; level: AreaLevel }[] | null,
  lepToLads: Record<string, string[]> | undefined,
): SearchArea[] {
  const kind = level === 'lep' || level === 'lad' ? levelWords(level).one : undefined;
  const own = rows.map((r) => ({ code: r.code, name: r.name, kind }));
  if (!cubeAreas || (level !== 'lep' && level !== 'lad')) return own;
  const other = level === 'lep' ? 'lad' : 'lep';
  const more = cubeAreas
    .filter((a) => a.level === other && (other === 'lad' || lepToLads?.[a.code]))
    .map((a) => ({ code: a.code, name: a.name, kind: levelWords(other).one }));
  return [...own, ...more];
}

/** A change to the view's state; 'select' means plain selection of the area on this map. */
export type PickChange = 'select' | { lep: string | null; area: string | null; geography?: 'lad'; compare?: string[] };

/**
 * What picking an area in search does: a LEP on the district map shows its districts; a district on
 * the LEP map switches to districts and selects it; a district outside the LEP shown leaves the LEP.
 */
export function pickChange(
  code: string,
  found: AreaLevel | undefined,
  level: AreaLevel,
  within: { lads: Set<string> } | null,
): PickChange {
  if (found === 'lep' && level === 'lad') return { lep: code, area: null };
  if (found === 'lad' && level === 'lep') return { geography: 'lad', lep: null, area: code, compare: [] };
  if (found === 'lad' && within && !within.lads.has(code)) return { lep: null, area: code };
  return 'select';
}

const NO_ZERO_ITEMS: { label: string; note: string; count: number; colour: string }[] = [];

/** The key's true-zero entries, only for kinds some area shows (empty without zero words). */
export function zeroLegendItems(
  rows: readonly AreaTableRow[],
  metric: MetricKey,
  words: ZeroWords | undefined,
): { label: string; note: string; count: number; colour: string }[] {
  // One empty list for data without true zeros, so the key's entries are not redrawn on every repaint.
  if (!words) return NO_ZERO_ITEMS;
  const n = zeroCounts(rows, metric);
  return (['area', 'sector'] as const)
    .filter((k) => n[k] > 0)
    .map((k) => ({ label: words[k], note: words.note, count: n[k], colour: ZERO_COLOURS[k] }));
}

/** Whether some area has no figure on this metric (a true zero shown grey is a figure). */
export function hasNoFigure(rows: readonly AreaTableRow[], metric: MetricKey, words: ZeroWords | undefined): boolean {
  return rows.some((r) => !Number.isFinite(r[metric]) && !(words && shownZero(r, metric)));
}

/** The filter lines written above the CSV and in the export's notes. */
export function mapFilters(v: {
  areas: string;
  within: { name: string; code: string } | null;
  sector: string;
  /** What the sector is called: "Sector", "Subject" (REF), "Research council" (UKRI); default "Sector". */
  sectorHeading?: string;
  change: boolean;
  period: string;
  shown: string;
}): [string, string][] {
  return [
    ['Areas', v.areas],
    ...(v.within ? [['Districts of', `${v.within.name} (${v.within.code})`] as [string, string]] : []),
    [v.sectorHeading ?? 'Sector', v.sector],
    [v.change ? 'Years' : 'Year', v.period],
    ['Shown on the map', v.shown],
  ];
}

type Box = { width: number; height: number } | null;

/**
 * The frame of a one-chart embed: the title, the chart (beside its key, 24 px apart, for the map) and
 * the source, with 16 px above the chart and 32 px for the source's own margins.
 */
export function embedFrame(
  which: 'map' | 'ranking',
  b: { head: Box; source: Box; legend: Box; map: Box; rank: Box },
): { width: number; height: number } | null {
  const body =
    which === 'map'
      ? b.map && {
          width: b.map.width + (b.legend ? b.legend.width + 24 : 0),
          height: Math.max(b.map.height, b.legend?.height ?? 0),
        }
      : b.rank;
  if (!b.head || !body) return null;
  return { width: body.width, height: b.head.height + 16 + body.height + (b.source?.height ?? 0) + 32 };
}

/** The map view's props: the whole explorer, or one chart of it embedded. */
export interface MapViewProps {
  /** Embedded alone (chart=map or chart=ranking): that chart with the view's title, key and source. */
  chart?: 'map' | 'ranking' | string | null;
  embed?: boolean;
  interactive?: boolean;
  /**
   * How far the view has drawn after the map (see App): 0, the first frame, only the map, its title and
   * legend; 2 the ranking too (1 is the controls beside it); 3 the table under them, and everything.
   */
  rest?: number;
}

/**
 * The key's true-zero entries as the exported legend writes them: a volume's zero reads "0, not
 * missing" by its label alone, so its note is dropped; a GPA's own note ("nothing to grade …") stays.
 */
export function exportZeroItems(
  items: readonly { label: string; colour: string; note: string }[],
): { label: string; colour: string; note?: string }[] {
  return items.map((z) => ({
    label: z.label,
    colour: z.colour,
    note: z.note.startsWith('a true zero') ? undefined : z.note,
  }));
}

/** The ranking's "Share & download": the map view's, titled and filed as the ranking. */
export function rankingShareOf<T extends { title: string; fileParts: string[] }>(
  spec: T,
  w: { metricText: string; sector: string; period: string },
): T {
  return {
    ...spec,
    title: `Ranking: ${w.metricText}, ${w.sector}, ${w.period}`,
    fileParts: [...spec.fileParts, 'ranking'],
  };
}

/** The parts of the map view on the page, measured for a one-chart embed's frame (any may be absent). */
export interface MapViewParts {
  head?: HTMLElement;
  map?: HTMLElement;
  rank?: HTMLElement;
  source?: HTMLElement;
}

/**
 * The map's and the ranking's "Share & download", from the view's spec: each embeds its own chart in
 * a frame measured from the parts on the page when asked (see embedFrame); none without a spec.
 */
export function mapViewShares(
  spec: ShareSpec | null,
  parts: MapViewParts,
  w: { metricText: string; sector: string; period: string },
): { map: ShareSpec | null; ranking: ShareSpec | null } {
  if (!spec) return { map: null, ranking: null };
  const box = (which: 'map' | 'ranking') =>
    embedFrame(which, {
      head: elementBox(parts.head ?? null),
      source: elementBox(parts.source ?? null),
      legend: elementBox(parts.rank?.querySelector('.legend') ?? null),
      map: elementBox(parts.map ?? null),
      rank: elementBox(parts.rank ?? null),
    });
  return {
    map: { ...spec, embedChart: { id: 'map', box: () => box('map') } },
    ranking: {
      ...rankingShareOf(spec, w),
      chart: () => parts.rank?.querySelector<SVGSVGElement>('.ranking svg') ?? null,
      embedChart: { id: 'ranking', box: () => box('ranking') },
    },
  };
}
