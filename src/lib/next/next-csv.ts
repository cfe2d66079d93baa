// The rows and columns of "What could come next"'s downloads: every sector, the opportunities first
// in their ranked order, then the rest as the data lists them, each with its corner of the diagram
// and the reason in words.

import { valueColumnAbout, valueColumnName, type CsvColumn } from '../export/csv-download';
import type { DatasetMeta } from '../data/types';
import { reasonInWords, type AreaNext, type SectorNext } from './area-next';
import { quadrantOf, QUADRANT_TITLE } from './smart-diagram';

export type NextRow = SectorNext & { rank: number | null; quadrant: string; reason: string };

/** Every sector as a download row: ranked opportunities first, then the rest in data order. */
export function nextRows(next: AreaNext | null): NextRow[] {
  if (!next) return [];
  const rank = new Map(next.opportunities.map((s, i) => [s.code, i + 1]));
  return [...next.sectors]
    .sort((p, q) => (rank.get(p.code) ?? 1e9) - (rank.get(q.code) ?? 1e9) || p.index - q.index)
    .map((s) => ({
      ...s,
      rank: rank.get(s.code) ?? null,
      quadrant:
        Number.isFinite(s.density) && Number.isFinite(s.complexity)
          ? QUADRANT_TITLE[quadrantOf(s, next.meanDensity)]
          : '',
      reason: s.specialised ? 'A specialisation already' : reasonInWords(s),
    }));
}

/** The download's columns: rank, sector, the figures behind the diagram, the value and the reason. */
export function nextColumns(meta: Pick<DatasetMeta, 'measure' | 'unit'>): CsvColumn<NextRow>[] {
  return [
    { header: 'rank', value: (s) => s.rank },
    { header: 'sector_code', value: (s) => s.code },
    { header: 'sector_name', value: (s) => s.name },
    { header: 'specialised', value: (s) => (s.specialised ? 'yes' : 'no') },
    { header: 'location_quotient', value: (s) => s.lq },
    { header: 'relatedness_density', value: (s) => s.density },
    { header: 'sector_complexity', value: (s) => s.complexity },
    { header: 'quadrant', value: (s) => s.quadrant },
    { header: valueColumnName(meta), value: (s) => s.value, about: valueColumnAbout(meta) },
    { header: 'reason', value: (s) => s.reason },
  ];
}
