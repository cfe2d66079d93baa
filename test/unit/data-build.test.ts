// The data build's source readers, fed small and malformed inputs. Every malformed case checks that
// the message names the file, the row / column where it applies, and what is wrong.
// The UBC and APS readers: data-build-ubc.test.ts and data-build-aps.test.ts; the small world: data-build-fixtures.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { parseAuditCsv } from '../../src/lib/data/parse';
import type { DatasetsManifest } from '../../src/lib/data/types';
import { buildData } from '../../scripts/lib/build';
import { writeChecked } from '../../scripts/lib/canonical';
import { readBoundaries, readLookup } from '../../scripts/lib/geo';
import { staleReason } from '../../scripts/lib/freshness';
import { readSource, SOURCE_FILES } from '../../scripts/lib/sources';
import { LEPS, LADS, ubcLines, apsLines, text, sourceError, square, geojson } from './data-build-fixtures';

describe('boundaries and lookup', () => {
  it('rejects a feature with no geometry', () => {
    const t = geojson([{ code: 'E37000001', name: 'Alpha', rings: null }], 'LEP21CD', 'LEP21NM');
    const e = sourceError(() => readBoundaries(t, 'lep.geojson', 'LEP21CD', 'LEP21NM', () => true));
    expect(e.message).toBe('lep.geojson: feature 1 (E37000001) has no geometry; expected Polygon or MultiPolygon.');
  });

  it('rejects a feature without the code property (a renamed property)', () => {
    const t = geojson([{ code: 'E37000001', name: 'Alpha', rings: square(0, 0) }], 'LEP22CD', 'LEP21NM');
    const e = sourceError(() => readBoundaries(t, 'lep.geojson', 'LEP21CD', 'LEP21NM', () => true));
    expect(e.message).toBe('lep.geojson: feature 1 has no "LEP21CD" property.');
  });

  it('rejects a lookup row naming a LEP that is not in the boundary file', () => {
    const t =
      'LAD21CD,LAD21NM,LEP21CD1,LEP21NM1,LEP21CD2,LEP21NM2\nE06000001,Aton,E37000001,Alpha,,\nE07000001,Bton,E37000003,Gamma,,\nE08000001,Cton,E37000002,Beta,,\n';
    const e = sourceError(() => readLookup(t, 'lookup.csv', LEPS, LADS));
    expect(e.message).toBe('lookup.csv, row 3, column "LEP21CD1": LEP code E37000003 is not in the LEP boundary file.');
  });

  it('rejects a lookup that leaves out a district', () => {
    const t =
      'LAD21CD,LAD21NM,LEP21CD1,LEP21NM1,LEP21CD2,LEP21NM2\nE06000001,Aton,E37000001,Alpha,,\nE08000001,Cton,E37000002,Beta,,\n';
    const e = sourceError(() => readLookup(t, 'lookup.csv', LEPS, LADS));
    expect(e.message).toBe('lookup.csv: district E07000001 (Bton) from the boundary file is missing.');
  });

  it('reports a missing source file by name', () => {
    const e = sourceError(() => readSource(os.tmpdir(), 'sectors/no-such-file.csv'));
    expect(e.message).toMatch(/^sectors\/no-such-file\.csv: not found \(looked in .*\)\. Set ATLAS_SOURCE_DIR/);
  });
});

describe('the whole build on a small fixture', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-build-'));
  const src = path.join(tmp, 'src');
  const out = path.join(tmp, 'out');
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  function writeSources() {
    fs.mkdirSync(path.join(src, 'geo'), { recursive: true });
    fs.mkdirSync(path.join(src, 'sectors'), { recursive: true });
    // Alpha covers Aton and Bton; Beta covers Bton and Cton (the overlap, as in the real files).
    const lads = [
      { code: 'E06000001', name: 'Aton', rings: square(0, 0) },
      { code: 'E07000001', name: 'Bton', rings: square(1, 0) },
      { code: 'E08000001', name: 'Cton', rings: square(2, 0) },
      { code: 'W06000001', name: 'Isle of Anglesey', rings: square(3, 0) },
    ];
    const leps = [
      {
        code: 'E37000001',
        name: 'Alpha',
        rings: [
          [
            [0, 0],
            [0, 1],
            [1, 1],
            [2, 1],
            [2, 0],
            [1, 0],
            [0, 0],
          ],
        ],
      },
      {
        code: 'E37000002',
        name: 'Beta',
        rings: [
          [
            [1, 0],
            [1, 1],
            [2, 1],
            [3, 1],
            [3, 0],
            [2, 0],
            [1, 0],
          ],
        ],
      },
    ];
    fs.writeFileSync(path.join(src, SOURCE_FILES.lepBoundaries), geojson(leps, 'LEP21CD', 'LEP21NM'));
    fs.writeFileSync(path.join(src, SOURCE_FILES.ladBoundaries), geojson(lads, 'LAD21CD', 'LAD21NM'));
    fs.writeFileSync(
      path.join(src, SOURCE_FILES.lookup),
      'LAD21CD,LAD21NM,LEP21CD1,LEP21NM1,LEP21CD2,LEP21NM2\nE06000001,Aton,E37000001,Alpha,,\nE07000001,Bton,E37000001,Alpha,E37000002,Beta\nE08000001,Cton,E37000002,Beta,,\n',
    );
    fs.writeFileSync(path.join(src, SOURCE_FILES.ubc), text(ubcLines()));
    fs.writeFileSync(path.join(src, SOURCE_FILES.aps), text(apsLines()));
  }

  it('writes topology, lookup, canonical CSVs the app parser accepts, and the manifest', async () => {
    writeSources();
    const log: string[] = [];
    await buildData({
      sourceDir: src,
      outDir: out,
      expect: { leps: 2, lads: 3 },
      research: false,
      log: (l) => log.push(l),
    });
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'datasets.json'), 'utf8')) as DatasetsManifest;
    expect(manifest.default).toBe('ubc-enterprises');
    expect(manifest.datasets.map((d) => d.id)).toEqual([
      'ubc-enterprises',
      'ubc-enterprises-micro',
      'ubc-enterprises-small',
      'ubc-enterprises-medium',
      'ubc-enterprises-large',
      'aps-employment',
    ]);
    expect(manifest.attribution).toEqual([
      'Source: Office for National Statistics licensed under the Open Government Licence v.3.0',
      'Contains OS data © Crown copyright and database right 2021',
    ]);
    const aps = manifest.datasets.find((d) => d.id === 'aps-employment')!;
    expect(aps).toMatchObject({ hasCi: true, sectorCount: 3, years: ['2021', '2022'], benchmark: 'E92000001' });
    expect(aps.caveats.join(' ')).toContain('"Agriculture & fishing"');
    expect(manifest.datasets[1].group).toBe('UK Business Counts by size band');

    for (const d of manifest.datasets) {
      const csv = fs.readFileSync(path.join(out, d.file), 'utf8');
      expect(csv.split('\n')[0]).toBe('area_code,area_name,sector_code,sector_name,year,value,flag,ci95');
      const parsed = parseAuditCsv(csv);
      expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(parsed.rows).toHaveLength(6 * d.sectorCount * 2);
      expect(parsed.rows.some((r) => r.areaCode.startsWith('W'))).toBe(false);
    }

    const topo = JSON.parse(fs.readFileSync(path.join(out, manifest.topology.file), 'utf8')) as Topology;
    expect(manifest.topology.bytes).toBe(fs.statSync(path.join(out, manifest.topology.file)).size);
    const lepFc = feature(topo, topo.objects.leps as GeometryCollection<{ code: string; name: string }>);
    const ladFc = feature(topo, topo.objects.lads as GeometryCollection<{ code: string; name: string }>);
    expect(lepFc.features.map((f) => f.id)).toEqual(['E37000001', 'E37000002']);
    expect(ladFc.features.map((f) => f.properties)).toEqual([
      { code: 'E06000001', name: 'Aton' },
      { code: 'E07000001', name: 'Bton' },
      { code: 'E08000001', name: 'Cton' },
    ]);
    // Shared edges become shared arcs: far fewer arcs than rings × edges.
    expect(topo.arcs.length).toBeLessThan(12);

    const lookup = JSON.parse(fs.readFileSync(path.join(out, manifest.lookup.file), 'utf8'));
    expect(lookup.ladToLep.E07000001).toEqual(['E37000001', 'E37000002']);
    expect(lookup.lepToLads.E37000002).toEqual(['E07000001', 'E08000001']);
    expect(lookup.shared).toEqual(['E07000001']);
    // The first map's LEP paths: both LEPs and the one district in two LEPs, in the topology's frame.
    const lepPaths = JSON.parse(fs.readFileSync(path.join(out, manifest.topology.paths!), 'utf8'));
    expect(lepPaths.leps.map((e: [string, string]) => e[0])).toEqual(['E37000001', 'E37000002']);
    expect(lepPaths.shared.map((e: [string, string]) => e[0])).toEqual(['E07000001']);
    expect(lepPaths.arcs).toBe(topo.arcs.length);
    expect(log.join('\n')).toMatch(/dropped: 40 rows/);
  });

  it('fails naming the file when a source is missing', async () => {
    writeSources();
    fs.rmSync(path.join(src, SOURCE_FILES.aps));
    await expect(
      buildData({ sourceDir: src, outDir: out, expect: { leps: 2, lads: 3 }, research: false }),
    ).rejects.toThrow(/^sectors\/aps-employment-by-industry-2018-2022\.csv: not found/);
  });
});

describe('writing canonical CSVs', () => {
  it('writes with the app writer and re-reads with the app parser', () => {
    const { text, warnings } = writeChecked(
      [
        {
          areaCode: 'E92000001',
          areaName: 'England',
          sectorCode: 'B,D,E',
          sectorName: 'Energy "&" water',
          year: '2022',
          value: null,
          flag: 'suppressed',
          ci95: null,
          row: 2,
        },
        {
          areaCode: 'E92000001',
          areaName: 'England',
          sectorCode: 'C',
          sectorName: 'Manufacturing',
          year: '2022',
          value: 1200,
          flag: null,
          ci95: 35.5,
          row: 3,
        },
      ],
      'x.csv',
    );
    expect(text).toBe(
      'area_code,area_name,sector_code,sector_name,year,value,flag,ci95\n' +
        'E92000001,England,"B,D,E","Energy ""&"" water",2022,,suppressed,\n' +
        'E92000001,England,C,Manufacturing,2022,1200,,35.5\n',
    );
    expect(warnings).toEqual([]);
  });

  it('fails the build when the parser rejects what was written', () => {
    const bad = {
      areaCode: '',
      areaName: 'England',
      sectorCode: 'C',
      sectorName: 'Manufacturing',
      year: '2022',
      value: 5,
      flag: null,
      ci95: null,
      row: 2,
    };
    expect(() => writeChecked([bad], 'bad.csv')).toThrow(
      /^public\/data\/bad\.csv: the app's parser rejects the file the build wrote \(1 errors, 0 of 1 rows accepted\)/,
    );
  });
});

describe('ensure-data freshness check', () => {
  it('asks for a rebuild when the manifest or an output is missing, or an input is newer; otherwise not', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-fresh-'));
    try {
      const out = path.join(tmp, 'out');
      const input = path.join(tmp, 'in', 'deep');
      fs.mkdirSync(out, { recursive: true });
      fs.mkdirSync(input, { recursive: true });
      expect(staleReason(out, [input], tmp)).toBe('out/datasets.json is missing or unreadable');
      const manifest = { datasets: [{ file: 'a.csv' }], topology: { file: 't.json' }, lookup: { file: 'l.json' } };
      fs.writeFileSync(path.join(out, 'datasets.json'), JSON.stringify(manifest));
      expect(staleReason(out, [input], tmp)).toBe('an output listed in datasets.json (a.csv) is missing');
      for (const f of ['a.csv', 't.json', 'l.json']) fs.writeFileSync(path.join(out, f), '');
      fs.writeFileSync(path.join(input, 'source.csv'), 'x');
      const old = new Date(Date.now() - 60_000);
      fs.utimesSync(path.join(input, 'source.csv'), old, old);
      expect(staleReason(out, [input, path.join(tmp, 'no-such-dir')], tmp)).toBeNull();
      const later = new Date(Date.now() + 60_000);
      fs.utimesSync(path.join(input, 'source.csv'), later, later);
      expect(staleReason(out, [input], tmp)).toBe('in/deep/source.csv is newer than datasets.json');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
