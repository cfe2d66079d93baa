// The data build's source readers, fed small and malformed inputs. Every malformed case checks that
// the message names the file, the row / column where it applies, and what is wrong.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { parseAuditCsv } from '../../src/lib/data/parse';
import type { DatasetsManifest } from '../../src/lib/data/types';
import { readAps, splitApsIndustry } from '../../scripts/lib/aps';
import { buildData } from '../../scripts/lib/build';
import { writeChecked } from '../../scripts/lib/canonical';
import { SourceError } from '../../scripts/lib/errors';
import { readBoundaries, readLookup } from '../../scripts/lib/geo';
import { staleReason } from '../../scripts/lib/freshness';
import { makeScope } from '../../scripts/lib/scope';
import { readSource, SOURCE_FILES } from '../../scripts/lib/sources';
import { readUbc, SIZE_BANDS } from '../../scripts/lib/ubc';

// A tiny world: England, two LEPs, three districts (E07000001 is in both LEPs), plus a Welsh
// district and a Scottish one with an empty code, which are out of scope.
const LEPS = new Map([
  ['E37000001', 'Alpha'],
  ['E37000002', 'Beta'],
]);
const LADS = new Map([
  ['E06000001', 'Aton'],
  ['E07000001', 'Bton'],
  ['E08000001', 'Cton'],
]);
const scope = makeScope(LEPS, LADS);
const AREAS: [level: string, code: string, name: string][] = [
  ['COUNTRY', 'E92000001', 'England'],
  ['LEP', 'E37000001', 'Alpha'],
  ['LEP', 'E37000002', 'Beta Nomis Name'],
  ['LAD', 'E06000001', 'Aton'],
  ['LAD', 'E07000001', 'Bton'],
  ['LAD', 'E08000001', 'Cton'],
  ['LAD', 'W06000001', 'Isle of Anglesey'],
  ['LAD', '', 'Glasgow City'],
];
const UBC_SECTORS = [
  ['1', '"Agriculture, forestry & fishing"', 'A'],
  ['3', 'Manufacturing', 'C'],
];
const YEARS = ['2021', '2022'];

/** UBC source lines (header first); line i is spreadsheet row i + 1. */
function ubcLines(): string[] {
  const lines = [
    'year,geo_level,geo_code,geo_name_nomis,industry_group,industry_name,sic2007_sections,sizeband,enterprises',
  ];
  let v = 0;
  for (const y of YEARS)
    for (const [level, code, name] of AREAS)
      for (const [g, gn, sic] of UBC_SECTORS)
        for (const b of SIZE_BANDS)
          lines.push(`${y},${level},${code},${name},${g},${gn},${sic},${b.source},${(v++ * 5) % 200}`);
  return lines;
}

const APS_INDUSTRIES = ['A Agricuture & fishing', '"B,D,E Energy & water"', 'K-N Banking finance & insurance etc.'];

function apsLines(): string[] {
  const lines = ['period,year,geo_level,geo_code,geo_name_nomis,industry,employed_16plus,marker,ci95'];
  let v = 1;
  for (const y of YEARS)
    for (const [level, code, name] of AREAS)
      for (const ind of APS_INDUSTRIES)
        lines.push(`Jan ${y}-Dec ${y},${y},${level},${code},${name},${ind},${1000 * v++},,${100 * v}`);
  return lines;
}

const text = (lines: string[]) => lines.join('\n') + '\n';

/** Runs fn and returns the SourceError it throws (fails the test if it throws nothing or something else). */
function sourceError(fn: () => unknown): SourceError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error('expected a SourceError');
}

/** Finds the line of the given area/sector/year in a fixture (first match). */
function lineOf(lines: string[], ...parts: string[]): number {
  const i = lines.findIndex((l) => parts.every((p) => l.includes(p)));
  if (i < 0) throw new Error(`fixture has no line with ${parts.join(' ')}`);
  return i;
}

describe('UK Business Counts reader', () => {
  it('keeps England, LEPs and English districts; drops Welsh and empty-code rows and counts them', () => {
    const r = readUbc(text(ubcLines()), scope, 'ubc.csv');
    const perBand = 6 * 2 * 2; // 6 areas × 2 sectors × 2 years
    for (const b of SIZE_BANDS) expect(r.bands[b.id]).toHaveLength(perBand);
    expect(r.dropped.total).toBe(2 * 2 * 2 * 5);
    expect(r.dropped.describe()).toContain('Welsh district (W06)');
    expect(r.years).toEqual(['2021', '2022']);
    expect(r.sectors.map((s) => s.code)).toEqual(['1', '3']);
    expect(r.renamed.get('E37000002')).toBe('Beta Nomis Name');
    // Names come from the boundary files, not Nomis.
    expect(r.bands.total.find((x) => x.areaCode === 'E37000002')!.areaName).toBe('Beta');
  });

  it('flags values under 50 as rounded and leaves larger values unflagged', () => {
    const r = readUbc(text(ubcLines()), scope, 'ubc.csv');
    const all = SIZE_BANDS.flatMap((b) => r.bands[b.id]);
    expect(all.some((x) => x.value === 0 && x.flag === 'rounded')).toBe(true);
    for (const x of all) expect(x.flag).toBe(x.value! < 50 ? 'rounded' : null);
  });

  it('rejects a renamed column, naming the missing one', () => {
    const lines = ubcLines();
    lines[0] = lines[0].replace('enterprises', 'enterprise_count');
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toMatch(/^ubc\.csv, row 1: missing column "enterprises"/);
    expect(e.message).toContain('unexpected "enterprise_count"');
  });

  it('rejects a non-numeric count with its row and column', () => {
    const lines = ubcLines();
    const i = lineOf(lines, 'E06000001', 'Manufacturing', 'Total');
    lines[i] = lines[i].replace(/,\d+$/, ',12a');
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toBe(`ubc.csv, row ${i + 1}, column "enterprises": "12a" is not a whole number.`);
  });

  it('rejects an empty count (missing is not zero, and UBC publishes no gaps)', () => {
    const lines = ubcLines();
    const i = lineOf(lines, 'E08000001', 'Large');
    lines[i] = lines[i].replace(/,\d+$/, ',');
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toBe(`ubc.csv, row ${i + 1}, column "enterprises": is empty.`);
  });

  it('rejects a LEP code that is not in the boundary file', () => {
    const lines = ubcLines();
    const i = lineOf(lines, 'E37000002');
    lines[i] = lines[i].replace('E37000002', 'E37000099');
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toBe(
      `ubc.csv, row ${i + 1}, column "geo_code": LEP code E37000099 is not in the LEP boundary file (May 2021).`,
    );
  });

  it('rejects an English district code that is not in the boundary file', () => {
    const lines = ubcLines();
    const i = lineOf(lines, 'E08000001');
    lines[i] = lines[i].replace('E08000001', 'E08000099');
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toContain(
      `row ${i + 1}, column "geo_code": district code E08000099 is not in the LAD boundary file`,
    );
  });

  it('rejects an English district whose code went missing', () => {
    const lines = ubcLines();
    const i = lineOf(lines, 'E06000001');
    lines[i] = lines[i].replace('E06000001', '');
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toBe(
      `ubc.csv, row ${i + 1}, column "geo_code": empty area code for "Aton", an English district (E06000001).`,
    );
  });

  it('rejects an unknown size band', () => {
    const lines = ubcLines();
    const i = lineOf(lines, 'Micro (0 to 9)');
    lines[i] = lines[i].replace('Micro (0 to 9)', 'Tiny');
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toMatch(new RegExp(`^ubc\\.csv, row ${i + 1}, column "sizeband": unknown size band "Tiny"`));
  });

  it('rejects a duplicated row', () => {
    const lines = ubcLines();
    const i = lineOf(lines, 'E07000001', 'Manufacturing', 'Total');
    lines.push(lines[i]);
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toBe(
      `ubc.csv, row ${lines.length}: a second row for area E07000001, industry group 3, year ${YEARS[0]}, size band "Total".`,
    );
  });

  it('rejects an incomplete grid, naming the first missing cell', () => {
    const lines = ubcLines();
    lines.splice(lineOf(lines, '2022,LAD,E07000001', 'Manufacturing', 'Total'), 1);
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toBe(
      'ubc.csv: size band "Total": no row for area E07000001 (Bton), sector 3, year 2022 (1 of 24 area × sector × year cells missing).',
    );
  });

  it('rejects a row with too many fields', () => {
    const lines = ubcLines();
    lines[5] += ',extra';
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toBe('ubc.csv, row 6: has 10 fields where the header has 9.');
  });

  it('rejects an empty file', () => {
    expect(sourceError(() => readUbc('', scope, 'ubc.csv')).message).toBe('ubc.csv: the file is empty.');
  });

  it('rejects a geo_level that does not match the code', () => {
    const lines = ubcLines();
    const i = lineOf(lines, 'LEP,E37000001');
    lines[i] = lines[i].replace('LEP,E37000001', 'LAD,E37000001');
    const e = sourceError(() => readUbc(text(lines), scope, 'ubc.csv'));
    expect(e.message).toBe(
      `ubc.csv, row ${i + 1}, column "geo_level": geo_level "LAD" does not match area E37000001 (expected LEP).`,
    );
  });
});

describe('APS employment reader', () => {
  it('splits industry labels into SIC section codes and names, fixing the "Agricuture" typo', () => {
    expect(splitApsIndustry('C Manufacturing')).toEqual({ code: 'C', name: 'Manufacturing' });
    expect(splitApsIndustry('B,D,E Energy & water')).toEqual({ code: 'B,D,E', name: 'Energy & water' });
    expect(splitApsIndustry('K-N Banking finance & insurance etc.')).toEqual({
      code: 'K-N',
      name: 'Banking finance & insurance etc.',
    });
    expect(splitApsIndustry('A Agricuture & fishing')).toEqual({ code: 'A', name: 'Agriculture & fishing' });
    expect(splitApsIndustry('Manufacturing')).toBeNull();
  });

  it('turns markers into flags with empty values (never 0), and non-numeric ci95 into null', () => {
    const lines = apsLines();
    const marks: [string, string, string][] = [
      ['E06000001', '!', '!'],
      ['E07000001', '~', '*'],
      ['E08000001', '-', '-'],
    ];
    for (const [code, marker, ci] of marks) {
      const i = lineOf(lines, `2022,LAD,${code}`, 'Agricuture');
      lines[i] = lines[i].replace(/,\d+,,\d+$/, `,,${marker},${ci}`);
    }
    const noCi = lineOf(lines, '2022,LAD,E06000001', 'Banking');
    lines[noCi] = lines[noCi].replace(/,\d+$/, ',*');
    const r = readAps(text(lines), scope, 'aps.csv');
    const cell = (code: string, s: string) =>
      r.rows.find((x) => x.areaCode === code && x.sectorCode === s && x.year === '2022')!;
    expect(cell('E06000001', 'A')).toMatchObject({
      value: null,
      flag: 'suppressed',
      ci95: null,
      sectorName: 'Agriculture & fishing',
    });
    // "~" (estimate under 500) is withheld, not published: suppressed, not "unreliable".
    expect(cell('E07000001', 'A')).toMatchObject({ value: null, flag: 'suppressed', ci95: null });
    expect(cell('E08000001', 'A')).toMatchObject({ value: null, flag: 'missing', ci95: null });
    // "*" beside a published estimate: the estimate is kept but flagged unreliable (sample of 3–9).
    expect(cell('E06000001', 'K-N')).toMatchObject({ flag: 'unreliable', ci95: null });
    expect(cell('E06000001', 'K-N').value).toBeGreaterThan(0);
    expect(cell('E92000001', 'B,D,E')).toMatchObject({ flag: null });
    expect(cell('E92000001', 'B,D,E').ci95).toBeGreaterThan(0);
    expect(r.marked).toMatchObject({ suppressed: 2, underFiveHundred: 1, missing: 1 });
    expect(r.unreliable).toBe(1);
    expect(r.fixes.get('A Agricuture & fishing')).toBe('Agriculture & fishing');
    expect(r.rows.filter((x) => x.value === 0)).toHaveLength(0);
  });

  it('rejects an unknown marker', () => {
    const lines = apsLines();
    const i = lineOf(lines, 'E06000001', 'Banking');
    lines[i] = lines[i].replace(/,\d+,,(\d+)$/, ',,?,$1');
    const e = sourceError(() => readAps(text(lines), scope, 'aps.csv'));
    expect(e.message).toBe(
      `aps.csv, row ${i + 1}, column "marker": unknown marker "?" (expected "!", "~", "-" or empty).`,
    );
  });

  it('rejects a marked cell that carries an estimate', () => {
    const lines = apsLines();
    const i = lineOf(lines, 'E06000001', 'Banking');
    lines[i] = lines[i].replace(/,,(\d+)$/, ',!,$1');
    const e = sourceError(() => readAps(text(lines), scope, 'aps.csv'));
    expect(e.message).toMatch(
      new RegExp(
        `^aps\\.csv, row ${i + 1}, column "employed_16plus": a cell marked "!" \\(suppressed\\) has an estimate`,
      ),
    );
  });

  it('rejects an unmarked cell with no estimate', () => {
    const lines = apsLines();
    const i = lineOf(lines, 'E07000001', 'Energy');
    lines[i] = lines[i].replace(/,\d+,,(\d+)$/, ',,,$1');
    const e = sourceError(() => readAps(text(lines), scope, 'aps.csv'));
    expect(e.message).toBe(`aps.csv, row ${i + 1}, column "employed_16plus": is empty.`);
  });

  it('rejects an unknown ci95 placeholder', () => {
    const lines = apsLines();
    const i = lineOf(lines, 'E37000001', 'Energy');
    lines[i] = lines[i].replace(/,\d+$/, ',n/a');
    const e = sourceError(() => readAps(text(lines), scope, 'aps.csv'));
    expect(e.message).toBe(
      `aps.csv, row ${i + 1}, column "ci95": "n/a" is neither a number nor a known placeholder (*, !, -).`,
    );
  });

  it('rejects an industry label with no section code', () => {
    const lines = apsLines();
    const i = lineOf(lines, 'E37000001', 'Banking');
    lines[i] = lines[i].replace('K-N Banking', 'Banking');
    const e = sourceError(() => readAps(text(lines), scope, 'aps.csv'));
    expect(e.message).toMatch(
      new RegExp(`^aps\\.csv, row ${i + 1}, column "industry": industry "Banking finance & insurance etc." is not`),
    );
  });

  it('rejects a missing column', () => {
    const lines = apsLines().map((l) => l.replace(/,[^,]*$/, ''));
    const e = sourceError(() => readAps(text(lines), scope, 'aps.csv'));
    expect(e.message).toMatch(/^aps\.csv, row 1: missing column "ci95"/);
  });

  it('rejects an unclosed quote', () => {
    const lines = apsLines();
    const i = lineOf(lines, 'E06000001', 'Energy');
    lines[i] = lines[i].replace('water"', 'water');
    const e = sourceError(() => readAps(text(lines), scope, 'aps.csv'));
    expect(e.message).toMatch(new RegExp(`^aps\\.csv, row ${i + 1}: malformed quotes`));
  });
});

const square = (x: number, y: number) => [
  [
    [x, y],
    [x, y + 1],
    [x + 1, y + 1],
    [x + 1, y],
    [x, y],
  ],
];

function geojson(
  features: { code: string; name: string; rings: number[][][] | null }[],
  codeProp: string,
  nameProp: string,
): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      properties: { [codeProp]: f.code, [nameProp]: f.name, OTHER: 1 },
      geometry: f.rings && { type: 'Polygon', coordinates: f.rings },
    })),
  });
}

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
