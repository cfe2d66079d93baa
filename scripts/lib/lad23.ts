// The April 2023 districts (296 in England), made from the December 2021 ones: seventeen 2021
// districts merged into four unitaries (Cumberland, Westmorland and Furness, North Yorkshire,
// Somerset); every other district kept its code. Boundaries are the union of the 2021 shapes,
// built from the same arcs (topojson mergeArcs), so the 2023 layer costs a few kB and its borders
// coincide with the 2021 layer's. LEP membership follows the 2021 districts.

import { mergeArcs } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { SourceError } from './errors.ts';
import { readSourceCsv } from './csv.ts';
import { ENGLISH_LAD_CODE, type Lookup } from './geo.ts';

export const LAD23_COLUMNS = ['LAD21CD', 'LAD21NM', 'LAD23CD', 'LAD23NM'] as const;

export interface Lad23 {
  /** Every 2021 district → its 2023 district. */
  from21: Map<string, string>;
  /** 2023 district code → name, sorted by code. */
  names: Map<string, string>;
  /** 2023 districts made of more than one 2021 district → those districts. */
  merged: Map<string, string[]>;
}

/** Reads lad21-to-lad23.csv and checks it covers every 2021 district in the boundary file once. */
export function readLad23(text: string, file: string, ladNames21: Map<string, string>): Lad23 {
  const table = readSourceCsv(text, file, LAD23_COLUMNS);
  const from21 = new Map<string, string>();
  const names = new Map<string, string>();
  const parts = new Map<string, string[]>();
  for (const r of table.rows) {
    const lad21 = r.get('LAD21CD');
    const lad23 = r.get('LAD23CD');
    const name = r.get('LAD23NM').trim();
    if (!ladNames21.has(lad21))
      throw new SourceError(file, `district ${lad21} is not in the 2021 boundary file.`, r.row, 'LAD21CD');
    if (from21.has(lad21)) throw new SourceError(file, `district ${lad21} appears twice.`, r.row, 'LAD21CD');
    if (!ENGLISH_LAD_CODE.test(lad23))
      throw new SourceError(file, `"${lad23}" is not an English district code.`, r.row, 'LAD23CD');
    if (name === '') throw new SourceError(file, `district ${lad23} has no name.`, r.row, 'LAD23NM');
    if (names.has(lad23) && names.get(lad23) !== name) {
      throw new SourceError(
        file,
        `district ${lad23} is named both "${names.get(lad23)}" and "${name}".`,
        r.row,
        'LAD23NM',
      );
    }
    from21.set(lad21, lad23);
    names.set(lad23, name);
    parts.set(lad23, [...(parts.get(lad23) ?? []), lad21]);
  }
  for (const [code, name] of ladNames21) {
    if (!from21.has(code)) throw new SourceError(file, `district ${code} (${name}) from the boundary file is missing.`);
  }
  const merged = new Map([...parts].filter(([c, p]) => p.length > 1 || p[0] !== c));
  return { from21, names: new Map([...names].sort(([a], [b]) => (a < b ? -1 : 1))), merged };
}

/**
 * LAD 2023 → LEP lookup from the 2021 one. A merged district takes its parts' LEPs, which must
 * agree (each new unitary lies within one 2021 LEP); otherwise the build stops.
 */
export function lookup23(lad23: Lad23, lookup21: Lookup, file: string): Lookup {
  const ladToLep: Record<string, string[]> = {};
  for (const [lad21, code] of lad23.from21) {
    const leps = lookup21.ladToLep[lad21];
    const have = ladToLep[code];
    if (have && have.join() !== leps.join()) {
      throw new SourceError(
        file,
        `district ${code} is made of 2021 districts in different LEPs (${have.join(', ')} and ${leps.join(', ')}).`,
      );
    }
    ladToLep[code] = [...leps];
  }
  const lepToLads: Record<string, string[]> = {};
  for (const lep of Object.keys(lookup21.lepToLads)) lepToLads[lep] = [];
  for (const [lad, leps] of Object.entries(ladToLep)) for (const lep of leps) lepToLads[lep].push(lad);
  for (const lads of Object.values(lepToLads)) lads.sort();
  const shared = Object.keys(ladToLep)
    .filter((c) => ladToLep[c].length > 1)
    .sort();
  return { ladToLep, lepToLads, shared };
}

type Props = { code: string; name: string };

/**
 * Adds object `lads23` to a topology that has `lads` (2021): only the districts that are new in 2023,
 * each the union of its 2021 parts' arcs (interior borders dropped). The 2023 layer is the 2021 one
 * with those parts swapped for them (the lookup's lad23.replaces), so unchanged districts are not
 * stored twice.
 */
export function addLad23Layer(topo: Topology, lad23: Lad23): void {
  const lads = topo.objects.lads as GeometryCollection<Props>;
  const byCode = new Map(lads.geometries.map((g) => [(g.properties as Props).code, g]));
  const geometries: GeometryObject<Props>[] = [];
  for (const [code, parts] of lad23.merged) {
    const merged = mergeArcs(topo, parts.map((c) => byCode.get(c)!) as never) as GeometryObject<Props>;
    geometries.push({ ...merged, id: code, properties: { code, name: lad23.names.get(code)! } });
  }
  topo.objects.lads23 = { type: 'GeometryCollection', geometries } as GeometryCollection<Props>;
}
