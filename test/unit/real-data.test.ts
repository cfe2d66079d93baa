// Checks the generated public/data against the official source files (../shared/data): location
// quotients computed by the app's own parser, cube and metrics against the same arithmetic done
// directly on the source rows; LEP totals rebuilt from districts; structure of every dataset.
// `npm test` runs `npm run data:ensure` first, so public/data exists; run `npm run data` otherwise.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { areaLevel } from '../../src/lib/data/areas';
import { buildCube } from '../../src/lib/data/cube';
import { parseAuditCsv } from '../../src/lib/data/parse';
import type { AuditRow, Cube, DatasetsManifest } from '../../src/lib/data/types';
import { locationQuotient } from '../../src/lib/metrics';
import { boundariesFromTopology, mapFrame, pathData, pathOf } from '../../src/lib/map/geography';
import { compareNames } from '../../src/lib/format';
import { outDir, sourceDir, SOURCE_FILES } from '../../scripts/lib/sources';

const OUT = outDir();
const SRC = sourceDir();
const missing = [path.join(OUT, 'datasets.json'), path.join(SRC, SOURCE_FILES.ubc)].filter((f) => !fs.existsSync(f));
if (missing.length) {
  console.warn(
    `real-data tests skipped: ${missing.join(' and ')} not found. Run \`npm run data\` (needs ../shared/data).`,
  );
}

type SourceRecord = Record<string, string>;
function readSourceRows(rel: string): SourceRecord[] {
  return Papa.parse<SourceRecord>(fs.readFileSync(path.join(SRC, rel), 'utf8'), { header: true, skipEmptyLines: true })
    .data;
}

const ENGLAND = 'E92000001';
const datasets = new Map<string, { rows: AuditRow[]; cube: Cube }>();
let manifest: DatasetsManifest;

function dataset(id: string) {
  let d = datasets.get(id);
  if (!d) {
    const meta = manifest.datasets.find((x) => x.id === id)!;
    const parsed = parseAuditCsv(fs.readFileSync(path.join(OUT, meta.file), 'utf8'));
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    d = { rows: parsed.rows, cube: buildCube(parsed.rows) };
    datasets.set(id, d);
  }
  return d;
}

/** The app's LQ for one cell, through parse → cube → metrics. */
function appLq(id: string, area: string, sector: string, year: string): number {
  const { cube } = dataset(id);
  return locationQuotient(cube, cube.areaIndex.get(area)!, cube.sectorIndex.get(sector)!, cube.yearIndex.get(year)!);
}

/** LQ = (e[a,s] / Σ_s e[a,s]) / (E[s] / Σ_s E[s]) straight from source rows (value column `col`). */
function sourceLq(rows: SourceRecord[], sectorCol: string, col: string, area: string, sector: string): number {
  const sum = (code: string, only?: string) =>
    rows
      .filter((r) => r.geo_code === code && (only === undefined || r[sectorCol] === only))
      .reduce((t, r) => t + Number(r[col]), 0);
  return sum(area, sector) / sum(area) / (sum(ENGLAND, sector) / sum(ENGLAND));
}

describe.skipIf(missing.length > 0)('real data: public/data against ../shared/data', () => {
  let ubcSource: SourceRecord[];
  let apsSource: SourceRecord[];
  let lookup: { ladToLep: Record<string, string[]>; lepToLads: Record<string, string[]>; shared: string[] };

  beforeAll(() => {
    manifest = JSON.parse(fs.readFileSync(path.join(OUT, 'datasets.json'), 'utf8'));
    lookup = JSON.parse(fs.readFileSync(path.join(OUT, manifest.lookup.file), 'utf8'));
    ubcSource = readSourceRows(SOURCE_FILES.ubc);
    apsSource = readSourceRows(SOURCE_FILES.aps);
  });

  describe('location quotients match the arithmetic on the source file', () => {
    const ubcCells: [area: string, sector: string, year: string, label: string][] = [
      ['E37000001', '3', '2022', 'Manufacturing, Black Country LEP, 2022'],
      ['E07000008', '10', '2022', 'Information & communication, Cambridge, 2022'],
      ['E37000005', '1', '2018', 'Agriculture, Cornwall and Isles of Scilly LEP, 2018'],
      ['E09000001', '11', '2020', 'Financial & insurance, City of London, 2020'],
    ];
    it.each(ubcCells)('UBC enterprises %s sector %s %s', (area, sector, year, label) => {
      const rows = ubcSource.filter(
        (r) => r.year === year && r.sizeband === 'Total' && (r.geo_code === area || r.geo_code === ENGLAND),
      );
      const expected = sourceLq(rows, 'industry_group', 'enterprises', area, sector);
      const lq = appLq('ubc-enterprises', area, sector, year);
      console.log(`LQ ${label}: app ${lq.toFixed(4)}, source ${expected.toFixed(4)}`);
      expect(Number.isFinite(expected)).toBe(true);
      expect(lq).toBeCloseTo(expected, 12);
    });

    it('UBC large enterprises, Manufacturing, Black Country LEP, 2022', () => {
      const rows = ubcSource.filter(
        (r) =>
          r.year === '2022' && r.sizeband === 'Large (250+)' && (r.geo_code === 'E37000001' || r.geo_code === ENGLAND),
      );
      const expected = sourceLq(rows, 'industry_group', 'enterprises', 'E37000001', '3');
      const lq = appLq('ubc-enterprises-large', 'E37000001', '3', '2022');
      console.log(
        `LQ large-enterprise Manufacturing, Black Country LEP, 2022: app ${lq.toFixed(4)}, source ${expected.toFixed(4)}`,
      );
      expect(lq).toBeCloseTo(expected, 12);
    });

    const apsCells: [area: string, sector: string, year: string, label: string][] = [
      ['E37000012', 'C', '2022', 'Manufacturing, Greater Birmingham and Solihull LEP, 2022'],
      ['E37000015', 'K-N', '2022', 'Banking, finance & insurance etc., Greater Manchester LEP, 2022'],
    ];
    it.each(apsCells)('APS employment %s sector %s %s', (area, sector, year, label) => {
      const rows = apsSource.filter((r) => r.year === year && (r.geo_code === area || r.geo_code === ENGLAND));
      // No marked industry in this area or England, so the sum of the 9 groups is a complete total.
      expect(rows.filter((r) => r.marker !== '')).toEqual([]);
      expect(rows).toHaveLength(18);
      const withCode = rows.map((r) => ({ ...r, code: r.industry.split(' ')[0] }));
      const expected = sourceLq(withCode, 'code', 'employed_16plus', area, sector);
      const lq = appLq('aps-employment', area, sector, year);
      console.log(`LQ APS employment ${label}: app ${lq.toFixed(4)}, source ${expected.toFixed(4)}`);
      expect(lq).toBeCloseTo(expected, 12);
    });
  });

  it('UBC LEP rows agree with their districts summed through the lookup (each shared district in both LEPs), within rounding', () => {
    let worst = { ratio: 0, text: '' };
    let checked = 0;
    for (const meta of manifest.datasets.filter((d) => d.id.startsWith('ubc-'))) {
      const { cube } = dataset(meta.id);
      for (const [lep, lads] of Object.entries(lookup.lepToLads)) {
        const tolerance = 2.5 * lads.length + 2.5;
        for (const s of cube.sectors)
          for (const y of cube.years) {
            const published = cube.values[idx(cube, lep, s.code, y)];
            const rebuilt = lads.reduce((t, lad) => t + cube.values[idx(cube, lad, s.code, y)], 0);
            const diff = Math.abs(published - rebuilt);
            if (!(diff <= tolerance))
              throw new Error(`${meta.id} ${lep} sector ${s.code} ${y}: LEP ${published}, districts ${rebuilt}`);
            if (diff / tolerance > worst.ratio)
              worst = {
                ratio: diff / tolerance,
                text: `${meta.id} ${lep} s${s.code} ${y}: |${published} − ${rebuilt}| = ${diff} (tolerance ${tolerance})`,
              };
            checked++;
          }
      }
    }
    console.log(`LEP vs districts: ${checked} cells checked; closest to the tolerance: ${worst.text}`);
    expect(checked).toBe(5 * 38 * 18 * 5);
  });

  it('every dataset has 1 England, 38 LEPs and 309 districts for each year and sector', () => {
    expect(
      manifest.datasets
        .filter((d) => d.geography === undefined)
        .map((d) => d.id)
        .sort(),
    ).toEqual([
      'aps-employment',
      'ref2021-4star-fte',
      'ref2021-fte',
      'ref2021-gpa',
      'ref2021-research-power',
      'ubc-enterprises',
      'ubc-enterprises-large',
      'ubc-enterprises-medium',
      'ubc-enterprises-micro',
      'ubc-enterprises-small',
      'ukri-awarded',
    ]);
    const YEARS: Record<string, string[]> = {
      ref: ['2021'],
      ukri: ['2015/16', '2016/17', '2017/18', '2018/19', '2019/20'],
      other: ['2018', '2019', '2020', '2021', '2022'],
    };
    const SECTORS: Record<string, number> = { 'aps-employment': 9, 'ukri-awarded': 8 };
    // GVA (April 2023 districts) is checked in real-gva.test.ts.
    for (const meta of manifest.datasets.filter((d) => d.geography === undefined)) {
      const kind = meta.id.startsWith('ref2021-') ? 'ref' : meta.id.startsWith('ukri-') ? 'ukri' : 'other';
      const { rows } = dataset(meta.id);
      const counts = new Map<string, { country: number; lep: number; lad: number; other: number }>();
      for (const r of rows) {
        const k = `${r.year}|${r.sectorCode}`;
        const c = counts.get(k) ?? { country: 0, lep: 0, lad: 0, other: 0 };
        c[areaLevel(r.areaCode)]++;
        counts.set(k, c);
      }
      expect(counts.size).toBe(meta.years.length * meta.sectorCount);
      for (const [k, c] of counts) expect(c, `${meta.id} ${k}`).toEqual({ country: 1, lep: 38, lad: 309, other: 0 });
      expect(rows.filter((r) => r.areaCode === ENGLAND)[0].areaName).toBe('England');
      expect(new Set(rows.map((r) => r.year))).toEqual(new Set(YEARS[kind]));
      expect(meta.sectorCount).toBe(SECTORS[meta.id] ?? (kind === 'ref' ? 34 : 18));
    }
  });

  it('the topology has 38 LEP and 309 district geometries, none empty, whose ids all appear in the data', () => {
    const topo = JSON.parse(fs.readFileSync(path.join(OUT, manifest.topology.file), 'utf8')) as Topology;
    // lads23: the four unitaries of April 2023 (the GVA datasets' districts), built from the same arcs.
    expect(Object.keys(topo.objects).sort()).toEqual(['lads', 'lads23', 'leps']);
    expect((topo.objects.lads23 as GeometryCollection).geometries.map((g) => g.id)).toEqual([
      'E06000063',
      'E06000064',
      'E06000065',
      'E06000066',
    ]);
    const leps = feature(topo, topo.objects.leps as GeometryCollection<{ code: string; name: string }>).features;
    const lads = feature(topo, topo.objects.lads as GeometryCollection<{ code: string; name: string }>).features;
    expect(leps).toHaveLength(38);
    expect(lads).toHaveLength(309);
    const codes = new Set(dataset('ubc-enterprises').rows.map((r) => r.areaCode));
    const apsCodes = new Set(dataset('aps-employment').rows.map((r) => r.areaCode));
    for (const f of [...leps, ...lads]) {
      expect(f.geometry, String(f.id)).toBeTruthy();
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      expect(f.id).toBe(f.properties.code);
      expect(codes.has(f.properties.code), f.properties.code).toBe(true);
      expect(apsCodes.has(f.properties.code), f.properties.code).toBe(true);
    }
    expect(leps.every((f) => areaLevel(String(f.id)) === 'lep')).toBe(true);
    // LEP and district edges coincide in the sources, so every LEP border arc is a district arc.
    const arcsOf = (o: GeometryCollection) => {
      const used = new Set<number>();
      const walk = (a: unknown): void => {
        if (typeof a === 'number') used.add(a < 0 ? ~a : a);
        else if (Array.isArray(a)) a.forEach(walk);
      };
      for (const g of o.geometries) walk((g as { arcs?: unknown }).arcs);
      return used;
    };
    const ladArcs = arcsOf(topo.objects.lads as GeometryCollection);
    const lepArcs = [...arcsOf(topo.objects.leps as GeometryCollection)];
    expect(lepArcs.length).toBeGreaterThan(100);
    expect(lepArcs.filter((i) => !ladArcs.has(i))).toEqual([]);
    expect(lads.every((f) => areaLevel(String(f.id)) === 'lad')).toBe(true);
    expect(manifest.topology.bytes).toBe(fs.statSync(path.join(OUT, manifest.topology.file)).size);
  });

  it('names sort exactly as Intl.Collator("en-GB") sorts them: every area and sector in every dataset', () => {
    const collator = new Intl.Collator('en-GB');
    for (const meta of manifest.datasets.filter((d) => d.geography === undefined)) {
      const { cube } = dataset(meta.id);
      for (const names of [cube.areas.map((a) => a.name), cube.sectors.map((s) => s.name)]) {
        expect([...names].sort(compareNames), meta.id).toEqual([...names].sort(collator.compare));
      }
    }
  });

  it('the map draws every area and the outline exactly as d3-geo does with resampling and world clipping', () => {
    const topo = JSON.parse(fs.readFileSync(path.join(OUT, manifest.topology.file), 'utf8'));
    const b = boundariesFromTopology(topo, lookup);
    const frame = mapFrame(b.bbox);
    expect(frame.projection.precision()).toBe(0);
    // The same projection with d3's default resampling (which adds points where a segment bends)
    // and its clipping to the world square (re-applied by setting the translate again).
    const d3 = mapFrame(b.bbox).projection.precision(Math.SQRT1_2);
    d3.translate(d3.translate());
    expect(pathOf({ type: 'Point', coordinates: [91.9, 0] }, d3)).toBe(''); // the world square clips a far-off point
    expect(pathOf({ type: 'Point', coordinates: [91.9, 0] }, frame.projection)).not.toBe(''); // the map's frame does not
    const shared = new Set(lookup.shared);
    for (const [layer, features] of [
      ['leps', b.leps],
      ['lads', b.lads],
      ['shared', b.lads.filter((f) => shared.has(f.properties.code))],
    ] as const) {
      const drawn = b.paths(layer, frame);
      const exact = pathData(features, d3);
      expect(drawn.size, layer).toBe(features.length);
      for (const [code, d] of exact) expect(drawn.get(code), code).toBe(d);
    }
    const edge = mesh(topo, topo.objects.leps, (a: unknown, c: unknown) => a === c);
    expect(b.outline(frame)).toBe(pathOf(edge, d3));
  });

  it('the lookup has all 309 districts and the seven two-LEP districts with both codes', () => {
    expect(Object.keys(lookup.ladToLep)).toHaveLength(309);
    const twoLep: Record<string, string[]> = {
      E07000192: ['E37000012', 'E37000032'], // Cannock Chase
      E07000193: ['E37000012', 'E37000032'], // East Staffordshire
      E07000194: ['E37000012', 'E37000032'], // Lichfield
      E07000199: ['E37000012', 'E37000032'], // Tamworth
      E07000234: ['E37000012', 'E37000038'], // Bromsgrove
      E07000236: ['E37000012', 'E37000038'], // Redditch
      E07000239: ['E37000012', 'E37000038'], // Wyre Forest
    };
    for (const [lad, leps] of Object.entries(twoLep)) expect([...lookup.ladToLep[lad]].sort(), lad).toEqual(leps);
    expect(lookup.shared).toEqual(Object.keys(twoLep));
    expect(Object.values(lookup.ladToLep).filter((l) => l.length === 2)).toHaveLength(7);
  });

  it('APS cells Nomis marks are empty and flagged in the output, never 0; "*" estimates are kept and flagged unreliable', () => {
    const FLAG: Record<string, string> = { '!': 'suppressed', '~': 'suppressed', '-': 'missing' };
    const { rows } = dataset('aps-employment');
    const byKey = new Map(rows.map((r) => [`${r.areaCode}|${r.sectorCode}|${r.year}`, r]));
    let marked = 0;
    let unreliable = 0;
    for (const s of apsSource) {
      const r = byKey.get(`${s.geo_code}|${s.industry.split(' ')[0]}|${s.year}`);
      if (!r) continue;
      if (s.marker === '' && s.ci95 === '*') {
        // Published, but from a sample of 3–9: the source value, flagged, without an interval.
        expect(r.value, `${s.geo_code} ${s.industry} ${s.year}`).toBe(Number(s.employed_16plus));
        expect(r.flag).toBe('unreliable');
        expect(r.ci95).toBeNull();
        unreliable++;
        continue;
      }
      if (s.marker === '') continue;
      expect(r.value, `${s.geo_code} ${s.industry} ${s.year}`).toBeNull();
      expect(r.flag).toBe(FLAG[s.marker]);
      expect(r.ci95).toBeNull();
      marked++;
    }
    expect(marked).toBeGreaterThan(2000);
    expect(unreliable).toBeGreaterThan(1000);
    expect(rows.filter((r) => r.flag !== null && r.flag !== 'rounded' && r.flag !== 'unreliable').length).toBe(marked);
    expect(rows.filter((r) => r.flag === 'unreliable').length).toBe(unreliable);
    expect(rows.filter((r) => r.flag !== null && r.flag !== 'unreliable' && r.value !== null)).toEqual([]);
    // And the raw text: a line without a figure has an empty value field.
    const text = fs.readFileSync(path.join(OUT, 'aps-employment.csv'), 'utf8');
    expect(text).not.toMatch(/,0,(suppressed|unreliable|missing),/);
    expect(rows.find((r) => r.sectorName === 'Agriculture & fishing')).toBeTruthy();
  });

  it('UBC: values under 50 are flagged rounded, others are not; the manifest carries the attribution lines', () => {
    const { rows } = dataset('ubc-enterprises');
    for (const r of rows) expect(r.flag).toBe(r.value! < 50 ? 'rounded' : null);
    expect(manifest.attribution).toEqual([
      'Source: Office for National Statistics licensed under the Open Government Licence v.3.0',
      'Contains OS data © Crown copyright and database right 2021',
    ]);
    for (const d of manifest.datasets.filter((x) => x.id.startsWith('ubc-') || x.id.startsWith('aps-'))) {
      expect(d.attribution).toEqual(manifest.attribution);
    }
    // Research datasets name their own source first, then the boundaries' lines.
    for (const d of manifest.datasets.filter((x) => x.id.startsWith('ref2021-'))) {
      expect(d.attribution[0]).toBe('REF 2021, UK higher education funding bodies');
    }
    expect(manifest.default).toBe('ubc-enterprises');
  });
});

function idx(cube: Cube, area: string, sector: string, year: string): number {
  const a = cube.areaIndex.get(area)!;
  const s = cube.sectorIndex.get(sector)!;
  const y = cube.yearIndex.get(year)!;
  return (y * cube.sectors.length + s) * cube.areas.length + a;
}
