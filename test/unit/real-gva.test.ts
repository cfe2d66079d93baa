// GVA in the app's cube against the ONS source file, recomputed here from the source CSV alone
// (papaparse, no build code): England's total, a LEP's manufacturing LQ, a district's real growth.
import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cubeFromJson } from '../../src/lib/data/cube-json';
import { cubeWithSectorTree } from '../../src/lib/data/cube-tree';
import { cellFlag, cellValue, valueAt } from '../../src/lib/data/cube';
import type { DatasetsManifest } from '../../src/lib/data/types';
import { growth, locationQuotient } from '../../src/lib/metrics';

const SOURCE = '../shared/data/gva/rgva-lad23-by-industry-1998-2023.csv';
const LOOKUP = '../shared/data/geo/lad21-to-lep21.csv';
const dir = 'public/data';
const ready = existsSync(SOURCE) && existsSync(`${dir}/gva-current.cube.json`);

type Rec = Record<string, string>;
const read = (f: string) => Papa.parse<Rec>(readFileSync(f, 'utf8'), { header: true, skipEmptyLines: true }).data;

describe.skipIf(!ready)('GVA: the app against the source CSV', () => {
  const src = ready ? read(SOURCE) : [];
  const manifest: DatasetsManifest = ready
    ? JSON.parse(readFileSync(`${dir}/datasets.json`, 'utf8'))
    : ({} as DatasetsManifest);
  const metaOf = (id: string) => manifest.datasets.find((d) => d.id === id)!;
  const cubeOf = (id: string) => {
    const m = metaOf(id);
    const flat = cubeFromJson(JSON.parse(readFileSync(`${dir}/${m.cube}`, 'utf8')));
    return m.sectorParent ? cubeWithSectorTree(flat, m.sectorParent, m.sectorExclude) : flat;
  };
  const current = (lad: string | null, industry: string, year: string) =>
    src
      .filter(
        (r) =>
          r.measure === 'GVA Current Prices £m' && r.industry_code === industry && (lad === null || r.lad23cd === lad),
      )
      .reduce((sum, r) => sum + Number(r[year]), 0);

  it('England 2022 is £1,936,253m, the sum of the 296 districts', () => {
    expect(src.filter((r) => r.measure === 'GVA Current Prices £m' && r.industry_code === 'Total')).toHaveLength(296);
    expect(current(null, 'Total', '2022')).toBe(1936253);
    const cube = cubeOf('gva-current-with-rent');
    expect(valueAt(cube, 'E92000001', 'Total', '2022')).toBe(1936253);
    expect(cube.totals[cube.yearIndex.get('2022')! * cube.areas.length + cube.areaIndex.get('E92000001')!]).toBe(
      1936253,
    );
  });

  it('LQ of manufacturing C (10-33) in the Black Country LEP, 2022, with and without imputed rent', () => {
    const lads = read(LOOKUP)
      .filter((r) => r.LEP21CD1 === 'E37000001' || r.LEP21CD2 === 'E37000001')
      .map((r) => r.LAD21CD);
    expect(lads).toHaveLength(4);
    const lep = (industry: string) => lads.reduce((s, lad) => s + current(lad, industry, '2022'), 0);
    const eng = (industry: string) => current(null, industry, '2022');
    const withRent = lep('C (10-33)') / lep('Total') / (eng('C (10-33)') / eng('Total'));
    const without =
      lep('C (10-33)') / (lep('Total') - lep('68IMP')) / (eng('C (10-33)') / (eng('Total') - eng('68IMP')));
    expect(without).toBeGreaterThan(1.5); // the Black Country makes things
    for (const [id, want] of [
      ['gva-current', without],
      ['gva-current-with-rent', withRent],
    ] as const) {
      const cube = cubeOf(id);
      const lq = locationQuotient(
        cube,
        cube.areaIndex.get('E37000001')!,
        cube.sectorIndex.get('C (10-33)')!,
        cube.yearIndex.get('2022')!,
      );
      expect(lq).toBeCloseTo(want, 10);
    }
  });

  it("North Yorkshire's real growth in manufacturing 1998→2023 (chained volume)", () => {
    const row = src.find(
      (r) => r.lad23cd === 'E06000065' && r.industry_code === 'C (10-33)' && r.measure === 'GVA Constant Prices £m',
    )!;
    const want = (100 * (Number(row['2023']) - Number(row['1998']))) / Number(row['1998']);
    const cube = cubeOf('gva-volume');
    const g = growth(
      cube,
      cube.areaIndex.get('E06000065')!,
      cube.sectorIndex.get('C (10-33)')!,
      cube.yearIndex.get('1998')!,
      cube.yearIndex.get('2023')!,
    );
    expect(g.pct).toBeCloseTo(want, 10);
    expect(cube.years).toHaveLength(26);
  });

  it("keeps ONS's suppressed cells as suppressed, worded as ONS words them, never zero", () => {
    // Cornwall's agriculture and mining (AB) is empty in the source every year: ONS's [c].
    const row = src.find(
      (r) => r.lad23cd === 'E06000052' && r.industry_code === 'AB (1-9)' && r.measure === 'GVA Current Prices £m',
    )!;
    expect(row['2022']).toBe('');
    const cube = cubeOf('gva-current');
    const [a, s, y] = [
      cube.areaIndex.get('E06000052')!,
      cube.sectorIndex.get('AB (1-9)')!,
      cube.yearIndex.get('2022')!,
    ];
    expect(Number.isNaN(cellValue(cube, a, s, y))).toBe(true);
    expect(cellFlag(cube, a, s, y)).toBe('suppressed');
    // England is then a sum that leaves Cornwall out: a partial sum, not a survey's "unreliable".
    expect(cellFlag(cube, cube.areaIndex.get('E92000001')!, s, y)).toBe('unreliable');
    const words = metaOf('gva-current').flagWords!;
    expect(words.suppressed!.short).toBe('suppressed (disclosive)');
    expect(words.suppressed!.long).toMatch(/\[c\]/);
    expect(words.unreliable!.short).toBe('partial sum');
    expect(words.unreliable!.long).not.toMatch(/survey/);
  });

  it('declares the 2023 districts and the industry tree', () => {
    const m = metaOf('gva-current');
    expect(m.geography).toBe('lad23');
    expect(m.sectorParent?.['C (10-33)']).toBe('A-E');
    expect(m.sectorParent?.['CI-CL (26-30)']).toBe('C (10-33)');
    expect(m.sectorExclude).toEqual(['68IMP']);
    const cube = cubeOf('gva-current');
    expect(cube.areas.filter((a) => a.level === 'lad')).toHaveLength(296);
    expect(cube.areas.filter((a) => a.level === 'lep')).toHaveLength(38);
  });
});

describe.skipIf(!ready || !existsSync('../shared/data/gva/productivity-lad23-2002-2022.csv'))(
  'Productivity: the app against the source CSV',
  () => {
    it('carries every district index as published, UK = 100, diverging from 100, districts only', () => {
      const src = read('../shared/data/gva/productivity-lad23-2002-2022.csv');
      const manifest: DatasetsManifest = JSON.parse(readFileSync(`${dir}/datasets.json`, 'utf8'));
      const meta = manifest.datasets.find((d) => d.id === 'productivity')!;
      expect(meta.measureKind).toBe('indicator');
      expect(meta.valueCentre).toBe(100);
      // No LEP figure, and the reason is said where LEPs would be chosen.
      expect(meta.levels).not.toContain('lep');
      expect(meta.noLepReason).toMatch(/not an average of its districts' indices/);
      expect(meta.levels).toEqual(['lad']);
      const cube = cubeFromJson(JSON.parse(readFileSync(`${dir}/${meta.cube}`, 'utf8')));
      expect(cube.areas).toHaveLength(296);
      const row = src.find((r) => r.lad23cd === 'E06000001' && r.measure === 'GVA per hour worked (UKX = 100)')!;
      expect(valueAt(cube, 'E06000001', 'per-hour', '2022')).toBe(Number(row['2022']));
      expect(valueAt(cube, 'E06000001', 'per-hour', '2002')).toBeNaN(); // per hour starts in 2004: missing, not 0
    });
  },
);
