// UK Business Counts (enterprises by industry group and size band) → canonical rows, one set per size band.

import type { AuditRow } from '../../src/lib/data/types.ts';
import { parseCount, readSourceCsv } from './csv.ts';
import { SourceError } from './errors.ts';
import { checkComplete, classifyArea, DropCounter, type Scope } from './scope.ts';

export const UBC_FILE = 'sectors/ubc-enterprises-by-industry-2018-2022.csv';
export const UBC_COLUMNS = [
  'year',
  'geo_level',
  'geo_code',
  'geo_name_nomis',
  'industry_group',
  'industry_name',
  'sic2007_sections',
  'sizeband',
  'enterprises',
] as const;

/** ONS rounds every count to the nearest 5; below this the rounding error can exceed 5% of the value. */
export const UBC_ROUNDED_BELOW = 50;

export type SizeBand = 'total' | 'micro' | 'small' | 'medium' | 'large';

export const SIZE_BANDS: { id: SizeBand; source: string; label: string; employees: string }[] = [
  { id: 'total', source: 'Total', label: 'All', employees: 'all sizes' },
  { id: 'micro', source: 'Micro (0 to 9)', label: 'Micro', employees: '0–9 employees' },
  { id: 'small', source: 'Small (10 to 49)', label: 'Small', employees: '10–49 employees' },
  { id: 'medium', source: 'Medium-sized (50 to 249)', label: 'Medium-sized', employees: '50–249 employees' },
  { id: 'large', source: 'Large (250+)', label: 'Large', employees: '250+ employees' },
];

export interface UbcResult {
  bands: Record<SizeBand, AuditRow[]>;
  sectors: { code: string; name: string; sic: string }[];
  years: string[];
  sourceRows: number;
  dropped: DropCounter;
  /** Areas whose Nomis name differs from the 2021 boundary name: code → Nomis name. */
  renamed: Map<string, string>;
}

export function readUbc(text: string, scope: Scope, file = UBC_FILE): UbcResult {
  const table = readSourceCsv(text, file, UBC_COLUMNS);
  const bandBySource = new Map(SIZE_BANDS.map((b) => [b.source, b.id]));
  const bands: Record<SizeBand, AuditRow[]> = { total: [], micro: [], small: [], medium: [], large: [] };
  const sectors = new Map<string, { code: string; name: string; sic: string }>();
  const years = new Set<string>();
  const keys = new Set<string>();
  const dropped = new DropCounter();
  const renamed = new Map<string, string>();

  for (const r of table.rows) {
    const row = r.row;
    // Values first, so a malformed row is reported even when it belongs to a dropped area.
    const year = r.get('year');
    if (!/^\d{4}$/.test(year)) throw new SourceError(file, `"${year}" is not a four-digit year.`, row, 'year');
    const sizeband = r.get('sizeband');
    const band = bandBySource.get(sizeband);
    if (!band) {
      throw new SourceError(
        file,
        `unknown size band "${sizeband}" (expected ${SIZE_BANDS.map((b) => `"${b.source}"`).join(', ')}).`,
        row,
        'sizeband',
      );
    }
    const group = r.get('industry_group');
    if (!/^\d+$/.test(group))
      throw new SourceError(file, `industry group "${group}" is not a number.`, row, 'industry_group');
    const groupName = r.get('industry_name');
    if (groupName === '') throw new SourceError(file, 'industry name is empty.', row, 'industry_name');
    const value = parseCount(r.get('enterprises'), file, row, 'enterprises');

    const area = classifyArea(
      scope,
      r.get('geo_code'),
      r.get('geo_level'),
      file,
      row,
      'geo_code',
      r.get('geo_name_nomis'),
    );
    if (typeof area === 'string') {
      dropped.add(area, r.get('geo_name_nomis'));
      continue;
    }

    const sector = sectors.get(group);
    if (!sector) sectors.set(group, { code: group, name: groupName, sic: r.get('sic2007_sections') });
    else if (sector.name !== groupName) {
      throw new SourceError(
        file,
        `industry group ${group} is named "${groupName}" here but "${sector.name}" earlier.`,
        row,
        'industry_name',
      );
    }
    const key = `${area.code}|${group}|${year}|${band}`;
    if (keys.has(key)) {
      throw new SourceError(
        file,
        `a second row for area ${area.code}, industry group ${group}, year ${year}, size band "${sizeband}".`,
        row,
      );
    }
    keys.add(key);
    years.add(year);
    const nomisName = r.get('geo_name_nomis');
    if (nomisName !== area.name && area.level !== 'country') renamed.set(area.code, nomisName);

    bands[band].push({
      areaCode: area.code,
      areaName: area.name,
      sectorCode: group,
      sectorName: groupName,
      year,
      value,
      flag: value < UBC_ROUNDED_BELOW ? 'rounded' : null,
      ci95: null,
      row,
    });
  }

  const sectorList = [...sectors.values()].sort((a, b) => Number(a.code) - Number(b.code));
  const yearList = [...years].sort();
  for (const b of SIZE_BANDS) {
    checkComplete(
      bands[b.id],
      scope,
      sectorList.map((s) => s.code),
      yearList,
      file,
      `size band "${b.source}"`,
    );
  }
  return { bands, sectors: sectorList, years: yearList, sourceRows: table.rows.length, dropped, renamed };
}
