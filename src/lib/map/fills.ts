// Each area's fill, and the one hatch path over approximate figures.
import type { MetricKey } from '../format';
import type { AreaTableRow } from '../views/area-table';
import { shownZero, ZERO_COLOURS, type ZeroWords } from '../views/true-zero';
import { isFlagged } from './flagged';
import type { RowLookup } from '../views/area-list';

/**
 * Area code → fill: (when the dataset has true zeros) the zero grey for a zero the metric names rather
 * than colours, else the class colour, else null (the map draws its no-data pattern).
 */
export function areaFills(
  rows: readonly AreaTableRow[],
  metric: MetricKey,
  colour: (value: number) => string | null,
  zeroWords: ZeroWords | undefined,
): Map<string, string | null> {
  return new Map(
    rows.map((r) => {
      const zero = zeroWords ? shownZero(r, metric) : null;
      return [r.code, zero ? ZERO_COLOURS[zero] : colour(r[metric])];
    }),
  );
}

/**
 * The hatch over approximate figures as one path for every flagged area, so a sector change sets one
 * attribute instead of adding and removing dozens of paths (each re-laid out the whole map's SVG).
 */
export function flaggedOutline(
  areas: readonly { code: string }[],
  paths: ReadonlyMap<string, string>,
  rowByCode: RowLookup<AreaTableRow>,
  metric: MetricKey,
  outside: (code: string) => boolean,
): string {
  return areas
    .filter((a) => !outside(a.code) && isFlagged(rowByCode.get(a.code), metric))
    .map((a) => paths.get(a.code) ?? '')
    .join('');
}
