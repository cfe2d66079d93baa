// Issue 14, item 3: the count of cells whose LQ interval lies wholly above or below 1, from the app
// (built cube → lqConfidenceInterval) against an independent computation from the APS source file:
// Fieller's interval excludes LQ = 1 exactly when the pivot test rejects q₀ = T/N, i.e.
// (e − q₀E)² > c_e² + q₀²c_E², with the sign of e − q₀E saying above or below.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cubeFromJson } from '../../src/lib/data/cube-json';
import { lqConfidenceInterval } from '../../src/lib/metrics';
import { outDir, sourceDir, SOURCE_FILES } from '../../scripts/lib/sources';

const CUBE = path.join(outDir(), 'aps-employment.cube.json');
const SOURCE = path.join(sourceDir(), SOURCE_FILES.aps);
const missing = !fs.existsSync(CUBE) || !fs.existsSync(SOURCE);

describe.skipIf(missing)('LQ significance on the real APS data', () => {
  it('the app and an independent pivot test agree cell by cell', () => {
    type Rec = Record<string, string>;
    const src = Papa.parse<Rec>(fs.readFileSync(SOURCE, 'utf8'), { header: true, skipEmptyLines: true }).data;
    const num = (s: string) => (/^\d+(\.\d+)?$/.test(s) ? Number(s) : NaN);
    // Totals: the sum of every industry with an estimate, as the atlas makes them.
    const totals = new Map<string, number>();
    for (const r of src) {
      const v = num(r.employed_16plus);
      if (v === v) totals.set(`${r.geo_code}|${r.year}`, (totals.get(`${r.geo_code}|${r.year}`) ?? 0) + v);
    }
    const england = new Map(src.filter((r) => r.geo_code === 'E92000001').map((r) => [`${r.industry}|${r.year}`, r]));
    const expected = new Map<string, 'above' | 'below' | 'no'>();
    for (const r of src) {
      if (!/^E(37|06|07|08|09)/.test(r.geo_code)) continue;
      const e = num(r.employed_16plus);
      const ce = num(r.ci95);
      const eng = england.get(`${r.industry}|${r.year}`)!;
      const E = num(eng.employed_16plus);
      const cE = num(eng.ci95);
      if (!(e > 0 && ce >= 0 && E > cE && cE >= 0)) continue;
      const q0 = totals.get(`${r.geo_code}|${r.year}`)! / totals.get(`E92000001|${r.year}`)!;
      const d = e - q0 * E;
      const rejects = d * d > ce * ce + q0 * q0 * cE * cE;
      expected.set(`${r.geo_code}|${r.industry.split(' ')[0]}|${r.year}`, rejects ? (d > 0 ? 'above' : 'below') : 'no');
    }

    const cube = cubeFromJson(JSON.parse(fs.readFileSync(CUBE, 'utf8')));
    const got = new Map<string, string>();
    cube.areas.forEach((area, a) => {
      if (area.level === 'country') return;
      cube.sectors.forEach((sector, s) => {
        cube.years.forEach((year, y) => {
          const sig = lqConfidenceInterval(cube, a, s, y).significant;
          if (sig !== 'unknown') got.set(`${area.code}|${sector.code}|${year}`, sig);
        });
      });
    });
    expect(got.size).toBe(expected.size);
    const count = (m: Map<string, string>, v: string) => [...m.values()].filter((x) => x === v).length;
    for (const v of ['above', 'below', 'no']) expect(count(got, v), v).toBe(count(expected, v));
    const differ = [...expected].filter(([k, v]) => got.get(k) !== v);
    expect(differ).toEqual([]);
    // Most cells are tested; a real share of them is significant either way.
    expect(expected.size).toBeGreaterThanOrEqual(10_000);
    expect(count(got, 'above') + count(got, 'below')).toBeGreaterThan(expected.size / 20);
  });
});
