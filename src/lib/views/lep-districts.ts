// Which districts make up a LEP, and which LEP(s) a district belongs to, from the LAD → LEP lookup.
// Seven districts belong to two LEPs; every list here names both.
import type { Lookup } from '../map/geography';
import type { Area, Cube } from '../data/types';
import { areaTableRows, sortAreaRows, type AreaTableRow, type RowsQuery } from './area-table';

export interface LepOf {
  code: string;
  name: string;
}

/** The LEP(s) a district belongs to, named (by `nameOf`, else the lookup's own name, else the code). */
export function lepsOfDistrict(lookup: Lookup, lad: string, nameOf?: (code: string) => string | undefined): LepOf[] {
  return (lookup.ladToLep[lad] ?? []).map((code) => ({
    code,
    name: nameOf?.(code) ?? lookupName(lookup, code) ?? code,
  }));
}

/** "Greater Birmingham and Solihull; Worcestershire": a district's LEPs as one cell of text. */
export function lepNamesText(leps: readonly LepOf[]): string {
  return leps.map((l) => l.name).join('; ');
}

/** A LEP's districts, each with the other LEP it shares, if any. Empty for a code that is not a LEP. */
export function districtsOfLep(lookup: Lookup, lep: string): { code: string; sharedWith: string[] }[] {
  return (lookup.lepToLads[lep] ?? []).map((code) => ({
    code,
    sharedWith: (lookup.ladToLep[code] ?? []).filter((c) => c !== lep),
  }));
}

const lookupName = (lookup: Lookup, code: string): string | undefined => lookup.names?.[code];

/** One district of a LEP with its figures for the chosen sector and year, and the other LEP it shares. */
export interface LepDistrictRow {
  row: AreaTableRow;
  sharedWith: LepOf[];
}

/**
 * The districts of a LEP with their figures, highest LQ first (missing last): the same rows as the
 * district map, so the profile and the map agree. Districts the data does not have are left out.
 */
export function lepDistrictRows(
  lookup: Lookup,
  lep: string,
  districtRows: readonly AreaTableRow[],
  nameOf?: (code: string) => string | undefined,
): LepDistrictRow[] {
  const byCode = new Map(districtRows.map((r) => [r.code, r]));
  const out: LepDistrictRow[] = [];
  for (const d of districtsOfLep(lookup, lep)) {
    const row = byCode.get(d.code);
    if (!row) continue;
    out.push({
      row,
      sharedWith: d.sharedWith.map((code) => ({ code, name: nameOf?.(code) ?? lookupName(lookup, code) ?? code })),
    });
  }
  const sorted = sortAreaRows(
    out.map((o) => o.row),
    'lq',
    true,
  );
  return sorted.map((r) => out.find((o) => o.row === r)!);
}

/**
 * The districts a LEP's profile lists, with their figures for the chosen sector: the district map's
 * rows. Null for an area that is not a LEP, or a LEP the lookup does not know.
 */
export function profileDistricts(
  cube: Cube,
  lookup: Lookup | null | undefined,
  area: Pick<Area, 'code' | 'level'>,
  q: Omit<RowsQuery, 'level'>,
  nameOf?: (code: string) => string | undefined,
): LepDistrictRow[] | null {
  if (area.level !== 'lep' || !lookup?.lepToLads[area.code]) return null;
  return lepDistrictRows(lookup, area.code, areaTableRows(cube, { ...q, level: 'lad' }), nameOf);
}
