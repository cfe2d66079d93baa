// UKRI competitive funding decisions (applications, awards and £ thousands awarded by council ×
// grant category × financial year, per organisation) → per organisation and council.

import { readSourceCsv } from '../csv.ts';
import { SourceError } from '../errors.ts';

export const UKRI_COLUMNS = [
  'Council',
  'Councilname',
  'Organisation',
  'Year',
  'Grant Category',
  'NumberofApplications',
  'NumberofAwards',
  'AmountAwarded',
  'latitude',
  'longitude',
] as const;

export interface UkriRecord {
  organisation: string;
  council: string;
  councilName: string;
  /** Financial year as "2015/16". */
  year: string;
  applications: number;
  awards: number;
  /** £ thousands, nominal. */
  awarded: number;
  lat: number;
  lon: number;
  row: number;
}

function whole(v: string, file: string, row: number, column: string): number {
  if (!/^\d+$/.test(v))
    throw new SourceError(file, `${v === '' ? 'is empty' : `"${v}" is not a whole number`}.`, row, column);
  return Number(v);
}

export function readUkri(text: string, file: string): UkriRecord[] {
  const table = readSourceCsv(text, file, UKRI_COLUMNS);
  return table.rows.map((r) => {
    const fy = r.get('Year').match(/^(\d{4})-(\d{2})$/);
    if (!fy || (Number(fy[1]) + 1) % 100 !== Number(fy[2])) {
      throw new SourceError(file, `"${r.get('Year')}" is not a financial year like 2015-16.`, r.row, 'Year');
    }
    const lat = Number(r.get('latitude'));
    const lon = Number(r.get('longitude'));
    if (r.get('latitude') === '' || !Number.isFinite(lat) || r.get('longitude') === '' || !Number.isFinite(lon)) {
      throw new SourceError(file, `${r.get('Organisation')} has no usable latitude/longitude.`, r.row, 'latitude');
    }
    const rec: UkriRecord = {
      organisation: r.get('Organisation'),
      council: r.get('Council'),
      councilName: r.get('Councilname'),
      year: `${fy[1]}/${fy[2]}`,
      applications: whole(r.get('NumberofApplications'), file, r.row, 'NumberofApplications'),
      awards: whole(r.get('NumberofAwards'), file, r.row, 'NumberofAwards'),
      awarded: whole(r.get('AmountAwarded'), file, r.row, 'AmountAwarded'),
      lat,
      lon,
      row: r.row,
    };
    if (rec.organisation === '') throw new SourceError(file, 'organisation is empty.', r.row, 'Organisation');
    if (rec.awards > rec.applications) {
      throw new SourceError(
        file,
        `${rec.awards} awards from ${rec.applications} applications.`,
        r.row,
        'NumberofAwards',
      );
    }
    return rec;
  });
}

/** Institution names compared loosely: case, a leading "The", "&"/"and", the Welsh half after " / ". */
export function normaliseInstitutionName(name: string): string {
  return name
    .split(' / ')[0]
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
