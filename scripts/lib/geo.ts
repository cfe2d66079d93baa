// Boundaries and the LAD → LEP lookup: reading, checking, and building the one TopoJSON.

import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { SourceError } from './errors.ts';
import { readSourceCsv } from './csv.ts';

export const ENGLAND_CODE = 'E92000001';
export const ENGLAND_NAME = 'England';

export const LEP_CODE = /^E37\d{6}$/;
/** English districts: unitary authorities (E06), non-metropolitan districts (E07), metropolitan districts (E08), London boroughs (E09). */
export const ENGLISH_LAD_CODE = /^E0[6-9]\d{6}$/;

export type AreaGeometry = Polygon | MultiPolygon;
export type AreaFeature = Feature<AreaGeometry, { code: string; name: string }>;

/**
 * Reads a boundary GeoJSON and returns features with properties `{code, name}` and `id = code`,
 * keeping the geometry exactly as published (ring order included). `keep` selects which codes to take.
 */
export function readBoundaries(
  text: string,
  file: string,
  codeProp: string,
  nameProp: string,
  keep: (code: string) => boolean,
): AreaFeature[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new SourceError(file, `is not valid JSON (${(e as Error).message}).`);
  }
  const fc = json as FeatureCollection;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new SourceError(file, 'is not a GeoJSON FeatureCollection.');
  }
  const out: AreaFeature[] = [];
  const seen = new Set<string>();
  fc.features.forEach((f, i) => {
    const where = `feature ${i + 1}`;
    const props = f.properties ?? {};
    const code = props[codeProp];
    const name = props[nameProp];
    if (typeof code !== 'string' || code === '') {
      throw new SourceError(file, `${where} has no "${codeProp}" property.`);
    }
    if (typeof name !== 'string' || name.trim() === '') {
      throw new SourceError(file, `${where} (${code}) has no "${nameProp}" property.`);
    }
    if (!keep(code)) return;
    if (seen.has(code)) throw new SourceError(file, `${where}: code ${code} appears twice.`);
    seen.add(code);
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      throw new SourceError(
        file,
        `${where} (${code}) has ${g ? `a ${g.type}` : 'no'} geometry; expected Polygon or MultiPolygon.`,
      );
    }
    if (g.coordinates.length === 0) throw new SourceError(file, `${where} (${code}) has an empty geometry.`);
    out.push({ type: 'Feature', id: code, properties: { code, name: name.trim() }, geometry: g });
  });
  out.sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));
  return out;
}

export interface Lookup {
  /** Every English LAD → the LEP codes it belongs to (one or two), in the lookup's order. */
  ladToLep: Record<string, string[]>;
  /** Every LEP → its LADs, sorted by code. */
  lepToLads: Record<string, string[]>;
  /** LADs that belong to two LEPs. */
  shared: string[];
}

export const LOOKUP_COLUMNS = ['LAD21CD', 'LAD21NM', 'LEP21CD1', 'LEP21NM1', 'LEP21CD2', 'LEP21NM2'] as const;

/**
 * Reads lad21-to-lep21.csv and checks it against the boundary layers: every English district once,
 * every LEP code a known LEP, every LEP with at least one district.
 */
export function readLookup(
  text: string,
  file: string,
  lepNames: Map<string, string>,
  ladNames: Map<string, string>,
): Lookup {
  const table = readSourceCsv(text, file, LOOKUP_COLUMNS);
  const ladToLep: Record<string, string[]> = {};
  const lepToLads: Record<string, string[]> = {};
  for (const code of [...lepNames.keys()].sort()) lepToLads[code] = [];
  const shared: string[] = [];
  for (const r of table.rows) {
    const lad = r.get('LAD21CD');
    if (!ENGLISH_LAD_CODE.test(lad)) {
      throw new SourceError(file, `"${lad}" is not an English district code (E06/E07/E08/E09).`, r.row, 'LAD21CD');
    }
    if (!ladNames.has(lad))
      throw new SourceError(file, `district ${lad} is not in the LAD boundary file.`, r.row, 'LAD21CD');
    if (ladToLep[lad]) throw new SourceError(file, `district ${lad} appears twice.`, r.row, 'LAD21CD');
    const leps: string[] = [];
    for (const col of ['LEP21CD1', 'LEP21CD2']) {
      const lep = r.get(col);
      if (lep === '') {
        if (col === 'LEP21CD1') throw new SourceError(file, `district ${lad} has no LEP.`, r.row, col);
        continue;
      }
      if (!lepNames.has(lep))
        throw new SourceError(file, `LEP code ${lep} is not in the LEP boundary file.`, r.row, col);
      if (leps.includes(lep)) throw new SourceError(file, `district ${lad} lists LEP ${lep} twice.`, r.row, col);
      leps.push(lep);
      lepToLads[lep].push(lad);
    }
    if (leps.length === 2) shared.push(lad);
    ladToLep[lad] = leps;
  }
  for (const lad of ladNames.keys()) {
    if (!ladToLep[lad])
      throw new SourceError(file, `district ${lad} (${ladNames.get(lad)}) from the boundary file is missing.`);
  }
  for (const [lep, lads] of Object.entries(lepToLads)) {
    if (lads.length === 0) throw new SourceError(file, `LEP ${lep} (${lepNames.get(lep)}) has no districts.`);
    lads.sort();
  }
  return { ladToLep, lepToLads, shared: shared.sort() };
}

/** One TopoJSON with objects `leps` and `lads`; coincident edges become shared arcs. */
export function buildTopology(leps: AreaFeature[], lads: AreaFeature[], quantization = 1e5): Topology {
  const fc = (features: AreaFeature[]): FeatureCollection<AreaGeometry, { code: string; name: string }> => ({
    type: 'FeatureCollection',
    features,
  });
  return topology({ leps: fc(leps), lads: fc(lads) }, quantization) as Topology;
}
