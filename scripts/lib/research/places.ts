// Where each institution is: its head office point (institution register, or the supplement for the
// few the register lacks), placed in a district and LEP by point-in-polygon against the same
// boundary files the map is drawn from.

import { geoBounds, geoContains } from 'd3-geo';
import type { AreaFeature } from '../geo.ts';
import { ENGLISH_LAD_CODE } from '../geo.ts';
import { readSourceCsv } from '../csv.ts';
import { SourceError } from '../errors.ts';

export interface InstitutionPoint {
  ukprn: string;
  /** Longitude, latitude (WGS84). */
  lon: number;
  lat: number;
  /** Which file the point came from, for the build log and the institutions file. */
  from: 'register' | 'supplement';
  postcode: string;
}

export const REGISTER_COLUMNS = ['UKPRN', 'PROVIDER_NAME', 'POSTCODE', 'LONGITUDE', 'LATITUDE'] as const;
export const SUPPLEMENT_COLUMNS = ['UKPRN', 'institution', 'postcode', 'latitude', 'longitude'] as const;

function coordinate(text: string, file: string, row: number, column: string, lo: number, hi: number): number {
  const v = Number(text);
  if (text === '' || !Number.isFinite(v) || v < lo || v > hi) {
    throw new SourceError(
      file,
      `${text === '' ? 'is empty' : `"${text}" is not a coordinate between ${lo} and ${hi}`}.`,
      row,
      column,
    );
  }
  return v;
}

/**
 * Institution points by UKPRN from the register, then the supplement, and every register postcode
 * (the register has no point for Northern Irish providers; their BT postcode says where they are).
 * A UKPRN with a point in both files is an error.
 */
export function readInstitutionPoints(
  register: { text: string; file: string },
  supplement: { text: string; file: string },
): { points: Map<string, InstitutionPoint>; postcodes: Map<string, string> } {
  const out = new Map<string, InstitutionPoint>();
  const postcodes = new Map<string, string>();
  const reg = readSourceCsv(register.text, register.file, REGISTER_COLUMNS);
  for (const r of reg.rows) {
    const ukprn = r.get('UKPRN');
    if (!/^\d{8}$/.test(ukprn)) continue;
    postcodes.set(ukprn, r.get('POSTCODE'));
    if (r.get('LONGITUDE') === '' || r.get('LATITUDE') === '') continue;
    if (out.has(ukprn)) throw new SourceError(register.file, `UKPRN ${ukprn} appears twice.`, r.row, 'UKPRN');
    out.set(ukprn, {
      ukprn,
      lon: coordinate(r.get('LONGITUDE'), register.file, r.row, 'LONGITUDE', -11, 2),
      lat: coordinate(r.get('LATITUDE'), register.file, r.row, 'LATITUDE', 49, 61),
      from: 'register',
      postcode: r.get('POSTCODE'),
    });
  }
  const sup = readSourceCsv(supplement.text, supplement.file, SUPPLEMENT_COLUMNS);
  for (const r of sup.rows) {
    const ukprn = r.get('UKPRN');
    if (!/^\d{8}$/.test(ukprn))
      throw new SourceError(supplement.file, `"${ukprn}" is not an eight-digit UKPRN.`, r.row, 'UKPRN');
    if (out.has(ukprn)) {
      throw new SourceError(
        supplement.file,
        `UKPRN ${ukprn} (${r.get('institution')}) is already in the register; remove it from the supplement.`,
        r.row,
        'UKPRN',
      );
    }
    out.set(ukprn, {
      ukprn,
      lon: coordinate(r.get('longitude'), supplement.file, r.row, 'longitude', -11, 2),
      lat: coordinate(r.get('latitude'), supplement.file, r.row, 'latitude', 49, 61),
      from: 'supplement',
      postcode: r.get('postcode'),
    });
  }
  return { points: out, postcodes };
}

/** Point-in-polygon against one boundary layer, with each feature's bounding box checked first. */
export class PolygonIndex {
  private readonly boxes: { feature: AreaFeature; box: [[number, number], [number, number]] }[];
  constructor(features: readonly AreaFeature[]) {
    this.boxes = features.map((feature) => ({
      feature,
      box: geoBounds(feature) as [[number, number], [number, number]],
    }));
  }
  /** Codes of every feature containing the point, in the layer's order. */
  containing(lon: number, lat: number): string[] {
    const out: string[] = [];
    for (const { feature, box } of this.boxes) {
      const [[x0, y0], [x1, y1]] = box;
      if (lon < x0 || lon > x1 || lat < y0 || lat > y1) continue;
      if (geoContains(feature, [lon, lat])) out.push(feature.properties.code);
    }
    return out;
  }
}

export interface Placement {
  /** The district (LAD 2021) holding the point: an English code, or a Welsh/Scottish/NI one. */
  district: string;
  /** English LEPs whose polygons hold the point (two in a shared district); empty outside England. */
  leps: string[];
  english: boolean;
}

/**
 * Places a point in the UK district layer and the English LEP layer. Fails, naming the institution,
 * when the point is in no district (off the generalised coastline, or a wrong coordinate) or in two,
 * or when an English point's LEPs disagree with the district → LEP lookup the map uses.
 */
export function placePoint(
  label: string,
  lon: number,
  lat: number,
  districts: PolygonIndex,
  leps: PolygonIndex,
  ladToLep: Record<string, string[]>,
  file: string,
): Placement {
  const inDistricts = districts.containing(lon, lat);
  if (inDistricts.length === 0) {
    throw new SourceError(
      file,
      `${label} at longitude ${lon}, latitude ${lat} is in no district of the boundary file; it cannot be placed. ` +
        'Check its coordinates (or give a point on land in the supplement).',
    );
  }
  if (inDistricts.length > 1) {
    throw new SourceError(
      file,
      `${label} at ${lon}, ${lat} falls in more than one district (${inDistricts.join(', ')}).`,
    );
  }
  const district = inDistricts[0];
  if (!ENGLISH_LAD_CODE.test(district)) return { district, leps: [], english: false };
  const inLeps = leps.containing(lon, lat);
  const expected = ladToLep[district] ?? [];
  const same = inLeps.length === expected.length && expected.every((c) => inLeps.includes(c));
  if (!same) {
    throw new SourceError(
      file,
      `${label} is in district ${district}, which the lookup puts in LEP ${expected.join(' and ') || 'none'}, ` +
        `but its point is inside LEP ${inLeps.join(' and ') || 'none'}.`,
    );
  }
  return { district, leps: expected, english: true };
}
